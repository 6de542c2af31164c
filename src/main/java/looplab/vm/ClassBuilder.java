package looplab.vm;

import java.util.LinkedHashMap;
import java.util.Map;

/** Executes a class statement: runs the body in a fresh namespace, then makes the class (builtins.__build_class__). */
final class ClassBuilder {
    private ClassBuilder() {
    }

    static PyObject build(Interpreter interp, PyFunction body, String name, PyObject[] originalBases,
                          PyObject explicitMeta, PyDict keywords) {
        PyObject[] baseObjects = resolveBases(originalBases);
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
        if (baseObjects != originalBases) {
            namespace.put("__orig_bases__", new PyTuple(originalBases.clone()));
        }
        Frame frame = interp.runClassBody(body, namespace);
        PyType meta = metaclass(explicitMeta, bases);
        PyObject made;
        if (meta == PyType.TYPE) {
            made = create(PyType.TYPE, name, bases, namespace, keywords);
        } else {
            // A metaclass gets the class statement's parts and decides what the class is (type.__call__ protocol).
            PyDict ns = new PyDict();
            namespace.forEach((k, v) -> ns.put(PyStr.of(k), v));
            PyObject[] args = {PyStr.of(name), new PyTuple(baseObjects.clone()), ns};
            made = meta.call(Args.withKeywords(args, keywords), Args.keywordNames(keywords));
        }
        if (made instanceof PyType type) {
            setClassCell(frame, type);
        }
        return made;
    }

    /**
     * As CPython's update_bases: a base that is not a class but has __mro_entries__ (typing.NamedTuple, List[int])
     * is replaced by the classes that method names. Returns the same array when nothing was replaced.
     */
    private static PyObject[] resolveBases(PyObject[] bases) {
        java.util.List<PyObject> resolved = new java.util.ArrayList<>();
        boolean replaced = false;
        for (PyObject base : bases) {
            PyObject entries = base instanceof PyType ? null : base.lookupAttr("__mro_entries__");
            if (entries == null) {
                resolved.add(base);
                continue;
            }
            PyObject result = entries.call(new PyTuple(bases.clone()));
            if (!(result instanceof PyTuple tuple)) {
                throw Errors.typeError("__mro_entries__ must return a tuple");
            }
            resolved.addAll(java.util.List.of(tuple.items));
            replaced = true;
        }
        return replaced ? resolved.toArray(new PyObject[0]) : bases;
    }

    /** type.__new__(meta, name, bases, namespace): the class object itself, with __set_name__ and __init_subclass__. */
    static PyType create(PyType meta, String name, PyType[] bases, Map<String, PyObject> namespace,
                         PyDict keywords) {
        Map<String, PyObject> ns = new LinkedHashMap<>(namespace);
        PyObject qual = ns.remove("__qualname__");
        String qualname = qual == null ? name : qual.str();
        PyObject module = ns.get("__module__");
        PyType type = PyType.userClass(name, qualname, module == null ? "__main__" : module.str(), bases, ns);
        if (meta != PyType.TYPE) {
            type.setMetatype(meta);
        }
        setNames(type, ns);
        initSubclass(type, keywords);
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

    /**
     * As type.__new__ does: the nearest base's __init_subclass__ (an implicit classmethod) sees the new class and
     * the class statement's keywords (class Child(Base, tag="kid")).
     */
    private static void initSubclass(PyType type, PyDict keywords) {
        PyType[] mro = type.mro();
        for (int i = 1; i < mro.length; i++) {
            PyObject hook = mro[i].dict().get("__init_subclass__");
            if (hook != null) {
                hook.descrGet(null, type).call(Args.withKeywords(new PyObject[0], keywords),
                        Args.keywordNames(keywords));
                return;
            }
        }
    }

    /** The explicit metaclass, or the most derived metaclass of the bases (type for ordinary classes). */
    private static PyType metaclass(PyObject explicit, PyType[] bases) {
        if (explicit != null) {
            if (!(explicit instanceof PyType t)) {
                throw Errors.typeError("metaclass must be a class");
            }
            return t;
        }
        PyType winner = PyType.TYPE;
        for (PyType base : bases) {
            PyType m = base.type();
            if (m.isSubtypeOf(winner)) {
                winner = m;
            } else if (!winner.isSubtypeOf(m)) {
                throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict)"
                        + " subclass of the metaclasses of all its bases");
            }
        }
        return winner;
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
