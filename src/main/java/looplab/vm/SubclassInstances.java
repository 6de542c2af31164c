package looplab.vm;

import java.util.Map;

/**
 * The Java objects behind instances of class statements' subclasses of builtins. Each IS the builtin value (a
 * {@code class JobList(list)} instance is a {@link PyList}, so every builtin function, method and fast path that
 * takes a list takes it) and routes each slot through {@link SubclassSlots}, which calls the dunder the class
 * overrides or falls back to the builtin's own slot. The slots listed are the ones the builtin has.
 */
final class SubclassInstances {
    private SubclassInstances() {
    }

    /** The slots of a subclass instance; builtin dunders run through it with the builtin's own behaviour. */
    static SubclassSlots slotsOf(PyObject o) {
        return o instanceof SubclassInstance s ? s.slots() : null;
    }

    /** An instance of a subclass of list. */
    static final class OfList extends PyList implements SubclassInstance {
        private final SubclassSlots slots;

        OfList(PyType type) {
            super();
            this.slots = new SubclassSlots(type);
        }

        @Override
        public SubclassSlots slots() {
            return slots;
        }

        @Override
        public PyType type() {
            return slots.type();
        }

        @Override
        public String repr() {
            String r = slots.repr(this);
            return r != null ? r : super.repr();
        }

        @Override
        public String str() {
            String r = slots.str(this);
            return r != null ? r : super.str();
        }

        @Override
        public boolean isTrue() {
            Boolean r = slots.isTrue(this);
            return r != null ? r : super.isTrue();
        }

        @Override
        public long hash() {
            Long r = slots.hash(this);
            return r != null ? r : super.hash();
        }

        @Override
        public PyObject richCompare(PyObject other, CompareOp op) {
            PyObject r = slots.richCompare(this, other, op);
            return r != null ? r : super.richCompare(other, op);
        }

        @Override
        public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
            PyObject r = slots.binaryOp(this, op, other, reflected);
            return r != null ? r : super.binaryOp(op, other, reflected);
        }

        @Override
        public PyObject inplaceOp(BinaryOp op, PyObject other) {
            PyObject r = slots.inplaceOp(this, op, other);
            return r != null && r != PyNotImplemented.INSTANCE ? r : super.inplaceOp(op, other);
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject r = slots.callObject(this, args, kwnames);
            return r != null ? r : super.call(args, kwnames);
        }

        @Override
        public PyObject lookupAttr(String name) {
            return slots.lookupAttr(this, name);
        }

        @Override
        public void setAttr(String name, PyObject value) {
            if (!slots.setAttr(this, name, value)) {
                super.setAttr(name, value);
            }
        }

        @Override
        public PyDict instanceDict() {
            return slots.instanceDict();
        }

        @Override
        public PyObject ownAttribute(String name) {
            return slots.ownAttribute(name);
        }

        @Override
        public Map<String, PyObject> attributeMap() {
            return slots.attributes();
        }

        @Override
        public int len() {
            return slots.overridesLen() ? slots.len(this) : super.len();
        }

        @Override
        public boolean contains(PyObject item) {
            Boolean r = slots.contains(this, item);
            return r != null ? r : super.contains(item);
        }

        @Override
        public PyObject iter() {
            PyObject r = slots.iter(this);
            return r != null ? r : super.iter();
        }

        @Override
        public PyObject getItem(PyObject key) {
            PyObject r = slots.call(this, "__getitem__", key);
            return r != null ? r : super.getItem(key);
        }

        @Override
        public void setItem(PyObject key, PyObject value) {
            if (!slots.setItem(this, key, value)) {
                super.setItem(key, value);
            }
        }

        @Override
        public void delItem(PyObject key) {
            if (!slots.delItem(this, key)) {
                super.delItem(key);
            }
        }

        @Override
        public PyObject negative() {
            PyObject r = slots.call(this, "__neg__");
            return r != null ? r : super.negative();
        }

        @Override
        public PyObject positive() {
            PyObject r = slots.call(this, "__pos__");
            return r != null ? r : super.positive();
        }

