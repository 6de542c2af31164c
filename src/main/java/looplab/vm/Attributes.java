package looplab.vm;

/** Generic attribute access (CPython's PyObject_GenericGetAttr / SetAttr): descriptors, then instance dicts. */
final class Attributes {
    private Attributes() {
    }

    static PyObject genericLookup(PyObject obj, String name) {
        PyType type = obj.type();
        PyObject descriptor = type.lookup(name);
        if (descriptor != null && descriptor.isDataDescriptor()) {
            return descriptor.descrGet(obj, type);
        }
        PyObject own = obj.ownAttribute(name);
        if (own != null) {
            return own;
        }
        if (descriptor != null) {
            return descriptor.descrGet(obj, type);
        }
        return special(obj, name);
    }

    private static PyObject special(PyObject obj, String name) {
        return switch (name) {
            case "__class__" -> obj.type();
            case "__dict__" -> obj.instanceDict();
            case "__doc__" -> PyNone.NONE;
            default -> null;
        };
    }

    static void genericSet(PyObject obj, String name, PyObject value) {
        PyObject descriptor = obj.type().lookup(name);
        if (descriptor != null && descriptor.isDataDescriptor()) {
            descriptor.descrSet(obj, value);
            return;
        }
        if (obj instanceof PyInstance instance && name.equals("__class__") && value instanceof PyType t) {
            instance.setType(t);
            return;
        }
        java.util.Map<String, PyObject> attributes = obj.attributeMap();
        if (attributes != null) {
            attributes.put(name, value);
            return;
        }
        if (obj.type().lookup(name) != null) {
            throw Errors.attributeError("'" + obj.type().name() + "' object attribute '" + name + "' is read-only");
        }
        throw Errors.attributeError("'" + obj.type().name() + "' object has no attribute '" + name + "'");
    }

    static void genericDelete(PyObject obj, String name) {
        PyObject descriptor = obj.type().lookup(name);
        if (descriptor != null && descriptor.isDataDescriptor()) {
            descriptor.descrSet(obj, null);
            return;
        }
        if (obj.ownAttribute(name) != null) {
            obj.attributeMap().remove(name);
            return;
        }
        throw Errors.noAttribute(obj, name);
    }
}
