package looplab.vm;

/** A bound method: a function together with the instance it was looked up on. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyMethod.class);

    public final PyObject self;
    public final PyObject function;

    public PyMethod(PyObject self, PyObject function) {
        this.self = self;
        this.function = function;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return function.call(Args.prepend(self, args), kwnames);
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "__self__" -> self;
            case "__func__" -> function;
            default -> function.lookupAttr(name);
        };
    }

    @Override
    public String repr() {
        String fname = function instanceof PyFunction f ? f.qualname() : function instanceof PyBuiltinFunction b ? b.name() : "?";
        return "<bound method " + fname + " of " + self.repr() + ">";
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyMethod m && (op == CompareOp.EQ || op == CompareOp.NE)) {
            boolean same = m.self == self && m.function == function;
            return PyBool.of(same == (op == CompareOp.EQ));
        }
        return super.richCompare(other, op);
    }

    @Override
    public long hash() {
        return System.identityHashCode(self) * 31L + System.identityHashCode(function);
    }
}