        @Override
        public PyObject invert() {
            PyObject r = slots.call(this, "__invert__");
            return r != null ? r : super.invert();
        }
    }

    /** An instance of a subclass of dict. */
    static final class OfDict extends PyDict implements SubclassInstance {
        private final SubclassSlots slots;

        OfDict(PyType type) {
            super();
            this.slots = new SubclassSlots(type);
        }

        @Override
        public SubclassSlots slots() {
            return slots;
        }

        @Override
        public PyType type() {
            return slots.type();
        }

        @Override
        public String repr() {
            String r = slots.repr(this);
            return r != null ? r : super.repr();
        }

        @Override
        public String str() {
            String r = slots.str(this);
            return r != null ? r : super.str();
        }

        @Override
        public boolean isTrue() {
            Boolean r = slots.isTrue(this);
            return r != null ? r : super.isTrue();
        }

        @Override
        public long hash() {
            Long r = slots.hash(this);
            return r != null ? r : super.hash();
        }

        @Override
        public PyObject richCompare(PyObject other, CompareOp op) {
            PyObject r = slots.richCompare(this, other, op);
            return r != null ? r : super.richCompare(other, op);
        }

        @Override
        public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
            PyObject r = slots.binaryOp(this, op, other, reflected);
            return r != null ? r : super.binaryOp(op, other, reflected);
        }

        @Override
        public PyObject inplaceOp(BinaryOp op, PyObject other) {
            PyObject r = slots.inplaceOp(this, op, other);
            return r != null && r != PyNotImplemented.INSTANCE ? r : super.inplaceOp(op, other);
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject r = slots.callObject(this, args, kwnames);
            return r != null ? r : super.call(args, kwnames);
        }

        @Override
        public PyObject lookupAttr(String name) {
            return slots.lookupAttr(this, name);
        }

        @Override
        public void setAttr(String name, PyObject value) {
            if (!slots.setAttr(this, name, value)) {
                super.setAttr(name, value);
            }
        }

        @Override
        public PyDict instanceDict() {
            return slots.instanceDict();
        }

        @Override
        public PyObject ownAttribute(String name) {
            return slots.ownAttribute(name);
        }

        @Override
        public Map<String, PyObject> attributeMap() {
            return slots.attributes();
        }

        @Override
        public int len() {
            return slots.overridesLen() ? slots.len(this) : super.len();
        }

        @Override
        public boolean contains(PyObject item) {
            Boolean r = slots.contains(this, item);
            return r != null ? r : super.contains(item);
        }

        @Override
        public PyObject iter() {
            PyObject r = slots.iter(this);
            return r != null ? r : super.iter();
        }

        @Override
        public PyObject getItem(PyObject key) {
            PyObject r = slots.call(this, "__getitem__", key);
            return r != null ? r : super.getItem(key);
        }

        @Override
        public void setItem(PyObject key, PyObject value) {
            if (!slots.setItem(this, key, value)) {
                super.setItem(key, value);
            }
        }

        @Override
        public void delItem(PyObject key) {
            if (!slots.delItem(this, key)) {
                super.delItem(key);
            }
        }

        @Override
        public PyObject negative() {
            PyObject r = slots.call(this, "__neg__");
            return r != null ? r : super.negative();
        }

        @Override
        public PyObject positive() {
            PyObject r = slots.call(this, "__pos__");
            return r != null ? r : super.positive();
        }

        @Override
        public PyObject invert() {
            PyObject r = slots.call(this, "__invert__");
            return r != null ? r : super.invert();
        }
    }

    /** An instance of a subclass of set or frozenset. */
    static final class OfSet extends PySet implements SubclassInstance {
        private final SubclassSlots slots;

        OfSet(PyType type, boolean frozen) {
            super(frozen);
            this.slots = new SubclassSlots(type);
        }

        @Override
        public SubclassSlots slots() {
            return slots;
        }

        @Override
        public PyType type() {
            return slots.type();
        }

        @Override
        public String repr() {
            String r = slots.repr(this);
            return r != null ? r : super.repr();
        }

        @Override
        public String str() {
            String r = slots.str(this);
            return r != null ? r : super.str();
        }

        @Override
        public boolean isTrue() {
            Boolean r = slots.isTrue(this);
            return r != null ? r : super.isTrue();
        }

        @Override
        public long hash() {
            Long r = slots.hash(this);
            return r != null ? r : super.hash();
        }

        @Override
        public PyObject richCompare(PyObject other, CompareOp op) {
            PyObject r = slots.richCompare(this, other, op);
            return r != null ? r : super.richCompare(other, op);
        }

        @Override
        public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
            PyObject r = slots.binaryOp(this, op, other, reflected);
            return r != null ? r : super.binaryOp(op, other, reflected);
        }

        @Override
        public PyObject inplaceOp(BinaryOp op, PyObject other) {
            PyObject r = slots.inplaceOp(this, op, other);
            return r != null && r != PyNotImplemented.INSTANCE ? r : super.inplaceOp(op, other);
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject r = slots.callObject(this, args, kwnames);
            return r != null ? r : super.call(args, kwnames);
        }

        @Override
        public PyObject lookupAttr(String name) {
            return slots.lookupAttr(this, name);
        }

        @Override
        public void setAttr(String name, PyObject value) {
            if (!slots.setAttr(this, name, value)) {
                super.setAttr(name, value);
            }
        }

        @Override
        public PyDict instanceDict() {
            return slots.instanceDict();
        }

        @Override
        public PyObject ownAttribute(String name) {
            return slots.ownAttribute(name);
        }

        @Override
        public Map<String, PyObject> attributeMap() {
            return slots.attributes();
        }

        @Override
        public int len() {
            return slots.overridesLen() ? slots.len(this) : super.len();
        }

        @Override
        public boolean contains(PyObject item) {
            Boolean r = slots.contains(this, item);
            return r != null ? r : super.contains(item);
        }

        @Override
        public PyObject iter() {
            PyObject r = slots.iter(this);
            return r != null ? r : super.iter();
        }

        @Override
        public PyObject negative() {
            PyObject r = slots.call(this, "__neg__");
            return r != null ? r : super.negative();
        }

        @Override
        public PyObject positive() {
            PyObject r = slots.call(this, "__pos__");
            return r != null ? r : super.positive();
        }

        @Override
        public PyObject invert() {
            PyObject r = slots.call(this, "__invert__");
            return r != null ? r : super.invert();
        }
    }

    /** An instance of a subclass of tuple. */
    static final class OfTuple extends PyTuple implements SubclassInstance {
        private final SubclassSlots slots;

        OfTuple(PyType type, PyObject[] items) {
            super(items);
            this.slots = new SubclassSlots(type);
        }

        @Override
        public SubclassSlots slots() {
            return slots;
        }

        @Override
        public PyType type() {
            return slots.type();
        }

        @Override
        public String repr() {
            String r = slots.repr(this);
            return r != null ? r : super.repr();
        }

        @Override
        public String str() {
            String r = slots.str(this);
            return r != null ? r : super.str();
        }

        @Override
        public boolean isTrue() {
            Boolean r = slots.isTrue(this);
            return r != null ? r : super.isTrue();
        }

        @Override
        public long hash() {
            Long r = slots.hash(this);
            return r != null ? r : super.hash();
        }

        @Override
        public PyObject richCompare(PyObject other, CompareOp op) {
            PyObject r = slots.richCompare(this, other, op);
            return r != null ? r : super.richCompare(other, op);
        }

        @Override
        public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
            PyObject r = slots.binaryOp(this, op, other, reflected);
            return r != null ? r : super.binaryOp(op, other, reflected);
        }

        @Override
        public PyObject inplaceOp(BinaryOp op, PyObject other) {
            PyObject r = slots.inplaceOp(this, op, other);
            return r != null && r != PyNotImplemented.INSTANCE ? r : super.inplaceOp(op, other);
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject r = slots.callObject(this, args, kwnames);
            return r != null ? r : super.call(args, kwnames);
        }

        @Override
        public PyObject lookupAttr(String name) {
            return slots.lookupAttr(this, name);
        }

        @Override
        public void setAttr(String name, PyObject value) {
            if (!slots.setAttr(this, name, value)) {
                super.setAttr(name, value);
            }
        }

        @Override
        public PyDict instanceDict() {
            return slots.instanceDict();
        }

        @Override
        public PyObject ownAttribute(String name) {
            return slots.ownAttribute(name);
        }

        @Override
        public Map<String, PyObject> attributeMap() {
            return slots.attributes();
        }

        @Override
        public int len() {
            return slots.overridesLen() ? slots.len(this) : super.len();
        }

        @Override
        public boolean contains(PyObject item) {
            Boolean r = slots.contains(this, item);
            return r != null ? r : super.contains(item);
        }

        @Override
        public PyObject iter() {
            PyObject r = slots.iter(this);
            return r != null ? r : super.iter();
        }

        @Override
        public PyObject getItem(PyObject key) {
            PyObject r = slots.call(this, "__getitem__", key);
            return r != null ? r : super.getItem(key);
        }

        @Override
        public PyObject negative() {
            PyObject r = slots.call(this, "__neg__");
            return r != null ? r : super.negative();
        }

        @Override
        public PyObject positive() {
            PyObject r = slots.call(this, "__pos__");
            return r != null ? r : super.positive();
        }

        @Override
        public PyObject invert() {
            PyObject r = slots.call(this, "__invert__");
            return r != null ? r : super.invert();
        }
    }

    /** An instance of a subclass of str. */
    static final class OfStr extends PyStr implements SubclassInstance {
        private final SubclassSlots slots;

        OfStr(PyType type, String value) {
            super(value);
            this.slots = new SubclassSlots(type);
        }

        @Override
        public SubclassSlots slots() {
            return slots;
        }

        @Override
        public PyType type() {
            return slots.type();
        }

        @Override
        public String repr() {
            String r = slots.repr(this);
            return r != null ? r : super.repr();
        }

        @Override
        public String str() {
            String r = slots.str(this);
            return r != null ? r : super.str();
        }

        @Override
        public boolean isTrue() {
            Boolean r = slots.isTrue(this);
            return r != null ? r : super.isTrue();
        }

        @Override
        public long hash() {
            Long r = slots.hash(this);
            return r != null ? r : super.hash();
        }

        @Override
        public PyObject richCompare(PyObject other, CompareOp op) {
            PyObject r = slots.richCompare(this, other, op);
            return r != null ? r : super.richCompare(other, op);
        }

        @Override
        public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
            PyObject r = slots.binaryOp(this, op, other, reflected);
            return r != null ? r : super.binaryOp(op, other, reflected);
        }

        @Override
        public PyObject inplaceOp(BinaryOp op, PyObject other) {
            PyObject r = slots.inplaceOp(this, op, other);
            return r != null && r != PyNotImplemented.INSTANCE ? r : super.inplaceOp(op, other);
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject r = slots.callObject(this, args, kwnames);
            return r != null ? r : super.call(args, kwnames);
        }

        @Override
        public PyObject lookupAttr(String name) {
            return slots.lookupAttr(this, name);
        }

        @Override
        public void setAttr(String name, PyObject value) {
            if (!slots.setAttr(this, name, value)) {
                super.setAttr(name, value);
            }
        }

        @Override
        public PyDict instanceDict() {
            return slots.instanceDict();
        }

        @Override
        public PyObject ownAttribute(String name) {
            return slots.ownAttribute(name);
        }

        @Override
        public Map<String, PyObject> attributeMap() {
            return slots.attributes();
        }

        @Override
        public int len() {
            return slots.overridesLen() ? slots.len(this) : super.len();
        }

        @Override
        public boolean contains(PyObject item) {
            Boolean r = slots.contains(this, item);
            return r != null ? r : super.contains(item);
        }

        @Override
        public PyObject iter() {
            PyObject r = slots.iter(this);
            return r != null ? r : super.iter();
        }

        @Override
        public PyObject getItem(PyObject key) {
            PyObject r = slots.call(this, "__getitem__", key);
            return r != null ? r : super.getItem(key);
        }

        @Override
        public PyObject negative() {
            PyObject r = slots.call(this, "__neg__");
            return r != null ? r : super.negative();
        }

        @Override
        public PyObject positive() {
            PyObject r = slots.call(this, "__pos__");
            return r != null ? r : super.positive();
        }

        @Override
        public PyObject invert() {
            PyObject r = slots.call(this, "__invert__");
            return r != null ? r : super.invert();
        }
    }

    /** An instance of a subclass of int. */
    static final class OfInt extends PyInt implements SubclassInstance {
        private final SubclassSlots slots;

        OfInt(PyType type, PyInt value) {
            super(value);
            this.slots = new SubclassSlots(type);
        }

        @Override
        public SubclassSlots slots() {
            return slots;
        }

        @Override
        public PyType type() {
            return slots.type();
        }

        @Override
        public String repr() {
            String r = slots.repr(this);
            return r != null ? r : super.repr();
        }

        @Override
        public String str() {
            String r = slots.str(this);
            return r != null ? r : super.str();
        }

        @Override
        public boolean isTrue() {
            Boolean r = slots.isTrue(this);
            return r != null ? r : super.isTrue();
        }

        @Override
        public long hash() {
            Long r = slots.hash(this);
            return r != null ? r : super.hash();
        }

        @Override
        public PyObject richCompare(PyObject other, CompareOp op) {
            PyObject r = slots.richCompare(this, other, op);
            return r != null ? r : super.richCompare(other, op);
        }

        @Override
        public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
            PyObject r = slots.binaryOp(this, op, other, reflected);
            return r != null ? r : super.binaryOp(op, other, reflected);
        }

        @Override
        public PyObject inplaceOp(BinaryOp op, PyObject other) {
            PyObject r = slots.inplaceOp(this, op, other);
            return r != null && r != PyNotImplemented.INSTANCE ? r : super.inplaceOp(op, other);
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject r = slots.callObject(this, args, kwnames);
            return r != null ? r : super.call(args, kwnames);
        }

        @Override
        public PyObject lookupAttr(String name) {
            return slots.lookupAttr(this, name);
        }

        @Override
        public void setAttr(String name, PyObject value) {
            if (!slots.setAttr(this, name, value)) {
                super.setAttr(name, value);
            }
        }

        @Override
        public PyDict instanceDict() {
            return slots.instanceDict();
        }

        @Override
        public PyObject ownAttribute(String name) {
            return slots.ownAttribute(name);
        }

        @Override
        public Map<String, PyObject> attributeMap() {
            return slots.attributes();
        }

        @Override
        public PyObject negative() {
            PyObject r = slots.call(this, "__neg__");
            return r != null ? r : super.negative();
        }

        @Override
        public PyObject positive() {
            PyObject r = slots.call(this, "__pos__");
            return r != null ? r : super.positive();
        }

        @Override
        public PyObject invert() {
            PyObject r = slots.call(this, "__invert__");
            return r != null ? r : super.invert();
        }
    }

    /** An instance of a subclass of float. */
    static final class OfFloat extends PyFloat implements SubclassInstance {
        private final SubclassSlots slots;

        OfFloat(PyType type, double value) {
            super(value);
            this.slots = new SubclassSlots(type);
        }

        @Override
        public SubclassSlots slots() {
            return slots;
        }

        @Override
        public PyType type() {
            return slots.type();
        }

        @Override
        public String repr() {
            String r = slots.repr(this);
            return r != null ? r : super.repr();
        }

        @Override
        public String str() {
            String r = slots.str(this);
            return r != null ? r : super.str();
        }

        @Override
        public boolean isTrue() {
            Boolean r = slots.isTrue(this);
            return r != null ? r : super.isTrue();
        }

        @Override
        public long hash() {
            Long r = slots.hash(this);
            return r != null ? r : super.hash();
        }

        @Override
        public PyObject richCompare(PyObject other, CompareOp op) {
            PyObject r = slots.richCompare(this, other, op);
            return r != null ? r : super.richCompare(other, op);
        }

        @Override
        public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
            PyObject r = slots.binaryOp(this, op, other, reflected);
            return r != null ? r : super.binaryOp(op, other, reflected);
        }

        @Override
        public PyObject inplaceOp(BinaryOp op, PyObject other) {
            PyObject r = slots.inplaceOp(this, op, other);
            return r != null && r != PyNotImplemented.INSTANCE ? r : super.inplaceOp(op, other);
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject r = slots.callObject(this, args, kwnames);
            return r != null ? r : super.call(args, kwnames);
        }

        @Override
        public PyObject lookupAttr(String name) {
            return slots.lookupAttr(this, name);
        }

        @Override
        public void setAttr(String name, PyObject value) {
            if (!slots.setAttr(this, name, value)) {
                super.setAttr(name, value);
            }
        }

        @Override
        public PyDict instanceDict() {
            return slots.instanceDict();
        }

        @Override
        public PyObject ownAttribute(String name) {
            return slots.ownAttribute(name);
        }

        @Override
        public Map<String, PyObject> attributeMap() {
            return slots.attributes();
        }

        @Override
        public PyObject negative() {
            PyObject r = slots.call(this, "__neg__");
            return r != null ? r : super.negative();
        }

        @Override
        public PyObject positive() {
            PyObject r = slots.call(this, "__pos__");
            return r != null ? r : super.positive();
        }
    }
}
