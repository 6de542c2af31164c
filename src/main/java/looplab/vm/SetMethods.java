package looplab.vm;

import static looplab.vm.BuiltinMethods.define;
import static looplab.vm.BuiltinMethods.noArguments;
import static looplab.vm.BuiltinMethods.oneArgument;

/** The methods of set and frozenset; only set has the mutating ones. Other operands may be any iterable. */
final class SetMethods {
    private SetMethods() {
    }

    static void install() {
        for (PyType t : new PyType[] {PySet.TYPE, PySet.FROZEN_TYPE}) {
            installQueries(t);
        }
        installMutators(PySet.TYPE);
    }

    private static PySet self(PyObject[] a) {
        return (PySet) a[0];
    }

    /** A set of other's elements; other itself when it already is a set. */
    private static PySet asSet(PyObject other) {
        return other instanceof PySet s ? s : new PySet(false, Sequences.toList(other));
    }

    private static void installQueries(PyType t) {
        String name = t.name();
        define(t, "copy", (a, k) -> {
            noArguments(name + ".copy", a, k);
            return combine(self(a), new PyObject[0], BinaryOp.OR);
        });
        define(t, "union", (a, k) -> combine(self(a), others(name + ".union", a, k), BinaryOp.OR));
        define(t, "intersection", (a, k) -> combine(self(a), others(name + ".intersection", a, k), BinaryOp.AND));
        define(t, "difference", (a, k) -> combine(self(a), others(name + ".difference", a, k), BinaryOp.SUB));
        define(t, "symmetric_difference", (a, k) -> combine(self(a),
                new PyObject[] {oneArgument(name + ".symmetric_difference", a, k)}, BinaryOp.XOR));
        define(t, "issubset", (a, k) -> PyBool.of(self(a).isSubset(asSet(oneArgument(name + ".issubset", a, k)))));
        define(t, "issuperset", (a, k) -> PyBool.of(asSet(oneArgument(name + ".issuperset", a, k)).isSubset(self(a))));
        define(t, "isdisjoint", (a, k) -> {
            PyObject it = Ops.iter(oneArgument(name + ".isdisjoint", a, k));
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (self(a).has(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        define(t, "__len__", (a, k) -> PyInt.of(self(a).size()));
        define(t, "__contains__", (a, k) -> PyBool.of(self(a).has(oneArgument(name + ".__contains__", a, k))));
    }

    private static PyObject[] others(String qualname, PyObject[] a, String[] k) {
        Args.noKeywords(qualname, k);
        return BuiltinMethods.rest(a);
    }

    /** self op other1 op other2 …, as a new set of self's kind (frozenset.union gives a frozenset). */
    private static PySet combine(PySet self, PyObject[] others, BinaryOp op) {
        PySet result = new PySet(self.frozen());
        result.table().replaceWith(self.table());
        for (PyObject other : others) {
            PySet operand = asSet(other);
            PySet next = (PySet) result.binaryOp(op, operand, false);
            result.table().replaceWith(next.table());
        }
        return result;
    }

    private static void installMutators(PyType t) {
        define(t, "add", (a, k) -> {
            self(a).add(oneArgument("set.add", a, k));
            return PyNone.NONE;
        });
        define(t, "discard", (a, k) -> {
            self(a).discard(oneArgument("set.discard", a, k));
            return PyNone.NONE;
        });
        define(t, "remove", (a, k) -> {
            PyObject item = oneArgument("set.remove", a, k);
            if (!self(a).discard(item)) {
                throw Errors.keyError(item);
            }
            return PyNone.NONE;
        });
        define(t, "pop", (a, k) -> {
            noArguments("set.pop", a, k);
            PyObject item = self(a).table().pop();
            if (item == null) {
                throw Errors.keyError(PyStr.of("pop from an empty set"));
            }
            return item;
        });
        define(t, "clear", (a, k) -> {
            noArguments("set.clear", a, k);
            self(a).table().clear();
            return PyNone.NONE;
        });
        inPlace(t, "update", BinaryOp.OR);
        inPlace(t, "intersection_update", BinaryOp.AND);
        inPlace(t, "difference_update", BinaryOp.SUB);
        define(t, "symmetric_difference_update", (a, k) -> {
            PyObject other = oneArgument("set.symmetric_difference_update", a, k);
            PySet result = combine(self(a), new PyObject[] {other}, BinaryOp.XOR);
            self(a).table().replaceWith(result.table());
            return PyNone.NONE;
        });
    }

    private static void inPlace(PyType t, String name, BinaryOp op) {
        define(t, name, (a, k) -> {
            PySet result = combine(self(a), others("set." + name, a, k), op);
            self(a).table().replaceWith(result.table());
            return PyNone.NONE;
        });
    }
}
