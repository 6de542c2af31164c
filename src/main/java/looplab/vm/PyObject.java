package looplab.vm;

/**
 * Every Python value. The protocol methods below are the VM's "slots" (as CPython's tp_* slots): builtin types
 * override them in Java for speed, and {@link PyInstance} implements them by looking up dunder methods, so the
 * interpreter calls one virtual method whatever the object is.
 */
public abstract class PyObject {

    public abstract PyType type();

    // ---- attributes -------------------------------------------------------------------------------------

    /** Returns the attribute or null when it does not exist (the caller raises AttributeError). */
    public PyObject lookupAttr(String name) {
        return Attributes.genericLookup(this, name);
    }

    public final PyObject getAttr(String name) {
        PyObject value = lookupAttr(name);
        if (value == null) {
            throw Errors.noAttribute(this, name);
        }
        return value;
    }

    public void setAttr(String name, PyObject value) {
        Attributes.genericSet(this, name, value);
    }

    public void delAttr(String name) {
        Attributes.genericDelete(this, name);
    }

    /**
     * The descriptor protocol's __get__: what this object becomes when found on a class and read through
     * {@code instance} (null when read from the class itself). Plain values return themselves.
     */
    public PyObject descrGet(PyObject instance, PyType owner) {
        return this;
    }

    /** True for data descriptors (property, objects with __set__), which take precedence over instance dicts. */
    public boolean isDataDescriptor() {
        return false;
    }

    /** The descriptor protocol's __set__ for data descriptors. */
    public void descrSet(PyObject instance, PyObject value) {
        throw Errors.attributeError("can't set attribute");
    }

    /** The object's own attribute dictionary ({@code __dict__}), or null when it has none. */
    public PyDict instanceDict() {
        return null;
    }

    /** The attribute named name in the object's own __dict__, or null (always for objects without one). */
    public PyObject ownAttribute(String name) {
        return null;
    }

    /** The live map behind the object's __dict__, or null for objects without one (ints, lists, functions …). */
    java.util.Map<String, PyObject> attributeMap() {
        return null;
    }

    // ---- calling ----------------------------------------------------------------------------------------

    /**
     * Calls the object. As CPython's vectorcall: the last {@code kwnames.length} entries of {@code args} are the
     * values of the keyword arguments named in {@code kwnames}.
     */
    public PyObject call(PyObject[] args, String[] kwnames) {
        throw Errors.typeError("'" + type().name() + "' object is not callable");
    }

    public final PyObject call(PyObject... args) {
        return call(args, Args.NO_KEYWORDS);
    }

    // ---- text -------------------------------------------------------------------------------------------

    public String repr() {
        return "<" + type().name() + " object>";
    }

    public String str() {
        return repr();
    }

    // ---- truth, hashing, comparison -----------------------------------------------------------------------

    public boolean isTrue() {
        return true;
    }

    /** Python's hash(); identity by default. */
    public long hash() {
        return System.identityHashCode(this);
    }

    /** Returns a result, or {@link PyNotImplemented#INSTANCE} when this type cannot compare with other. */
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (op == CompareOp.EQ) {
            return this == other ? PyBool.TRUE : PyNotImplemented.INSTANCE;
        }
        if (op == CompareOp.NE) {
            return this == other ? PyBool.FALSE : PyNotImplemented.INSTANCE;
        }
        return PyNotImplemented.INSTANCE;
    }

    // ---- numbers ----------------------------------------------------------------------------------------

    /** Binary operator slot; {@code reflected} is true for the __radd__ side. NotImplemented when unsupported. */
    public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
        return PyNotImplemented.INSTANCE;
    }

    /** In-place operator slot (__iadd__ …); null means "fall back to the binary operator". */
    public PyObject inplaceOp(BinaryOp op, PyObject other) {
        return null;
    }

    public PyObject negative() {
        throw Errors.badUnary("-", this);
    }

    public PyObject positive() {
        throw Errors.badUnary("+", this);
    }

    public PyObject invert() {
        throw Errors.badUnary("~", this);
    }

    // ---- containers -------------------------------------------------------------------------------------

    public int len() {
        throw Errors.typeError("object of type '" + type().name() + "' has no len()");
    }

    public PyObject getItem(PyObject key) {
        throw Errors.typeError("'" + type().name() + "' object is not subscriptable");
    }

    public void setItem(PyObject key, PyObject value) {
        throw Errors.typeError("'" + type().name() + "' object does not support item assignment");
    }

    public void delItem(PyObject key) {
        throw Errors.typeError("'" + type().name() + "' object doesn't support item deletion");
    }

    public boolean contains(PyObject item) {
        PyObject it = iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (x == item || Ops.eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    // ---- iteration --------------------------------------------------------------------------------------

    public PyObject iter() {
        throw Errors.typeError("'" + type().name() + "' object is not iterable");
    }

    /** The next item, or null when the iterator is exhausted (StopIteration without the exception). */
    public PyObject next() {
        throw Errors.typeError("'" + type().name() + "' object is not an iterator");
    }

    // ---- Java identity: dict and set keys use Python's hash and == -----------------------------------------

    @Override
    public final boolean equals(Object o) {
        return o instanceof PyObject other && (this == other || Ops.eq(this, other));
    }

    @Override
    public final int hashCode() {
        long h = hash();
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public String toString() {
        return repr();
    }
}
