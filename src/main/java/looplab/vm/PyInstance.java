package looplab.vm;

import java.util.HashMap;

/**
 * An instance of a class defined in Python. Every protocol slot looks up the class's dunder method, so a class
 * that defines __eq__, __len__ or __iter__ behaves as CPython would make it behave.
 */
public class PyInstance extends PyObject {
    private PyType type;
    private HashMap<String, PyObject> attributes;

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    public void setType(PyType newType) {
        this.type = newType;
    }

    /** The instance's attributes, created on first use. */
    public HashMap<String, PyObject> attributes() {
        if (attributes == null) {
            attributes = new HashMap<>();
        }
        return attributes;
    }

    @Override
    public PyObject ownAttribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    @Override
    java.util.Map<String, PyObject> attributeMap() {
        return attributes();
    }

    @Override
    public PyDict instanceDict() {
        PyDict d = new PyDict();
        if (attributes != null) {
            attributes.forEach((k, v) -> d.put(PyStr.of(k), v));
        }
        return d;
    }

    /** Calls a dunder method found on the class, or returns null when the class does not define it. */
    protected final PyObject callDunder(String name, PyObject... args) {
        PyObject method = type.lookup(name);
        if (method == null || method == PyNone.NONE && !name.equals("__hash__")) {
            return null;
        }
        return Calls.callMethod(method, this, args, Args.NO_KEYWORDS);
    }

    private boolean defines(String name) {
        PyObject m = type.lookup(name);
        return m != null && !(m instanceof PyBuiltinFunction bf && bf.definedOnObject());
    }

