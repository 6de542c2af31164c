package looplab.vm;

/** None. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone();
    static final PyType TYPE = PyType.builtin("NoneType", PyNone.class);

    private PyNone() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "None";
    }

    @Override
    public boolean isTrue() {
        return false;
    }

    @Override
    public long hash() {
        return 0xFCA86420L;
    }
}
