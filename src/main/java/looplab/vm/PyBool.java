package looplab.vm;

/** bool: a subclass of int with two instances, exactly as in Python (True + 1 == 2). */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE);
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long value) {
        super(value);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return value != 0 ? "True" : "False";
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
        // True & False stays a bool; every other operator treats bools as the ints 1 and 0.
        if (other instanceof PyBool o && (op == BinaryOp.AND || op == BinaryOp.OR || op == BinaryOp.XOR)) {
            return switch (op) {
                case AND -> of(value != 0 & o.value != 0);
                case OR -> of(value != 0 | o.value != 0);
                default -> of(value != 0 ^ o.value != 0);
            };
        }
        return super.binaryOp(op, other, reflected);
    }
}
