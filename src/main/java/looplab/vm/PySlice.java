package looplab.vm;

/** slice(start, stop, step), with CPython's PySlice_GetIndicesEx clamping. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PySlice.class);

    /** Resolved bounds for a sequence of a given length. */
    public record Indices(int start, int stop, int step, int length) {
    }

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public Indices indices(int length) {
        long st = step == PyNone.NONE ? 1 : clampLong(Ops.index(step));
        if (st == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long a = start == PyNone.NONE ? (st < 0 ? upper : lower) : bound(Ops.index(start), length, lower, upper);
        long b = stop == PyNone.NONE ? (st < 0 ? lower : upper) : bound(Ops.index(stop), length, lower, upper);
        long n;
        if (st > 0) {
            n = a < b ? (b - a - 1) / st + 1 : 0;
        } else {
            n = b < a ? (a - b - 1) / (-st) + 1 : 0;
        }
        return new Indices((int) a, (int) b, (int) st, (int) n);
    }

    private static long clampLong(PyInt i) {
        if (i.isBig()) {
            return i.signum() > 0 ? Integer.MAX_VALUE : -Integer.MAX_VALUE;
        }
        return Math.max(-Integer.MAX_VALUE, Math.min(Integer.MAX_VALUE, i.value));
    }

    private static long bound(PyInt index, int length, long lower, long upper) {
        long v = clampLong(index);
        if (v < 0) {
            v += length;
            return v < lower ? lower : v;
        }
        return v > upper ? upper : v;
    }

    @Override
    public String repr() {
        return "slice(" + start.repr() + ", " + stop.repr() + ", " + step.repr() + ")";
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "start" -> start;
            case "stop" -> stop;
            case "step" -> step;
            default -> super.lookupAttr(name);
        };
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PySlice s && (op == CompareOp.EQ || op == CompareOp.NE)) {
            boolean eq = Ops.eq(start, s.start) && Ops.eq(stop, s.stop) && Ops.eq(step, s.step);
            return PyBool.of(eq == (op == CompareOp.EQ));
        }
        return super.richCompare(other, op);
    }
}
