package looplab.runtime;

import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.PyBool;
import looplab.vm.PyBytes;
import looplab.vm.PyDict;
import looplab.vm.PyInt;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyStr;
import looplab.vm.PyTuple;
import looplab.vm.PyType;

/**
 * aiohttp.ClientResponse of the simulated network. The body arrives with the response, so text(), json() and
 * read() complete without suspending (they are coroutines all the same, as in aiohttp).
 */
final class ClientResponse extends PyObject {
    static final PyType TYPE = PyType.builtin("ClientResponse", ClientResponse.class);

    /** aiohttp.RequestInfo: what raise_for_status() puts in the error. */
    static final class RequestInfo extends PyObject {
        static final PyType TYPE = PyType.builtin("RequestInfo", RequestInfo.class);
        final Url url;
        final String method;

        RequestInfo(Url url, String method) {
            this.url = url;
            this.method = method;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject lookupAttr(String name) {
            return switch (name) {
                case "url", "real_url" -> url;
                case "method" -> PyStr.of(method);
                default -> super.lookupAttr(name);
            };
        }

        @Override
        public String repr() {
            return "RequestInfo(url=" + url.repr() + ", method=" + PyStr.of(method).repr() + ", real_url=" + url.repr() + ")";
        }
    }

    final String method;
    final Url url;
    final int status;
    final String contentType;
    private final String body;
    private final RequestInfo requestInfo;

    ClientResponse(String method, Url url, Network.Answer answer) {
        this.method = method;
        this.url = url;
        this.status = answer.status();
        this.contentType = answer.contentType();
        this.body = answer.body();
        this.requestInfo = new RequestInfo(url, method);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    String reason() {
        return HttpStatus.phrase(status);
    }

    boolean ok() {
        return status < 400;
    }

    private PyDict headers() {
        PyDict headers = new PyDict();
        headers.put(PyStr.of("Content-Type"), PyStr.of(contentType));
        return headers;
    }

    /** raise_for_status(): ClientResponseError(status, message=reason) for 4xx and 5xx. */
    void raiseForStatus() {
        if (!ok()) {
            throw ClientErrors.responseError(ClientErrors.CLIENT_RESPONSE_ERROR, requestInfo, PyTuple.EMPTY,
                    PyInt.of(status), PyStr.of(reason()), headers()).toThrowable();
        }
    }

    private PyObject json(PyObject expectedType) {
        String expected = expectedType == null ? "application/json" : expectedType == PyNone.NONE ? null : expectedType.str();
        if (expected != null && !contentType.contains(expected)) {
            throw ClientErrors.responseError(ClientErrors.CONTENT_TYPE_ERROR, requestInfo, PyTuple.EMPTY,
                    PyInt.of(status), PyStr.of("Attempt to decode JSON with unexpected mimetype: " + contentType),
                    headers()).toThrowable();
        }
        return JsonText.read(body);
    }

    private static JavaCoroutine immediately(String name, java.util.function.Supplier<PyObject> value) {
        return new JavaCoroutine(name, () -> JavaCoroutine.returning(value.get()));
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "status" -> PyInt.of(status);
            case "reason" -> PyStr.of(reason());
            case "ok" -> PyBool.of(ok());
            case "url", "real_url" -> url;
            case "method" -> PyStr.of(method);
            case "content_type" -> PyStr.of(contentType);
            case "headers" -> headers();
            case "request_info" -> requestInfo;
            case "history" -> PyTuple.EMPTY;
            default -> super.lookupAttr(name);
        };
    }

    @Override
    public String repr() {
        return "<ClientResponse(" + url.text + ") [" + status + " " + reason() + "]>";
    }

    static ClientResponse checked(PyObject o) {
        if (o instanceof ClientResponse r) {
            return r;
        }
        throw Errors.typeError("expected a ClientResponse, got " + o.type().name());
    }

    static {
        TYPE.method("raise_for_status", (args, kw) -> {
            checked(args[0]).raiseForStatus();
            return PyNone.NONE;
        }).method("text", (args, kw) -> {
            ClientResponse r = checked(args[0]);
            return immediately("ClientResponse.text", () -> PyStr.of(r.body));
        }).method("read", (args, kw) -> {
            ClientResponse r = checked(args[0]);
            return immediately("ClientResponse.read", () -> PyBytes.utf8(r.body));
        }).method("json", (args, kw) -> {
            ClientResponse r = checked(args[0]);
            PyObject contentType = Args.keyword(args, kw, "content_type");
            return immediately("ClientResponse.json", () -> r.json(contentType));
        }).method("release", (args, kw) -> PyNone.NONE)
                .method("close", (args, kw) -> PyNone.NONE)
                .method("__aenter__", (args, kw) -> immediately("ClientResponse.__aenter__", () -> args[0]))
                .method("__aexit__", (args, kw) -> immediately("ClientResponse.__aexit__", () -> PyNone.NONE));
    }
}
