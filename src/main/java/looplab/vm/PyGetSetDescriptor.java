package looplab.vm;

import java.util.function.Function;

/** A read-only attribute of a builtin type computed in Java (int.real, range.start): CPython's getset_descriptor. */
final class PyGetSetDescriptor extends PyObject {
    static final PyType TYPE = PyType.builtin("getset_descriptor", PyGetSetDescriptor.class);

    private final PyType owner;
    private final String name;
    private final Function<PyObject, PyObject> getter;

    PyGetSetDescriptor(PyType owner, String name, Function<PyObject, PyObject> getter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject descrGet(PyObject instance, PyType type) {
        return instance == null ? this : getter.apply(instance);
    }

    @Override
    public boolean isDataDescriptor() {
        return true;
    }

    @Override
    public void descrSet(PyObject instance, PyObject value) {
        throw Errors.attributeError("attribute '" + name + "' of '" + owner.name() + "' objects is not writable");
    }

    @Override
    public String repr() {
        return "<attribute '" + name + "' of '" + owner.name() + "' objects>";
    }
}
