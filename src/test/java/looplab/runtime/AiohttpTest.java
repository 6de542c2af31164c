package looplab.runtime;

import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.ClockAdvanced;
import looplab.trace.TraceEvent.ClockReason;
import looplab.trace.TraceEvent.TaskSuspended;
import looplab.trace.TraceEvent.TimerScheduled;
import looplab.trace.WaitReason;
import org.junit.jupiter.api.Test;

import java.util.List;

import static looplab.runtime.Programs.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulated aiohttp of docs/network.md. */
class AiohttpTest {

    private static <T extends TraceEvent> List<T> events(Programs.Run run, Class<T> type) {
        return run.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void requestsWaitOnIoNotATimer() {
        Programs.Run run = Programs.run(lines(
                "import asyncio, aiohttp",
                "async def main():",
                "    async with aiohttp.ClientSession() as session:",
                "        async with session.get('https://example.com/a') as resp:",
                "            print(resp.status, await resp.text())",
                "asyncio.run(main())"));
        assertEquals(lines("200 <html><head><title>example.com</title></head><body>/a</body></html>"), run.stdout());
        TaskSuspended waiting = events(run, TaskSuspended.class).get(0);
        assertEquals(WaitReason.Kind.IO, waiting.reason().kind());
        assertEquals("GET https://example.com/a", waiting.reason().request());
        assertTrue(events(run, TimerScheduled.class).isEmpty(), "no timer: the selector reports the answer");
        ClockAdvanced io = events(run, ClockAdvanced.class).stream()
                .filter(c -> c.reason() == ClockReason.IO).findFirst().orElseThrow();
        assertEquals(0.1, io.to(), 1e-3);
        assertEquals(List.of(), Programs.traceProblems(run));
    }

    @Test
    void slowHostTimesOutAtTheTotalTimeout() {
        Programs.Run run = Programs.run(lines(
                "import asyncio, aiohttp",
                "async def main():",
                "    loop = asyncio.get_running_loop()",
                "    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=0.5)) as session:",
                "        try:",
                "            await session.get('https://slow.example.com/')",
                "        except asyncio.TimeoutError as e:",
                "            print('timed out at', round(loop.time(), 1), repr(str(e)), type(e).__name__)",
                "asyncio.run(main())"), 0, "{\"hosts\": {\"slow.example.com\": {\"latency\": 2.0}}}");
        assertEquals(lines("timed out at 0.5 '' TimeoutError"), run.stdout());
    }

    @Test
    void githubRepositoriesAnswerTheDocumentedObject() {
        Programs.Run run = Programs.run(lines(
                "import asyncio, aiohttp",
                "async def main():",
                "    async with aiohttp.ClientSession() as session:",
                "        async with session.get('https://api.github.com/repos/pallets/flask') as resp:",
                "            data = await resp.json()",
                "            print(resp.content_type, list(data))",
                "            print(data['full_name'], data['owner']['login'], data['stargazers_count'],",
                "                  data['forks_count'], data['open_issues_count'], data['private'])",
                "        async with session.get('https://api.github.com/users/x') as resp:",
                "            print(resp.status, await resp.json())",
                "asyncio.run(main())"));
        assertEquals(lines("application/json ['name', 'full_name', 'owner', 'html_url', 'private', 'fork',"
                        + " 'default_branch', 'stargazers_count', 'forks_count', 'open_issues_count']",
                "pallets/flask pallets 5007 130 5 False",
                "404 {'message': 'Not Found'}"), run.stdout());
    }

    @Test
    void failuresReadAsAiohttpPrintsThem() {
        Programs.Run run = Programs.run(lines(
                "import asyncio, aiohttp",
                "async def attempt(session, url):",
                "    try:",
                "        async with session.get(url, raise_for_status=True) as resp:",
                "            return resp.status",
                "    except aiohttp.ClientError as e:",
                "        return f'{type(e).__name__}: {e}'",
                "async def main():",
                "    async with aiohttp.ClientSession() as session:",
                "        for url in ['https://nowhere.invalid/', 'http://down.example.com:8080/x',",
                "                    'https://httpbin.org/status/404', 'ftp://example.com/', 'https://broken.example.com/']:",
                "            print(await attempt(session, url))",
                "asyncio.run(main())"), 0,
                "{\"hosts\": {\"down.example.com\": {\"fail\": \"connect\"}, \"broken.example.com\": {\"status\": 500}}}");
        assertEquals(lines(
                "ClientConnectorError: Cannot connect to host nowhere.invalid:443 ssl:default [Name or service not known]",
                "ClientConnectorError: Cannot connect to host down.example.com:8080 ssl:default [Connection refused]",
                "ClientResponseError: 404, message='Not Found', url='https://httpbin.org/status/404'",
                "InvalidURL: ftp://example.com/",
                "ClientResponseError: 500, message='Internal Server Error', url='https://broken.example.com/'"),
                run.stdout());
    }

    @Test
    void failFirstCountsTheRequestsToAHost() {
        Programs.Run run = Programs.run(lines(
                "import asyncio, aiohttp",
                "async def main():",
                "    async with aiohttp.ClientSession() as session:",
                "        for _ in range(3):",
                "            async with session.get('https://busy.example.com/') as resp:",
                "                print(resp.status, resp.reason, resp.ok, await resp.text())",
                "asyncio.run(main())"), 0, "{\"hosts\": {\"busy.example.com\": {\"status\": 503, \"fail_first\": 2}}}");
        assertEquals(lines("503 Service Unavailable False 503 Service Unavailable",
                "503 Service Unavailable False 503 Service Unavailable",
                "200 OK True <html><head><title>busy.example.com</title></head><body>/</body></html>"), run.stdout());
    }

    @Test
    void paramsAndDelaysFollowHttpbin() {
        Programs.Run run = Programs.run(lines(
                "import asyncio, aiohttp",
                "async def main():",
                "    loop = asyncio.get_running_loop()",
                "    async with aiohttp.ClientSession(base_url='https://httpbin.org') as session:",
                "        async with session.get('/delay/1', params={'q': 'a b', 'n': 1}) as resp:",
                "            print(await resp.json(), round(loop.time(), 1))",
                "            print(repr(resp.url), resp.url.host, resp.url.query_string)",
                "asyncio.run(main())"));
        assertEquals(lines(
                "{'args': {'q': 'a b', 'n': '1'}, 'url': 'https://httpbin.org/delay/1?q=a+b&n=1'} 1.1",
                "URL('https://httpbin.org/delay/1?q=a+b&n=1') httpbin.org q=a+b&n=1"), run.stdout());
    }

    @Test
    void jsonOfAPageIsAContentTypeError() {
        Programs.Run run = Programs.run(lines(
                "import asyncio, aiohttp",
                "async def main():",
                "    async with aiohttp.ClientSession() as session:",
                "        async with session.get('https://example.org/') as resp:",
                "            try:",
                "                await resp.json()",
                "            except aiohttp.ContentTypeError as e:",
                "                print(e.status, e.message)",
                "    print(session.closed)",
                "    try:",
                "        await session.get('https://example.org/')",
                "    except RuntimeError as e:",
                "        print(e)",
                "asyncio.run(main())"));
        assertEquals(lines("200 Attempt to decode JSON with unexpected mimetype: text/html", "True",
                "Session is closed"), run.stdout());
    }

    @Test
    void cancelledRequestDoesNotWakeTheLoopLater() {
        Programs.Run run = Programs.run(lines(
                "import asyncio, aiohttp",
                "async def fetch(session):",
                "    return await session.get('https://slow.example.com/')",
                "async def main():",
                "    loop = asyncio.get_running_loop()",
                "    async with aiohttp.ClientSession() as session:",
                "        task = asyncio.create_task(fetch(session))",
                "        await asyncio.sleep(0.5)",
                "        task.cancel()",
                "        await asyncio.gather(task, return_exceptions=True)",
                "    print(round(loop.time(), 1))",
                "asyncio.run(main())"), 0, "{\"hosts\": {\"slow.example.com\": {\"latency\": 5}}}");
        assertEquals(lines("0.5"), run.stdout());
        assertTrue(events(run, ClockAdvanced.class).stream().noneMatch(c -> c.reason() == ClockReason.IO));
    }
}
