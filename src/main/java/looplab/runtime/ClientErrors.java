package looplab.runtime;

import looplab.vm.Args;
import looplab.vm.ExceptionTypes;
import looplab.vm.Ops;
import looplab.vm.PyBaseException;
import looplab.vm.PyInt;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyStr;
import looplab.vm.PyTuple;
import looplab.vm.PyType;

import java.util.Map;

/**
 * aiohttp's client exceptions (the subset of aiohttp.client_exceptions that docs/network.md lists), with
 * aiohttp's {@code str()} formats. Timeouts are the builtin TimeoutError, as in aiohttp on Python 3.11.
 */
final class ClientErrors {
    static final PyType CLIENT_ERROR = define("ClientError", ExceptionTypes.EXCEPTION);
    static final PyType CLIENT_RESPONSE_ERROR = define("ClientResponseError", CLIENT_ERROR);
    static final PyType CONTENT_TYPE_ERROR = define("ContentTypeError", CLIENT_RESPONSE_ERROR);
    static final PyType CLIENT_CONNECTION_ERROR = define("ClientConnectionError", CLIENT_ERROR);
    static final PyType CLIENT_OS_ERROR = define("ClientOSError", CLIENT_CONNECTION_ERROR, ExceptionTypes.OS_ERROR);
    static final PyType CLIENT_CONNECTOR_ERROR = define("ClientConnectorError", CLIENT_OS_ERROR);
    static final PyType INVALID_URL = define("InvalidURL", CLIENT_ERROR, ExceptionTypes.VALUE_ERROR);

    private ClientErrors() {
    }

    private static PyType define(String name, PyType... bases) {
        PyType type = PyType.userClass(name, name, "aiohttp", bases, Map.of());
        type.factory((t, args, kw) -> construct(t, args, kw));
        return type;
    }

    /** An aiohttp exception object: its str() is aiohttp's, its attributes those aiohttp sets. */
    static final class ClientException extends PyBaseException {
        ClientException(PyType type, PyObject[] args) {
            super(type, args);
        }

        @Override
        public String str() {
            if (isInstance(CLIENT_RESPONSE_ERROR)) {
                PyObject url = lookupAttr("request_info").lookupAttr("real_url");
                return Ops.str(lookupAttr("status")) + ", message=" + Ops.repr(lookupAttr("message"))
                        + ", url=" + PyStr.of(Ops.str(url)).repr();
            }
            if (isInstance(CLIENT_CONNECTOR_ERROR)) {
                return "Cannot connect to host " + Ops.str(lookupAttr("host")) + ":" + Ops.str(lookupAttr("port"))
                        + " ssl:default [" + Ops.str(lookupAttr("strerror")) + "]";
            }
            if (isInstance(INVALID_URL) && args.size() > 0) {
                return Ops.str(args.get(0));
            }
            return super.str();
        }
    }

    /** The constructors of the shim: ClientResponseError(request_info, history=(), *, status, message, headers), … */
    private static PyObject construct(PyType type, PyObject[] args, String[] kw) {
        if (type.isSubtypeOf(CLIENT_RESPONSE_ERROR)) {
            PyObject[] a = Args.bind(type.name(), args, kw, 1, "request_info", "history", "status", "message", "headers");
            return responseError(type, a[0], or(a[1], PyTuple.EMPTY), a[2] == null || a[2] == PyNone.NONE ? PyInt.of(0) : a[2],
                    or(a[3], PyStr.of("")), or(a[4], PyNone.NONE));
        }
        if (type.isSubtypeOf(CLIENT_CONNECTOR_ERROR)) {
            PyObject[] a = Args.bind(type.name(), args, kw, 3, "host", "port", "strerror");
            return connectorError(type, a[0], a[1], a[2]);
        }
        return new ClientException(type, Args.positional(args, kw));
    }

    private static PyObject or(PyObject value, PyObject otherwise) {
        return value == null ? otherwise : value;
    }

    static ClientException responseError(PyType type, PyObject requestInfo, PyObject history, PyObject status,
                                         PyObject message, PyObject headers) {
        ClientException e = new ClientException(type, new PyObject[] {requestInfo, history});
        e.setAttr("request_info", requestInfo);
        e.setAttr("status", status);
        e.setAttr("message", message);
        e.setAttr("headers", headers);
        e.setAttr("history", history);
        return e;
    }

    static ClientException connectorError(PyType type, PyObject host, PyObject port, PyObject strerror) {
        ClientException e = new ClientException(type, new PyObject[] {host, port, strerror});
        e.setAttr("host", host);
        e.setAttr("port", port);
        e.setAttr("strerror", strerror);
        return e;
    }

    static ClientException connectorError(Url url, String strerror) {
        return connectorError(CLIENT_CONNECTOR_ERROR, PyStr.of(url.host), PyInt.of(url.port), PyStr.of(strerror));
    }

    static ClientException invalidUrl(String url) {
        return new ClientException(INVALID_URL, new PyObject[] {PyStr.of(url)});
    }
}
