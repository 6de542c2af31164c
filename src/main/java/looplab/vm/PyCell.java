package looplab.vm;

/** A closure cell: a variable shared between a function and the inner functions that capture it. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyCell.class);
    public PyObject value;

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<cell>";
    }
}
