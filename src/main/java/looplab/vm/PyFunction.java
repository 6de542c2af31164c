package looplab.vm;

import java.util.Map;

/** A function defined in Python (def, lambda, comprehension body, class body). */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("function", PyFunction.class);

    public final Interpreter interpreter;
    public final PyCode code;
    public final Map<String, PyObject> globals;
    public final PyObject[] defaults;
    public final PyDict kwDefaults;
    public final PyCell[] closure;
    public PyDict annotations;
    private String name;
    private String qualname;
    private PyObject module;
    private PyObject doc = PyNone.NONE;
    private PyInstance attributes;

    public PyFunction(Interpreter interpreter, PyCode code, Map<String, PyObject> globals, PyObject[] defaults,
                      PyDict kwDefaults, PyCell[] closure) {
        this.interpreter = interpreter;
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        this.doc = code.doc == null ? PyNone.NONE : PyStr.of(code.doc);
        PyObject moduleName = globals.get("__name__");
        this.module = moduleName == null ? PyNone.NONE : moduleName;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        Frame frame = interpreter.newFrame(this, args, kwnames);
        if (code.isResumable()) {
            return PyGenerator.create(frame, this);
        }
        return interpreter.execute(frame);
    }

    @Override
    public PyObject descrGet(PyObject instance, PyType owner) {
        return instance == null ? this : new PyMethod(instance, this);
    }

    @Override
    public PyObject lookupAttr(String attr) {
        return switch (attr) {
            case "__name__" -> PyStr.of(name);
            case "__qualname__" -> PyStr.of(qualname);
            case "__module__" -> module;
            case "__doc__" -> doc;
            case "__defaults__" -> defaults.length == 0 ? PyNone.NONE : new PyTuple(defaults.clone());
            case "__kwdefaults__" -> kwDefaults == null ? PyNone.NONE : kwDefaults;
            case "__annotations__" -> annotations();
            case "__code__" -> new PyCode.Const(code);
            case "__wrapped__", "__dict__" -> attributes == null ? (attr.equals("__dict__") ? new PyDict() : null)
                    : attr.equals("__dict__") ? attributes.instanceDict() : attributes.ownAttribute(attr);
            default -> {
                PyObject own = attributes == null ? null : attributes.ownAttribute(attr);
                yield own != null ? own : super.lookupAttr(attr);
            }
        };
    }

    public PyDict annotations() {
        if (annotations == null) {
            annotations = new PyDict();
        }
        return annotations;
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        switch (attr) {
            case "__name__" -> name = value.str();
            case "__qualname__" -> qualname = value.str();
            case "__module__" -> module = value;
            case "__doc__" -> doc = value;
            case "__annotations__" -> {
                if (!(value instanceof PyDict d)) {
                    throw Errors.typeError("__annotations__ must be set to a dict object");
                }
                annotations = d;
            }
            default -> {
                if (attributes == null) {
                    attributes = new PyInstance(PyType.OBJECT);
                }
                attributes.attributes().put(attr, value);
            }
        }
    }

    @Override
    public String repr() {
        return "<function " + qualname + ">";
    }
}
