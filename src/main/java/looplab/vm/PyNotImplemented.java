package looplab.vm;

/** The NotImplemented singleton that operator slots return to let the other operand try. */
public final class PyNotImplemented extends PyObject {
    public static final PyNotImplemented INSTANCE = new PyNotImplemented();
    static final PyType TYPE = PyType.builtin("NotImplementedType", PyNotImplemented.class);

    private PyNotImplemented() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "NotImplemented";
    }
}
