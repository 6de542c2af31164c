"""A simulated aiohttp for recording LoopLab's corpus with CPython.

No socket is ever opened: every request waits, with one asyncio.sleep, for a latency taken from a
deterministic model and then answers from a few built-in routes. LoopLab's simulated network follows
the very same model; docs/network.md is its specification, and this file must agree with it.

Configuration comes from the LOOPLAB_NET environment variable (JSON), which scripts/record_corpus.py
fills from PROGRAM.net.json:

    {"latency": 0.1,
     "hosts": {"slow.example.com": {"latency": 2.0, "status": 500, "fail": "connect", "fail_first": 2}}}
"""
import asyncio
import http
import json
import os
import urllib.parse

__all__ = [
    "ClientSession", "ClientResponse", "ClientTimeout", "ClientError", "ClientResponseError",
    "ContentTypeError", "ClientConnectionError", "ClientOSError", "ClientConnectorError", "InvalidURL",
]

DEFAULT_LATENCY = 0.1
DEFAULT_TOTAL_TIMEOUT = 300.0  # aiohttp's default ClientTimeout(total=5 * 60)
PAGE_HOSTS = ("example.com", "example.org", "example.net")


# ---- exceptions: the subset of aiohttp.client_exceptions the corpus uses, with aiohttp's str() ----

class ClientError(Exception):
    """Base class of every client error, as in aiohttp."""


class ClientResponseError(ClientError):
    def __init__(self, request_info, history=(), *, status=None, message="", headers=None):
        self.request_info = request_info
        self.status = status if status is not None else 0
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        # aiohttp >= 3.10 formats the URL as a str; 3.9 printed URL('...') here.
        return "{}, message={!r}, url={!r}".format(self.status, self.message, str(self.request_info.real_url))


class ContentTypeError(ClientResponseError):
    """json() on a body that is not application/json."""


class ClientConnectionError(ClientError):
    pass


class ClientOSError(ClientConnectionError, OSError):
    pass


class ClientConnectorError(ClientOSError):
    def __init__(self, host, port, strerror):
        self.host = host
        self.port = port
        self.strerror = strerror
        self.args = (host, port, strerror)

    def __str__(self):
        return "Cannot connect to host {}:{} ssl:default [{}]".format(self.host, self.port, self.strerror)


class InvalidURL(ClientError, ValueError):
    def __str__(self):
        return str(self.args[0])


# ---- URLs, timeouts, the network model ----

class URL:
    """The little of yarl.URL that programs print or read."""

    def __init__(self, text):
        self._text = str(text)
        parts = urllib.parse.urlsplit(self._text)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidURL(self._text)
        self.scheme = parts.scheme
        self.host = parts.hostname
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.path = parts.path or "/"
        self.query_string = parts.query

    def __str__(self):
        return self._text

    def __repr__(self):
        return "URL({!r})".format(self._text)

    def __eq__(self, other):
        return str(self) == str(other)

    def __hash__(self):
        return hash(self._text)


class ClientTimeout:
    """Only `total` is simulated: the whole request (connect + answer) must finish within it."""

    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect

    def __repr__(self):
        return "ClientTimeout(total={!r}, connect={!r}, sock_read={!r}, sock_connect={!r})".format(
            self.total, self.connect, self.sock_read, self.sock_connect)


class RequestInfo:
    def __init__(self, url, method):
        self.url = url
        self.method = method
        self.real_url = url


class Network:
    """The deterministic model of docs/network.md: per-host latency, forced status, failures."""

    def __init__(self, config):
        self.latency = float(config.get("latency", DEFAULT_LATENCY))
        self.hosts = config.get("hosts", {})
        self.requests_started = {}  # host -> how many requests to it have started

    @classmethod
    def from_environment(cls):
        return cls(json.loads(os.environ.get("LOOPLAB_NET") or "{}"))

    def host_settings(self, host):
        return self.hosts.get(host, {})

    def latency_for(self, url):
        extra = delay_seconds(url) if url.host == "httpbin.org" else 0.0
        return float(self.host_settings(url.host).get("latency", self.latency)) + extra

    def count_request(self, host):
        """Returns this request's 1-based number among requests started to host."""
        self.requests_started[host] = self.requests_started.get(host, 0) + 1
        return self.requests_started[host]

    def is_known(self, host):
        return (host in self.hosts or host in ("api.github.com", "httpbin.org")
                or host in PAGE_HOSTS or host.endswith(tuple("." + h for h in PAGE_HOSTS)))

    def answer(self, url, number):
        """(status, content_type, body) for the number-th request to url.host, or raises the failure."""
        settings = self.host_settings(url.host)
        if not self.is_known(url.host):
            raise ClientConnectorError(url.host, url.port, "Name or service not known")
        failing = number <= settings.get("fail_first", float("inf"))
        if failing and settings.get("fail") == "connect":
            raise ClientConnectorError(url.host, url.port, "Connection refused")
        if failing and "status" in settings:
            return status_answer(int(settings["status"]))
        return route(url)


def delay_seconds(url):
    parts = url.path.strip("/").split("/")
    if len(parts) == 2 and parts[0] == "delay":
        try:
            return min(float(parts[1]), 10.0)
        except ValueError:
            return 0.0
    return 0.0


# ---- routes: what each simulated host answers ----

