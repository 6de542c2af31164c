package looplab.vm;

import java.util.LinkedHashMap;
import java.util.Map;

/** Executes a class statement: runs the body in a fresh namespace, then makes the class (builtins.__build_class__). */
final class ClassBuilder {
    private ClassBuilder() {
    }

    static PyType build(Interpreter interp, PyFunction body, String name, PyObject[] baseObjects) {
        PyType[] bases = new PyType[baseObjects.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(baseObjects[i] instanceof PyType t)) {
                throw Errors.typeError("bases must be types");
            }
            bases[i] = t;
        }
        Map<String, PyObject> namespace = new LinkedHashMap<>();
        PyObject module = body.globals.get("__name__");
        namespace.put("__module__", module == null ? PyStr.of("__main__") : module);
        namespace.put("__qualname__", PyStr.of(body.code.qualname));
        Frame frame = interp.runClassBody(body, namespace);
        String qualname = namespace.remove("__qualname__").str();
        String moduleName = namespace.get("__module__").str();
        PyType type = PyType.userClass(name, qualname, moduleName, bases, namespace);
        setClassCell(frame, type);
        setNames(type, namespace);
        initSubclass(type);
        return type;
    }

    /** As type.__new__ does: each attribute that defines __set_name__ learns its owner and name. */
    private static void setNames(PyType type, Map<String, PyObject> namespace) {
        for (Map.Entry<String, PyObject> entry : new LinkedHashMap<>(namespace).entrySet()) {
            PyObject setName = entry.getValue().type().lookup("__set_name__");
            if (setName != null) {
                Calls.callMethod(setName, entry.getValue(), new PyObject[] {type, PyStr.of(entry.getKey())},
                        Args.NO_KEYWORDS);
            }
        }
    }

    /** As type.__new__ does: the nearest base's __init_subclass__ (an implicit classmethod) sees the new class. */
    private static void initSubclass(PyType type) {
        PyType[] mro = type.mro();
        for (int i = 1; i < mro.length; i++) {
            PyObject hook = mro[i].dict().get("__init_subclass__");
            if (hook != null) {
                hook.descrGet(null, type).call(new PyObject[0], Args.NO_KEYWORDS);
                return;
            }
        }
    }

    /** The cell behind zero-argument super() and __class__ in methods (CPython's __classcell__). */
    private static void setClassCell(Frame frame, PyType type) {
        String[] cellvars = frame.code.cellvars;
        for (int i = 0; i < cellvars.length; i++) {
            if (cellvars[i].equals("__class__")) {
                frame.cells[i].value = type;
            }
        }
    }
}