    @Override
    public PyObject lookupAttr(String name) {
        PyObject value = Attributes.genericLookup(this, name);
        if (value == null && type.lookup("__getattr__") != null) {
            try {
                return callDunder("__getattr__", PyStr.of(name));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    return null;
                }
                throw e;
            }
        }
        return value;
    }

    @Override
    public void setAttr(String name, PyObject value) {
        if (defines("__setattr__")) {
            callDunder("__setattr__", PyStr.of(name), value);
            return;
        }
        Attributes.genericSet(this, name, value);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject method = type.lookup("__call__");
        if (method == null) {
            return super.call(args, kwnames);
        }
        return Calls.callMethod(method, this, args, kwnames);
    }

    @Override
    public String repr() {
        if (defines("__repr__")) {
            PyObject r = callDunder("__repr__");
            if (!(r instanceof PyStr s)) {
                throw Errors.typeError("__repr__ returned non-string (type " + r.type().name() + ")");
            }
            return s.value;
        }
        return BuiltinTypes.defaultRepr(this);
    }

    private String qualifiedName() {
        return type.module().equals("builtins") ? type.qualname() : type.module() + "." + type.qualname();
    }

    @Override
    public String str() {
        if (defines("__str__")) {
            PyObject r = callDunder("__str__");
            if (!(r instanceof PyStr s)) {
                throw Errors.typeError("__str__ returned non-string (type " + r.type().name() + ")");
            }
            return s.value;
        }
        return repr();
    }

    @Override
    public boolean isTrue() {
        if (defines("__bool__")) {
            PyObject r = callDunder("__bool__");
            if (!(r instanceof PyBool b)) {
                throw Errors.typeError("__bool__ should return bool, returned " + r.type().name());
            }
            return b == PyBool.TRUE;
        }
        if (defines("__len__")) {
            return len() > 0;
        }
        return true;
    }

    @Override
    public long hash() {
        PyObject h = type.lookup("__hash__");
        if (h == PyNone.NONE || (h == null || h instanceof PyBuiltinFunction) && defines("__eq__")) {
            throw Errors.typeError("unhashable type: '" + type.name() + "'");
        }
        if (h instanceof PyFunction || (h != null && !(h instanceof PyBuiltinFunction))) {
            PyObject r = callDunder("__hash__");
            if (!(r instanceof PyInt i)) {
                throw Errors.typeError("__hash__ method should return an integer");
            }
            return i.hash();
        }
        return super.hash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (defines(op.dunder)) {
            return callDunder(op.dunder, other);
        }
        if (op == CompareOp.NE && defines("__eq__")) {
            PyObject eq = callDunder("__eq__", other);
            return eq == PyNotImplemented.INSTANCE ? eq : PyBool.of(!eq.isTrue());
        }
        return super.richCompare(other, op);
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
        PyObject r = callDunder(reflected ? op.reflectedDunder : op.dunder, other);
        return r == null ? PyNotImplemented.INSTANCE : r;
    }

    @Override
    public PyObject inplaceOp(BinaryOp op, PyObject other) {
        PyObject r = callDunder(op.inplaceDunder, other);
        return r == PyNotImplemented.INSTANCE ? null : r;
    }

    @Override
    public PyObject negative() {
        PyObject r = callDunder("__neg__");
        return r != null ? r : super.negative();
    }

    @Override
    public PyObject positive() {
        PyObject r = callDunder("__pos__");
        return r != null ? r : super.positive();
    }

    @Override
    public PyObject invert() {
        PyObject r = callDunder("__invert__");
        return r != null ? r : super.invert();
    }

    @Override
    public int len() {
        PyObject r = callDunder("__len__");
        if (r == null) {
            return super.len();
        }
        if (!(r instanceof PyInt i)) {
            throw Errors.typeError("'" + r.type().name() + "' object cannot be interpreted as an integer");
        }
        if (i.signum() < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        return i.intValue();
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject r = callDunder("__getitem__", key);
        return r != null ? r : super.getItem(key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (callDunder("__setitem__", key, value) == null) {
            super.setItem(key, value);
        }
    }

    @Override
    public void delItem(PyObject key) {
        if (callDunder("__delitem__", key) == null) {
            super.delItem(key);
        }
    }

    @Override
    public boolean contains(PyObject item) {
        if (defines("__contains__")) {
            return callDunder("__contains__", item).isTrue();
        }
        return super.contains(item);
    }

    @Override
    public PyObject iter() {
        if (defines("__iter__")) {
            PyObject it = callDunder("__iter__");
            if (it.type().lookup("__next__") == null && !(it instanceof PyIterator) && !(it instanceof PyGenerator)) {
                throw Errors.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
            }
            return it;
        }
        if (defines("__getitem__")) {
            return new SequenceIterator(this);
        }
        return super.iter();
    }

    @Override
    public PyObject next() {
        if (defines("__next__")) {
            try {
                return callDunder("__next__");
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                    return null;
                }
                throw e;
            }
        }
        return super.next();
    }

    @Override
    public PyObject descrGet(PyObject instance, PyType owner) {
        PyObject get = type.lookup("__get__");
        if (get == null) {
            return this;
        }
        return Calls.callMethod(get, this, new PyObject[] {instance == null ? PyNone.NONE : instance, owner},
                Args.NO_KEYWORDS);
    }

    @Override
    public boolean isDataDescriptor() {
        return type.lookup("__set__") != null;
    }

    @Override
    public void descrSet(PyObject instance, PyObject value) {
        callDunder("__set__", instance, value);
    }

    /** Iteration through __getitem__ with 0, 1, 2 … until IndexError, the old sequence protocol. */
    static final class SequenceIterator extends PyIterator {
        static final PyType TYPE = PyType.builtin("iterator", PyIterator.class);
        private final PyObject sequence;
        private int index;

        SequenceIterator(PyObject sequence) {
            super(TYPE);
            this.sequence = sequence;
        }

        @Override
        public PyObject next() {
            try {
                return sequence.getItem(PyInt.of(index++));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.INDEX_ERROR) || e.matches(ExceptionTypes.STOP_ITERATION)) {
                    return null;
                }
                throw e;
            }
        }
    }
}
