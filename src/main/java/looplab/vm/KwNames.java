package looplab.vm;

/** A constant holding the keyword names of one call site (CPython's KW_NAMES tuple). */
final class KwNames extends PyObject {
    static final PyType TYPE = PyType.builtin("kwnames", KwNames.class);
    final String[] names;

    KwNames(String[] names) {
        this.names = names;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
