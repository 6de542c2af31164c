package looplab.vm;

/** Registers the methods of the builtin classes (object, exceptions, generators) and of the *Methods classes. */
final class BuiltinTypes {
    private static boolean installed;

    private BuiltinTypes() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        installObject();
        installExceptions();
        installGenerators();
        StrMethods.install();
        BytesMethods.install();
        ListMethods.install();
        DictMethods.install();
        SetMethods.install();
        NumberMethods.install();
        RangeSliceMethods.install();
        Constructors.installSubclassing();
        SlotWrappers.install();
    }

    private static void installObject() {
        PyType o = PyType.OBJECT;
        o.attribute("__init__", onObject("__init__", (a, k) -> {
            if (a.length > 1 && a[0].type().lookup("__init__") instanceof PyBuiltinFunction) {
                throw Errors.typeError(a[0].type().name() + "() takes no arguments");
            }
            if (a.length > 1 || k.length > 0) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            return PyNone.NONE;
        }));
        o.attribute("__repr__", onObject("__repr__", (a, k) -> PyStr.of(defaultRepr(a[0]))));
        o.attribute("__str__", onObject("__str__", (a, k) -> PyStr.of(a[0].repr())));
        o.attribute("__eq__", onObject("__eq__", (a, k) -> a[0] == a[1] ? PyBool.TRUE : PyNotImplemented.INSTANCE));
        o.attribute("__ne__", onObject("__ne__", (a, k) -> {
            PyObject eq = Ops.compare(a[0], a[1], CompareOp.EQ);
            return PyBool.of(!eq.isTrue());
        }));
        o.attribute("__hash__", onObject("__hash__", (a, k) -> PyInt.of(System.identityHashCode(a[0]))));
        for (String ordering : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            // As object's slot wrappers in CPython: present (hasattr is True) and answering NotImplemented.
            o.attribute(ordering, onObject(ordering, (a, k) -> PyNotImplemented.INSTANCE));
        }
        o.attribute("__setattr__", onObject("__setattr__", (a, k) -> {
            Attributes.genericSet(a[0], ((PyStr) a[1]).value, a[2]);
            return PyNone.NONE;
        }));
        o.attribute("__getattribute__", onObject("__getattribute__", (a, k) -> a[0].getAttr(((PyStr) a[1]).value)));
        o.attribute("__delattr__", onObject("__delattr__", (a, k) -> {
            Attributes.genericDelete(a[0], ((PyStr) a[1]).value);
            return PyNone.NONE;
        }));
        o.attribute("__format__", onObject("__format__", (a, k) -> {
            String spec = ((PyStr) a[1]).value;
            if (!spec.isEmpty()) {
                throw Errors.typeError("unsupported format string passed to " + a[0].type().name() + ".__format__");
            }
            return PyStr.of(a[0].str());
        }));
        // A classmethod, as CPython's: its refusal of leftover class keywords names the class.
        o.attribute("__init_subclass__", Descriptors.CLASSMETHOD.call(onObject("__init_subclass__", (a, k) -> {
            if (k.length > 0) {
                throw Errors.typeError(((PyType) a[0]).qualname() + ".__init_subclass__() takes no keyword arguments");
            }
            return PyNone.NONE;
        })));
        o.attribute("__new__", onObject("__new__", (a, k) -> {
            PyType t = (PyType) a[0];
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length - k.length);
            return t.factory().create(t, t.factory() == PyType.OBJECT.factory() ? new PyObject[0] : rest, Args.NO_KEYWORDS);
        }));
        PyType.TYPE.acceptSubclasses().factory(BuiltinTypes::newType);
        PyType.TYPE.attribute("__new__", new PyBuiltinFunction("__new__", "type.__new__", (a, k) -> {
            if (a.length == 2) {
                return a[1].type();
            }
            return newType((PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k);
        }));
        PyType.TYPE.method("__call__", (a, k) -> ((PyType) a[0]).construct(
                java.util.Arrays.copyOfRange(a, 1, a.length), k));
        PyType.TYPE.method("__init__", (a, k) -> PyNone.NONE);
        PyType.TYPE.method("mro", (a, k) -> new PyList(((PyType) a[0]).mro().clone()));
        PyType.TYPE.method("__subclasses__", (a, k) -> new PyList());
    }

    /** type(name, bases, namespace) and metaclasses' super().__new__: a new class made at run time. */
    private static PyObject newType(PyType meta, PyObject[] args, String[] kwnames) {
        PyObject[] a = Args.positional(args, kwnames);
        if (a.length != 3) {
            throw Errors.typeError("type() takes 1 or 3 arguments");
        }
        PyObject[] baseObjects = Sequences.toArray(a[1]);
        PyType[] bases = new PyType[baseObjects.length];
        for (int i = 0; i < bases.length; i++) {
            bases[i] = (PyType) baseObjects[i];
        }
        java.util.Map<String, PyObject> ns = new java.util.LinkedHashMap<>();
        ((PyDict) a[2]).map().forEach((key, value) -> ns.put(key.str(), value));
        PyDict keywords = new PyDict();
        for (int i = 0; i < kwnames.length; i++) {
            keywords.put(PyStr.of(kwnames[i]), args[a.length + i]);
        }
        return ClassBuilder.create(meta, a[0].str(), bases, ns, keywords);
    }

    private static PyBuiltinFunction onObject(String name, PyBuiltinFunction.Body body) {
        return new PyBuiltinFunction(name, "object." + name, body).markOnObject();
    }

    static String defaultRepr(PyObject o) {
        PyType t = o.type();
        String name = t.module().equals("builtins") ? t.qualname() : t.module() + "." + t.qualname();
        return "<" + name + " object at 0x" + String.format("%012x", System.identityHashCode(o) * 16L) + ">";
    }

    private static void installExceptions() {
        PyType be = ExceptionTypes.BASE_EXCEPTION;
        be.method("__init__", (a, k) -> {
            ((PyBaseException) a[0]).args = new PyTuple(java.util.Arrays.copyOfRange(Args.positional(a, k), 1,
                    a.length - k.length));
            return PyNone.NONE;
        });
        be.method("__str__", (a, k) -> PyStr.of(((PyBaseException) a[0]).defaultStr()));
        be.method("__repr__", (a, k) -> PyStr.of(((PyBaseException) a[0]).repr()));
        for (PyType codecError : new PyType[] {ExceptionTypes.UNICODE_DECODE_ERROR, ExceptionTypes.UNICODE_ENCODE_ERROR}) {
            String[] fields = {"encoding", "object", "start", "end", "reason"};
            for (int i = 0; i < fields.length; i++) {
                int field = i;
                BuiltinMethods.attribute(codecError, fields[i], e -> ((PyBaseException) e).args.get(field));
            }
        }
        be.method("with_traceback", (a, k) -> a[0]);
        be.method("add_note", (a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            if (e.notes == null) {
                e.notes = new java.util.ArrayList<>();
            }
            e.notes.add(a[1].str());
            return PyNone.NONE;
        });
    }

    private static void installGenerators() {
        for (PyType t : new PyType[] {PyGenerator.GENERATOR_TYPE, PyGenerator.COROUTINE_TYPE}) {
            t.method("send", (a, k) -> {
                PyGenerator g = (PyGenerator) a[0];
                PyObject r = g.send(a.length > 1 ? a[1] : PyNone.NONE);
                if (g.finished()) {
                    throw Errors.stopIteration(r);
                }
                return r;
            });
            t.method("throw", (a, k) -> {
                PyGenerator g = (PyGenerator) a[0];
                PyObject r = g.throwInto(CallSupport.instantiate(a[1] instanceof PyType && a.length > 2
                        ? ((PyType) a[1]).call(a[2]) : a[1]));
                if (g.finished()) {
                    throw Errors.stopIteration(r);
                }
                return r;
            });
            t.method("close", (a, k) -> {
                ((PyGenerator) a[0]).close();
                return PyNone.NONE;
            });
        }
        PyGenerator.GENERATOR_TYPE.method("__next__", (a, k) -> {
            PyObject r = a[0].next();
            if (r == null) {
                throw Errors.stopIteration(((PyGenerator) a[0]).returnValue());
            }
            return r;
        });
        PyGenerator.GENERATOR_TYPE.method("__iter__", (a, k) -> a[0]);
        PyGenerator.COROUTINE_TYPE.method("__await__", (a, k) -> a[0]);
        PyType ag = PyGenerator.ASYNC_GENERATOR_TYPE;
        ag.method("__aiter__", (a, k) -> a[0]);
        ag.method("__anext__", (a, k) -> new AsyncGenStep((PyGenerator) a[0], AsyncGenStep.Mode.SEND, PyNone.NONE));
        ag.method("asend", (a, k) -> new AsyncGenStep((PyGenerator) a[0], AsyncGenStep.Mode.SEND, a[1]));
        ag.method("athrow", (a, k) -> new AsyncGenStep((PyGenerator) a[0], AsyncGenStep.Mode.THROW,
                CallSupport.instantiate(a[1])));
        ag.method("aclose", (a, k) -> new AsyncGenStep((PyGenerator) a[0], AsyncGenStep.Mode.CLOSE, PyNone.NONE));
        AsyncGenStep.TYPE.method("__await__", (a, k) -> a[0]);
    }
}
