package looplab.vm;

import java.util.HashMap;
import java.util.Map;

/** A module: a named namespace. The program itself runs as the module {@code __main__}. */
public final class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyModule.class);

    private final String name;
    public final Map<String, PyObject> dict = new HashMap<>();

    public PyModule(String name) {
        this.name = name;
        dict.put("__name__", PyStr.of(name));
    }

    public String name() {
        return name;
    }

    public PyModule add(String attr, PyObject value) {
        dict.put(attr, value);
        return this;
    }

    public PyModule function(String fname, PyBuiltinFunction.Body body) {
        dict.put(fname, new PyBuiltinFunction(fname, name + "." + fname, body));
        return this;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String attr) {
        PyObject v = dict.get(attr);
        if (v != null) {
            return v;
        }
        return attr.equals("__dict__") ? instanceDict() : null;
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        dict.put(attr, value);
    }

    @Override
    public void delAttr(String attr) {
        if (dict.remove(attr) == null) {
            throw Errors.noAttribute(this, attr);
        }
    }

    @Override
    public PyDict instanceDict() {
        PyDict d = new PyDict();
        dict.forEach((k, v) -> d.put(PyStr.of(k), v));
        return d;
    }

    @Override
    public String repr() {
        return "<module '" + name + "'>";
    }
}
