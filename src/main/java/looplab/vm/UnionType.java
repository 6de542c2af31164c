package looplab.vm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code int | None}: the union of classes the | operator makes (types.UnionType, CPython's unionobject.c).
 * isinstance and issubclass accept it; it prints as written and compares equal to the union of the same classes
 * in any order.
 */
final class UnionType extends PyObject {
    static final PyType TYPE = PyType.builtin("UnionType", UnionType.class).inModule("types");

    private final PyObject[] args;

    private UnionType(PyObject[] args) {
        this.args = args;
    }

    /** Whether the | operator makes a union of this operand (classes, None, list[int], unions). */
    static boolean isUnionOperand(PyObject o) {
        return o instanceof PyType || o == PyNone.NONE || o instanceof GenericAlias || o instanceof UnionType;
    }

    /** left | right, flattened and without repeats; a single class when only one is left (int | int is int). */
    static PyObject of(PyObject left, PyObject right) {
        LinkedHashSet<PyObject> members = new LinkedHashSet<>();
        addMembers(members, left);
        addMembers(members, right);
        if (members.size() == 1) {
            return members.iterator().next();
        }
        return new UnionType(members.toArray(new PyObject[0]));
    }

    private static void addMembers(LinkedHashSet<PyObject> members, PyObject o) {
        if (o instanceof UnionType u) {
            members.addAll(List.of(u.args));
        } else {
            members.add(o == PyNone.NONE ? PyNone.TYPE : o);
        }
    }

    /** The classes isinstance checks against; a parameterized generic cannot be checked, as in CPython. */
    PyObject[] classes(String function) {
        for (PyObject a : args) {
            if (a instanceof GenericAlias) {
                throw Errors.typeError(function + "() argument 2 cannot be a parameterized generic");
            }
        }
        return args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        List<String> parts = new ArrayList<>();
        for (PyObject a : args) {
            parts.add(a == PyNone.TYPE ? "None" : a instanceof PyType t ? qualifiedName(t) : a.repr());
        }
        return String.join(" | ", parts);
    }

    private static String qualifiedName(PyType t) {
        return t.module().equals("builtins") ? t.qualname() : t.module() + "." + t.qualname();
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "__args__" -> new PyTuple(args.clone());
            case "__parameters__" -> PyTuple.EMPTY;
            case "__module__" -> PyStr.of("types");
            default -> super.lookupAttr(name);
        };
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
        if (op == BinaryOp.OR && isUnionOperand(other)) {
            return reflected ? of(other, this) : of(this, other);
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && other instanceof UnionType u) {
            boolean same = new LinkedHashSet<>(List.of(args)).equals(new LinkedHashSet<>(List.of(u.args)));
            return PyBool.of(same == (op == CompareOp.EQ));
        }
        return super.richCompare(other, op);
    }

    @Override
    public long hash() {
        long h = 0;
        for (PyObject a : args) {
            h ^= a.hash();
        }
        return h;
    }
}
