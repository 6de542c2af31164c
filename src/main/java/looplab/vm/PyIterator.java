package looplab.vm;

/** Base of the builtin iterators: iter(it) is it, and next() returns null when exhausted. */
public abstract class PyIterator extends PyObject {
    private final PyType type;

    protected PyIterator(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public abstract PyObject next();

    @Override
    public String repr() {
        return "<" + type.name() + " object>";
    }
}
