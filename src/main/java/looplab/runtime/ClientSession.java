package looplab.runtime;

import looplab.trace.TraceEvent.ClockReason;
import looplab.trace.WaitReason;
import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.ExceptionTypes;
import looplab.vm.PyBool;
import looplab.vm.PyDict;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * aiohttp.ClientSession on the simulated network. A request suspends exactly once, waiting on simulated I/O
 * (the loop's selector, not a timer) for the latency the {@link Network} model gives, then answers or fails,
 * as docs/network.md specifies.
 */
final class ClientSession extends PyObject {
    static final PyType TYPE = PyType.builtin("ClientSession", ClientSession.class);

    private final Network network;
    private final String baseUrl;
    private final ClientTimeout timeout;
    private final boolean raiseForStatus;
    private boolean closed;

    ClientSession(Network network, String baseUrl, ClientTimeout timeout, boolean raiseForStatus) {
        this.network = network;
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.raiseForStatus = raiseForStatus;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** What get()/request() return: awaitable (gives the response) and an async context manager. */
    static final class RequestContextManager extends PyObject {
        static final PyType TYPE = PyType.builtin("_RequestContextManager", RequestContextManager.class)
                .method("__await__", (args, kw) -> ((RequestContextManager) args[0]).request)
                .method("__aenter__", (args, kw) -> ((RequestContextManager) args[0]).request)
                .method("__aexit__", (args, kw) ->
                        new JavaCoroutine("_RequestContextManager.__aexit__", () -> JavaCoroutine.returning(PyNone.NONE)));
        private final JavaCoroutine request;

        RequestContextManager(JavaCoroutine request) {
            this.request = request;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    // ---- a request -----------------------------------------------------------------------------------------

    /**
     * The request coroutine, step by step as docs/network.md says: closed session, URL, timeout, the request's
     * number for its host, one wait on I/O (until the answer, or until the total timeout if the latency reaches
     * it), then the answer or its failure, then raise_for_status if asked.
     */
    JavaCoroutine request(String method, String urlText, PyObject requestTimeout, PyObject params,
                          PyObject requestRaiseForStatus) {
        return new JavaCoroutine("ClientSession._request", () -> {
            if (closed) {
                throw Errors.runtimeError("Session is closed");
            }
            String text = join(urlText, params);
            Url url = Url.parse(text);
            if (url == null) {
                throw ClientErrors.invalidUrl(text).toThrowable();
            }
            Double total = (requestTimeout == null || requestTimeout == PyNone.NONE ? timeout
                    : ClientTimeout.of(requestTimeout)).totalSeconds();
            int number = network.countRequest(url.host);
            double latency = network.latencyFor(url);
            boolean timesOut = total != null && latency >= total;
            boolean check = requestRaiseForStatus == null || requestRaiseForStatus == PyNone.NONE
                    ? raiseForStatus : requestRaiseForStatus.isTrue();
            return awaitAnswer(method, url, timesOut ? total : latency, (v, e) -> {
                if (e != null) {
                    throw e;
                }
                if (timesOut) {
                    throw Errors.raise(ExceptionTypes.TIMEOUT_ERROR, null);
                }
                ClientResponse response = answer(method, url, number);
                if (check) {
                    response.raiseForStatus();
                }
                return JavaCoroutine.returning(response);
            });
        });
    }

    /** The one suspension of a request: a future that the selector resolves after {@code seconds}. */
    private static JavaCoroutine.Step awaitAnswer(String method, Url url, double seconds, JavaCoroutine.Resume then) {
        EventLoop loop = EventLoop.getRunningLoop();
        Future answered = loop.createFuture();
        String request = method + " " + url.text;
        if (loop.trace.enabled()) {
            answered.waitReason = WaitReason.io(request, request);
        }
        LoopCallback readReady = LoopCallback.plain("_read_ready(" + request + ")", a -> {
            if (!answered.done()) {
                answered.setResult(PyNone.NONE);
            }
        });
        SelectorEvent event = loop.addSelectorEvent(loop.time() + seconds, ClockReason.IO,
                () -> loop.callSoon(readReady, new PyObject[0]));
        return JavaCoroutine.await(answered, (v, e) -> {
            if (e != null) {
                loop.removeSelectorEvent(event);
            }
            return then.resume(v, e);
        });
    }

    private ClientResponse answer(String method, Url url, int number) {
        try {
            return new ClientResponse(method, url, network.answer(url, number));
        } catch (Network.ConnectFailure failure) {
            throw ClientErrors.connectorError(url, failure.strerror).toThrowable();
        }
    }

    /** A relative URL starting with "/" is joined to base_url; params are appended with urlencode. */
    private String join(String url, PyObject params) {
        String text = url;
        if (baseUrl != null && text.startsWith("/")) {
            text = stripTrailingSlashes(baseUrl) + text;
        }
        List<String[]> pairs = pairs(params);
        if (!pairs.isEmpty()) {
            StringBuilder sb = new StringBuilder(text).append(text.contains("?") ? '&' : '?');
            for (int i = 0; i < pairs.size(); i++) {
                sb.append(i == 0 ? "" : "&").append(Url.quotePlus(pairs.get(i)[0])).append('=')
                        .append(Url.quotePlus(pairs.get(i)[1]));
            }
            text = sb.toString();
        }
        return text;
    }

    private static String stripTrailingSlashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    /** urlencode's view of params: a dict's items, or a sequence of pairs. */
    private static List<String[]> pairs(PyObject params) {
        List<String[]> pairs = new ArrayList<>();
        if (params == null || params == PyNone.NONE || !params.isTrue()) {
            return pairs;
        }
        if (params instanceof PyDict dict) {
            for (Map.Entry<PyObject, PyObject> e : dict.map().entrySet()) {
                pairs.add(new String[] {e.getKey().str(), e.getValue().str()});
            }
            return pairs;
        }
        for (PyObject pair : Tasks.items(params)) {
            PyObject[] kv = Tasks.items(pair);
            pairs.add(new String[] {kv[0].str(), kv[1].str()});
        }
        return pairs;
    }

    // ---- Python face -------------------------------------------------------------------------------------

    /** Binds the named arguments a method knows and ignores the others (headers=, ssl=, …), as the shim does. */
    private static PyObject[] bindKnown(String function, PyObject[] args, String[] kw, int required, String... params) {
        List<PyObject> keptArgs = new ArrayList<>();
        List<String> keptNames = new ArrayList<>();
        int npos = args.length - kw.length;
        for (int i = 0; i < npos; i++) {
            keptArgs.add(args[i]);
        }
        for (int k = 0; k < kw.length; k++) {
            if (List.of(params).contains(kw[k])) {
                keptArgs.add(args[npos + k]);
                keptNames.add(kw[k]);
            }
        }
        return Args.bind(function, keptArgs.toArray(new PyObject[0]), keptNames.toArray(new String[0]), required, params);
    }

    static ClientSession checked(PyObject o) {
        if (o instanceof ClientSession s) {
            return s;
        }
        throw Errors.typeError("expected a ClientSession, got " + o.type().name());
    }

    /** The ClientSession class of one runtime: its sessions use that runtime's network. */
    static PyType type(Network network) {
        PyType type = PyType.builtin("ClientSession", TYPE);
        type.factory((t, args, kw) -> {
            PyObject[] a = bindKnown("ClientSession", args, kw, 0, "base_url", "timeout", "raise_for_status");
            ClientTimeout timeout = a[1] == null || a[1] == PyNone.NONE
                    ? ClientTimeout.ofTotal(ClientTimeout.DEFAULT_TOTAL) : ClientTimeout.of(a[1]);
            return new ClientSession(network, a[0] == null || a[0] == PyNone.NONE ? null : a[0].str(), timeout,
                    a[2] != null && a[2].isTrue());
        });
        return type;
    }

    private static PyObject requestFrom(ClientSession session, String method, PyObject url, PyObject[] a) {
        return new RequestContextManager(session.request(method, url.str(), a[0], a[1], a[2]));
    }

    static {
        TYPE.method("get", (args, kw) -> {
            PyObject[] a = bindKnown("get", args, kw, 2, "self", "url", "timeout", "params", "raise_for_status");
            return requestFrom(checked(args[0]), "GET", a[1], new PyObject[] {a[2], a[3], a[4]});
        }).method("request", (args, kw) -> {
            PyObject[] a = bindKnown("request", args, kw, 3, "self", "method", "url", "timeout", "params",
                    "raise_for_status");
            return requestFrom(checked(args[0]), a[1].str().toUpperCase(), a[2], new PyObject[] {a[3], a[4], a[5]});
        }).method("close", (args, kw) -> {
            ClientSession session = checked(args[0]);
            return new JavaCoroutine("ClientSession.close", () -> {
                session.closed = true;
                return JavaCoroutine.returning(PyNone.NONE);
            });
        }).method("__aenter__", (args, kw) ->
                new JavaCoroutine("ClientSession.__aenter__", () -> JavaCoroutine.returning(args[0])))
                .method("__aexit__", (args, kw) -> {
                    ClientSession session = checked(args[0]);
                    return new JavaCoroutine("ClientSession.__aexit__", () -> {
                        session.closed = true;
                        return JavaCoroutine.returning(PyNone.NONE);
                    });
                });
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "closed" -> PyBool.of(closed);
            case "timeout" -> timeout;
            default -> super.lookupAttr(name);
        };
    }

    @Override
    public String repr() {
        return "<aiohttp.client.ClientSession object at " + String.format("0x%012x", System.identityHashCode(this) * 16L) + ">";
    }
}
