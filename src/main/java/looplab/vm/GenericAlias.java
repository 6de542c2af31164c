package looplab.vm;

/**
 * {@code list[int]}, {@code dict[str, int]}: what subscripting a builtin class gives (types.GenericAlias). It
 * prints as written, and calling it makes an instance of the class.
 */
final class GenericAlias extends PyObject {
    static final PyType TYPE = PyType.builtin("types.GenericAlias", GenericAlias.class);

    private final PyType origin;
    private final PyTuple args;

    GenericAlias(PyType origin, PyObject key) {
        this.origin = origin;
        this.args = key instanceof PyTuple t ? t : new PyTuple(key);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        StringBuilder b = new StringBuilder(name(origin)).append('[');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            PyObject a = args.get(i);
            b.append(a instanceof PyType t ? name(t) : a == Builtins.ELLIPSIS ? "..." : a.repr());
        }
        return b.append(']').toString();
    }

    private static String name(PyType t) {
        return t.isBuiltin() || t.module().equals("builtins") ? t.qualname() : t.module() + "." + t.qualname();
    }

    @Override
    public PyObject call(PyObject[] callArgs, String[] kwnames) {
        return origin.call(callArgs, kwnames);
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "__origin__" -> origin;
            case "__args__" -> args;
            default -> origin.lookupAttr(name);
        };
    }

    @Override
    public PyObject getItem(PyObject key) {
        return new GenericAlias(origin, key);
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
        if (op == BinaryOp.OR && UnionType.isUnionOperand(other)) {
            return reflected ? UnionType.of(other, this) : UnionType.of(this, other);
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public long hash() {
        return origin.hash() * 31 + args.hash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof GenericAlias g && (op == CompareOp.EQ || op == CompareOp.NE)) {
            boolean same = g.origin == origin && Ops.eq(g.args, args);
            return PyBool.of(same == (op == CompareOp.EQ));
        }
        return super.richCompare(other, op);
    }
}
