package looplab.vm;

import java.util.HashMap;

/**
 * What an instance of a class statement's subclass of a builtin ({@code class JobList(list)}) carries besides the
 * builtin value: its class, its {@code __dict__}, and the dispatch of the slots the class overrides. As CPython's
 * slot_tp_* functions: a dunder defined in Python replaces the builtin's slot, any other slot stays the builtin's.
 * Each method returns null (or false) when the class does not override the slot, so the caller falls back to the
 * builtin's own implementation.
 */
final class SubclassSlots {
    private final PyType type;
    private final boolean hasDict;
    private HashMap<String, PyObject> attributes;
    /**
     * The builtin type's own dunder (list.__repr__, dict.__setitem__ …) running on this object, if any: its slot
     * is the builtin's while it runs, as CPython's wrapper calls the C slot directly, so super().__getitem__(key)
     * inside an overriding __getitem__ does not come back to the override.
     */
    private String builtinDunder;

    SubclassSlots(PyType type) {
        this.type = type;
        this.hasDict = type.instancesHaveDict();
    }

    PyType type() {
        return type;
    }

    /** The live __dict__, or null for instances of classes with {@code __slots__ = ()}. */
    HashMap<String, PyObject> attributes() {
        if (attributes == null && hasDict) {
            attributes = new HashMap<>();
        }
        return attributes;
    }

    PyObject ownAttribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    PyDict instanceDict() {
        if (!hasDict) {
            return null;
        }
        PyDict d = new PyDict();
        if (attributes != null) {
            attributes.forEach((k, v) -> d.put(PyStr.of(k), v));
        }
        return d;
    }

    /** Runs a builtin type's own dunder on this object with the builtin's slot for it (see builtinDunder). */
    PyObject callBuiltinDunder(String dunder, PyBuiltinFunction.Body body, PyObject[] args, String[] kwnames) {
        String outer = builtinDunder;
        builtinDunder = dunder;
        try {
            return body.call(args, kwnames);
        } finally {
            builtinDunder = outer;
        }
    }

    /** The method a class statement defines for this dunder (or None for __hash__ = None), else null. */
    PyObject override(String dunder) {
        if (dunder.equals(builtinDunder)) {
            return null;
        }
        PyObject m = type.lookup(dunder);
        return m instanceof PyBuiltinFunction ? null : m;
    }

    /** Calls the overriding dunder, or returns null when the class does not override it. */
    PyObject call(PyObject self, String dunder, PyObject... args) {
        PyObject m = override(dunder);
        return m == null ? null : Calls.callMethod(m, self, args, Args.NO_KEYWORDS);
    }

    String repr(PyObject self) {
        return text(self, "__repr__");
    }

    String str(PyObject self) {
        return text(self, "__str__");
    }

    private String text(PyObject self, String dunder) {
        PyObject r = call(self, dunder);
        if (r == null) {
            return null;
        }
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError(dunder + " returned non-string (type " + r.type().name() + ")");
        }
        return s.value;
    }

    Boolean isTrue(PyObject self) {
        PyObject r = call(self, "__bool__");
        if (r != null) {
            if (!(r instanceof PyBool b)) {
                throw Errors.typeError("__bool__ should return bool, returned " + r.type().name());
            }
            return b == PyBool.TRUE;
        }
        return override("__len__") != null ? len(self) > 0 : null;
    }

    Long hash(PyObject self) {
        PyObject m = override("__hash__");
        if (m == null) {
            return null;
        }
        if (m == PyNone.NONE) {
            throw Errors.typeError("unhashable type: '" + type.name() + "'");
        }
        PyObject r = Calls.callMethod(m, self, new PyObject[0], Args.NO_KEYWORDS);
        if (!(r instanceof PyInt i)) {
            throw Errors.typeError("__hash__ method should return an integer");
        }
        return i.hash();
    }

    PyObject richCompare(PyObject self, PyObject other, CompareOp op) {
        return call(self, op.dunder, other);
    }

    PyObject binaryOp(PyObject self, BinaryOp op, PyObject other, boolean reflected) {
        return call(self, reflected ? op.reflectedDunder : op.dunder, other);
    }

    PyObject inplaceOp(PyObject self, BinaryOp op, PyObject other) {
        return call(self, op.inplaceDunder, other);
    }

    boolean overridesLen() {
        return override("__len__") != null;
    }

    int len(PyObject self) {
        PyObject r = call(self, "__len__");
        if (!(r instanceof PyInt i)) {
            throw Errors.typeError("'" + r.type().name() + "' object cannot be interpreted as an integer");
        }
        if (i.signum() < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        return i.intValue();
    }

    Boolean contains(PyObject self, PyObject item) {
        PyObject r = call(self, "__contains__", item);
        return r == null ? null : r.isTrue();
    }

    PyObject iter(PyObject self) {
        PyObject it = call(self, "__iter__");
        if (it != null && it.type().lookup("__next__") == null && !(it instanceof PyIterator)
                && !(it instanceof PyGenerator)) {
            throw Errors.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
        }
        return it;
    }

    boolean setItem(PyObject self, PyObject key, PyObject value) {
        return call(self, "__setitem__", key, value) != null;
    }

    boolean delItem(PyObject self, PyObject key) {
        return call(self, "__delitem__", key) != null;
    }

    PyObject callObject(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject m = override("__call__");
        return m == null ? null : Calls.callMethod(m, self, args, kwnames);
    }

    /** Attribute lookup with the class's __getattr__ as the fallback, as for instances of classes of object. */
    PyObject lookupAttr(PyObject self, String name) {
        PyObject value = Attributes.genericLookup(self, name);
        if (value != null || override("__getattr__") == null) {
            return value;
        }
        try {
            return call(self, "__getattr__", PyStr.of(name));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    boolean setAttr(PyObject self, String name, PyObject value) {
        PyObject m = type.lookup("__setattr__");
        if (m == null || m instanceof PyBuiltinFunction) {
            return false;
        }
        Calls.callMethod(m, self, new PyObject[] {PyStr.of(name), value}, Args.NO_KEYWORDS);
        return true;
    }
}
