package looplab.vm;

/** A function implemented in Java: a builtin, a method of a builtin type, or a function of a builtin module. */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyBuiltinFunction.class);

    /** The Java body: args are positional then keyword values, named by kwnames (vectorcall convention). */
    @FunctionalInterface
    public interface Body {
        PyObject call(PyObject[] args, String[] kwnames);
    }

    private final String name;
    private final String qualname;
    private final Body body;
    private boolean onObject;
    private final boolean dunder;

    public PyBuiltinFunction(String name, String qualname, Body body) {
        this.name = name;
        this.qualname = qualname;
        this.body = body;
        this.dunder = name.startsWith("__") && name.endsWith("__");
    }

    public PyBuiltinFunction(String name, Body body) {
        this(name, name, body);
    }

    /** Marks a default inherited from object (object.__eq__ …) so "does the class define X" ignores it. */
    PyBuiltinFunction markOnObject() {
        onObject = true;
        return this;
    }

    boolean definedOnObject() {
        return onObject;
    }

    public String name() {
        return name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        // A builtin type's dunder called on an instance of a subclass (super().__getitem__(k)) is the builtin's slot.
        if (dunder && !onObject && args.length > 0 && args[0] instanceof SubclassInstance s) {
            return s.slots().callBuiltinDunder(name, body, args, kwnames);
        }
        return body.call(args, kwnames);
    }

    @Override
    public PyObject descrGet(PyObject instance, PyType owner) {
        return instance == null ? this : new PyMethod(instance, this);
    }

    @Override
    public String repr() {
        return qualname.contains(".") ? "<method '" + name + "'>" : "<built-in function " + name + ">";
    }
}
