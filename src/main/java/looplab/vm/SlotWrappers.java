package looplab.vm;

import java.util.Locale;

/**
 * The dunder methods of the builtin containers' slots (CPython's slot wrappers, from add_operators): list.__repr__,
 * dict.__getitem__, tuple.__add__ … exist on the class, so a subclass reaches them through super() or by name.
 * Each calls the builtin's slot on self; PyBuiltinFunction makes that the builtin's own even when the subclass
 * overrides it. A wrapper the type already registers (StrMethods, ListMethods …) is kept.
 */
final class SlotWrappers {
    private SlotWrappers() {
    }

    static void install() {
        containers(PyList.TYPE, false, BinaryOp.ADD, BinaryOp.MUL);
        mutableSequence(PyList.TYPE);
        containers(PyTuple.TYPE, true, BinaryOp.ADD, BinaryOp.MUL);
        containers(PyStr.TYPE, true, BinaryOp.ADD, BinaryOp.MUL, BinaryOp.MOD);
        containers(PyDict.TYPE, false, BinaryOp.OR);
        mutableSequence(PyDict.TYPE);
        BinaryOp[] setOps = {BinaryOp.OR, BinaryOp.AND, BinaryOp.SUB, BinaryOp.XOR};
        containers(PySet.TYPE, false, setOps);
        containers(PySet.FROZEN_TYPE, true, setOps);
        for (BinaryOp op : setOps) {
            inplace(PySet.TYPE, op);
        }
        inplace(PyList.TYPE, BinaryOp.ADD);
        inplace(PyList.TYPE, BinaryOp.MUL);
        inplace(PyDict.TYPE, BinaryOp.OR);
    }

    private static void containers(PyType t, boolean hashable, BinaryOp... ops) {
        wrap(t, "__repr__", a -> PyStr.of(a[0].repr()));
        wrap(t, "__len__", a -> PyInt.of(a[0].len()));
        wrap(t, "__iter__", a -> a[0].iter());
        wrap(t, "__contains__", a -> PyBool.of(a[0].contains(a[1])));
        if (t != PySet.TYPE && t != PySet.FROZEN_TYPE) {
            wrap(t, "__getitem__", a -> a[0].getItem(a[1]));
        }
        if (hashable) {
            wrap(t, "__hash__", a -> PyInt.of(a[0].hash()));
        } else if (!t.dict().containsKey("__hash__")) {
            t.attribute("__hash__", PyNone.NONE); // as CPython's mutable containers: unhashable, and so subclasses
        }
        for (CompareOp op : CompareOp.values()) {
            wrap(t, "__" + op.name().toLowerCase(Locale.ROOT) + "__", a -> a[0].richCompare(a[1], op));
        }
        for (BinaryOp op : ops) {
            wrap(t, op.dunder, a -> a[0].binaryOp(op, a[1], false));
            wrap(t, op.reflectedDunder, a -> a[0].binaryOp(op, a[1], true));
        }
    }

    private static void mutableSequence(PyType t) {
        wrap(t, "__setitem__", a -> {
            a[0].setItem(a[1], a[2]);
            return PyNone.NONE;
        });
        wrap(t, "__delitem__", a -> {
            a[0].delItem(a[1]);
            return PyNone.NONE;
        });
    }

    private static void inplace(PyType t, BinaryOp op) {
        wrap(t, op.inplaceDunder, a -> {
            PyObject r = a[0].inplaceOp(op, a[1]);
            return r == null ? PyNotImplemented.INSTANCE : r;
        });
    }

    @FunctionalInterface
    private interface Slot {
        PyObject call(PyObject[] selfAndArguments);
    }

    private static void wrap(PyType t, String dunder, Slot slot) {
        if (t.dict().containsKey(dunder)) {
            return;
        }
        int arity = switch (dunder) {
            case "__repr__", "__len__", "__iter__", "__hash__" -> 0;
            case "__setitem__" -> 2;
            default -> 1;
        };
        t.method(dunder, (a, k) -> {
            if (k.length > 0 || a.length != arity + 1) {
                throw Errors.typeError("expected " + arity + " argument" + (arity == 1 ? "" : "s") + ", got "
                        + (a.length - 1));
            }
            return slot.call(a);
        });
    }
}