def route(url):
    if url.host == "api.github.com":
        return github_route(url)
    if url.host == "httpbin.org":
        return httpbin_route(url)
    return page(url)


def github_route(url):
    parts = url.path.strip("/").split("/")
    if len(parts) == 3 and parts[0] == "repos":
        owner, name = parts[1], parts[2]
        return 200, "application/json", json.dumps(github_repo(owner, name))
    return 404, "application/json", json.dumps({"message": "Not Found"})


def github_repo(owner, name):
    full_name = owner + "/" + name
    return {
        "name": name,
        "full_name": full_name,
        "owner": {"login": owner},
        "html_url": "https://github.com/" + full_name,
        "private": False,
        "fork": False,
        "default_branch": "main",
        "stargazers_count": 1000 * len(name) + len(owner),
        "forks_count": 10 * len(full_name),
        "open_issues_count": len(name),
    }


def httpbin_route(url):
    parts = url.path.strip("/").split("/")
    if parts == ["get"]:
        return 200, "application/json", json.dumps({"args": query_args(url), "url": str(url)})
    if len(parts) == 2 and parts[0] == "delay":
        return 200, "application/json", json.dumps({"args": query_args(url), "url": str(url)})
    if len(parts) == 2 and parts[0] == "status" and parts[1].isdigit():
        return int(parts[1]), "text/html", ""
    return status_answer(404)


def query_args(url):
    return dict(urllib.parse.parse_qsl(url.query_string))


def page(url):
    body = "<html><head><title>{}</title></head><body>{}</body></html>".format(url.host, url.path)
    return 200, "text/html", body


def status_answer(status):
    return status, "text/plain", "{} {}".format(status, reason_for(status))


def reason_for(status):
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


_network = None


def network():
    global _network
    if _network is None:
        _network = Network.from_environment()
    return _network


# ---- the client API ----

class ClientResponse:
    def __init__(self, method, url, status, content_type, body):
        self.method = method
        self.url = url
        self.real_url = url
        self.status = status
        self.reason = reason_for(status)
        self.content_type = content_type
        self.headers = {"Content-Type": content_type}
        self.request_info = RequestInfo(url, method)
        self.history = ()
        self._body = body

    @property
    def ok(self):
        return self.status < 400

    def raise_for_status(self):
        if not self.ok:
            raise ClientResponseError(self.request_info, self.history, status=self.status,
                                      message=self.reason, headers=self.headers)

    # Bodies arrive with the response, so reading them never suspends.
    async def read(self):
        return self._body.encode("utf-8")

    async def text(self, encoding=None):
        return self._body

    async def json(self, *, content_type="application/json", loads=json.loads):
        if content_type and content_type not in self.content_type:
            raise ContentTypeError(self.request_info, self.history, status=self.status,
                                   message="Attempt to decode JSON with unexpected mimetype: " + self.content_type,
                                   headers=self.headers)
        return loads(self._body)

    def release(self):
        pass

    def close(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.release()

    def __repr__(self):
        return "<ClientResponse({}) [{} {}]>".format(self.url, self.status, self.reason)


class _RequestContextManager:
    """What session.get() returns: awaitable, and usable with `async with`, as in aiohttp."""

    def __init__(self, coro):
        self._coro = coro
        self._response = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._response = await self._coro
        return self._response

    async def __aexit__(self, *exc):
        self._response.release()


class ClientSession:
    def __init__(self, base_url=None, *, timeout=None, raise_for_status=False, headers=None):
        self._base_url = base_url
        self._timeout = as_timeout(timeout) if timeout is not None else ClientTimeout(total=DEFAULT_TOTAL_TIMEOUT)
        self._raise_for_status = raise_for_status
        self._closed = False

    @property
    def closed(self):
        return self._closed

    @property
    def timeout(self):
        return self._timeout

    def get(self, url, *, timeout=None, params=None, raise_for_status=None, **ignored):
        return self.request("GET", url, timeout=timeout, params=params, raise_for_status=raise_for_status)

    def request(self, method, url, *, timeout=None, params=None, raise_for_status=None, **ignored):
        return _RequestContextManager(self._request(method, url, timeout, params, raise_for_status))

    async def _request(self, method, url, timeout, params, raise_for_status):
        if self._closed:
            raise RuntimeError("Session is closed")
        url = URL(self._join(url, params))
        total = (as_timeout(timeout) if timeout is not None else self._timeout).total
        model = network()
        number = model.count_request(url.host)
        latency = model.latency_for(url)
        # One suspension per request; a latency that reaches the total timeout times out at the deadline.
        if total is not None and total > 0 and latency >= total:
            await asyncio.sleep(total)
            raise asyncio.TimeoutError()
        await asyncio.sleep(latency)
        status, content_type, body = model.answer(url, number)
        response = ClientResponse(method, url, status, content_type, body)
        check = self._raise_for_status if raise_for_status is None else raise_for_status
        if check:
            response.raise_for_status()
        return response

    def _join(self, url, params):
        text = str(url)
        if self._base_url is not None and text.startswith("/"):
            text = str(self._base_url).rstrip("/") + text
        if params:
            text += ("&" if "?" in text else "?") + urllib.parse.urlencode(params)
        return text

    async def close(self):
        self._closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.close()


def as_timeout(timeout):
    if isinstance(timeout, ClientTimeout):
        return timeout
    return ClientTimeout(total=float(timeout))
