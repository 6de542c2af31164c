"""Checks that the simulated aiohttp does what docs/network.md says.

Run: python3 -m unittest discover -s scripts/sim
"""
import asyncio
import json
import os
import unittest

import aiohttp


def run(coro, net=None):
    """Runs coro with a fresh network model configured like PROGRAM.net.json."""
    os.environ["LOOPLAB_NET"] = json.dumps(net or {})
    aiohttp._network = None
    try:
        return asyncio.run(coro)
    finally:
        del os.environ["LOOPLAB_NET"]
        aiohttp._network = None


async def timed_get(url, **kwargs):
    """(elapsed seconds, outcome) where outcome is (status, body) or the exception's type and str."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with aiohttp.ClientSession() as session:
            async with session.get(url, **kwargs) as resp:
                outcome = (resp.status, await resp.text())
    except Exception as e:
        outcome = (type(e).__name__, str(e))
    return round(loop.time() - start, 1), outcome


class NetworkModelTest(unittest.TestCase):
    def test_github_repo_has_documented_fields(self):
        async def get():
            async with aiohttp.ClientSession() as session:
                async with session.get("https://api.github.com/repos/pallets/flask") as resp:
                    return resp.status, await resp.json()
        status, repo = run(get())
        self.assertEqual(200, status)
        self.assertEqual("pallets/flask", repo["full_name"])
        self.assertEqual("pallets", repo["owner"]["login"])
        self.assertEqual((5007, 130, 5), (repo["stargazers_count"], repo["forks_count"], repo["open_issues_count"]))

    def test_default_latency_is_a_tenth_of_a_second(self):
        elapsed, (status, _) = run(timed_get("https://example.com/"))
        self.assertEqual((0.1, 200), (elapsed, status))

    def test_page_body_names_host_and_path(self):
        _, (_, body) = run(timed_get("https://example.org/a/b"))
        self.assertEqual("<html><head><title>example.org</title></head><body>/a/b</body></html>", body)

    def test_raise_for_status_formats_like_aiohttp(self):
        async def get():
            async with aiohttp.ClientSession() as session:
                async with session.get("https://httpbin.org/status/404") as resp:
                    resp.raise_for_status()
        with self.assertRaises(aiohttp.ClientResponseError) as caught:
            run(get())
        self.assertEqual("404, message='Not Found', url='https://httpbin.org/status/404'", str(caught.exception))

    def test_unknown_host_fails_after_latency(self):
        elapsed, outcome = run(timed_get("https://nowhere.invalid/"))
        self.assertEqual(0.1, elapsed)
        self.assertEqual(("ClientConnectorError",
                          "Cannot connect to host nowhere.invalid:443 ssl:default [Name or service not known]"), outcome)

    def test_latency_reaching_timeout_times_out_at_the_deadline(self):
        net = {"hosts": {"slow.example.com": {"latency": 0.5}}}
        self.assertEqual((0.3, ("TimeoutError", "")), run(timed_get("https://slow.example.com/", timeout=0.3), net))
        self.assertEqual((0.5, ("TimeoutError", "")), run(timed_get("https://slow.example.com/", timeout=0.5), net))

    def test_delay_route_adds_seconds(self):
        elapsed, (status, _) = run(timed_get("https://httpbin.org/delay/1"))
        self.assertEqual((1.1, 200), (elapsed, status))

    def test_fail_first_counts_requests_per_host(self):
        net = {"hosts": {"flaky.example.com": {"status": 503, "fail_first": 1}}}

        async def twice():
            return [(await timed_get("https://flaky.example.com/"))[1][0] for _ in range(2)]
        self.assertEqual([503, 200], run(twice(), net))

    def test_connect_failure(self):
        net = {"hosts": {"down.example.com": {"fail": "connect"}}}
        _, outcome = run(timed_get("http://down.example.com/"), net)
        self.assertEqual(("ClientConnectorError",
                          "Cannot connect to host down.example.com:80 ssl:default [Connection refused]"), outcome)

    def test_json_on_html_is_content_type_error(self):
        async def get():
            async with aiohttp.ClientSession() as session:
                async with session.get("https://example.com/") as resp:
                    return await resp.json()
        with self.assertRaises(aiohttp.ContentTypeError) as caught:
            run(get())
        self.assertEqual("200, message='Attempt to decode JSON with unexpected mimetype: text/html', "
                         "url='https://example.com/'", str(caught.exception))

    def test_closed_session_refuses_requests(self):
        async def get():
            session = aiohttp.ClientSession()
            await session.close()
            await session.get("https://example.com/")
        with self.assertRaisesRegex(RuntimeError, "Session is closed"):
            run(get())


if __name__ == "__main__":
    unittest.main()
