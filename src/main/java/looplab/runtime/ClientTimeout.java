package looplab.runtime;

import looplab.vm.Args;
import looplab.vm.Ops;
import looplab.vm.PyFloat;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyType;

/** aiohttp.ClientTimeout: only {@code total} is simulated (docs/network.md); the others are kept for show. */
final class ClientTimeout extends PyObject {
    static final PyType TYPE = PyType.builtin("ClientTimeout", ClientTimeout.class);
    /** aiohttp's default: ClientTimeout(total=5 * 60). */
    static final double DEFAULT_TOTAL = 300.0;

    final PyObject total;
    private final PyObject connect;
    private final PyObject sockRead;
    private final PyObject sockConnect;

    ClientTimeout(PyObject total, PyObject connect, PyObject sockRead, PyObject sockConnect) {
        this.total = total;
        this.connect = connect;
        this.sockRead = sockRead;
        this.sockConnect = sockConnect;
    }

    static ClientTimeout ofTotal(double seconds) {
        return new ClientTimeout(PyFloat.of(seconds), PyNone.NONE, PyNone.NONE, PyNone.NONE);
    }

    /** A request's or session's timeout= argument: a ClientTimeout as is, a number as its total. */
    static ClientTimeout of(PyObject timeout) {
        return timeout instanceof ClientTimeout t ? t : ofTotal(EventLoop.seconds(timeout));
    }

    /** The total in seconds, or null when there is none (None or 0). */
    Double totalSeconds() {
        if (total == PyNone.NONE) {
            return null;
        }
        double seconds = EventLoop.seconds(total);
        return seconds > 0 ? seconds : null;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "total" -> total;
            case "connect" -> connect;
            case "sock_read" -> sockRead;
            case "sock_connect" -> sockConnect;
            default -> super.lookupAttr(name);
        };
    }

    @Override
    public String repr() {
        return "ClientTimeout(total=" + Ops.repr(total) + ", connect=" + Ops.repr(connect) + ", sock_read="
                + Ops.repr(sockRead) + ", sock_connect=" + Ops.repr(sockConnect) + ")";
    }

    static {
        TYPE.factory((type, args, kw) -> {
            PyObject[] a = Args.bind("ClientTimeout", args, kw, 0, "total", "connect", "sock_read", "sock_connect");
            return new ClientTimeout(orNone(a[0]), orNone(a[1]), orNone(a[2]), orNone(a[3]));
        });
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
