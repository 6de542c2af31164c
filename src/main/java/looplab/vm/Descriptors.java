package looplab.vm;

/** property, staticmethod, classmethod and super: the descriptors classes are built from. */
final class Descriptors {
    static final PyType PROPERTY = PyType.builtin("property", Property.class)
            .factory((t, a, k) -> {
                PyObject[] b = Args.bind("property", a, k, 0, "fget", "fset", "fdel", "doc");
                return new Property(b[0], b[1], b[2]);
            });
    static final PyType STATICMETHOD = PyType.builtin("staticmethod", Wrapper.class)
            .factory((t, a, k) -> {
                Args.exactly("staticmethod", a, k, 1);
                return new Wrapper(Descriptors.STATICMETHOD, a[0]);
            });
    static final PyType CLASSMETHOD = PyType.builtin("classmethod", Wrapper.class)
            .factory((t, a, k) -> {
                Args.exactly("classmethod", a, k, 1);
                return new Wrapper(Descriptors.CLASSMETHOD, a[0]);
            });
    static final PyType SUPER = PyType.builtin("super", Super.class)
            .factory((t, a, k) -> {
                if (a.length != 2 || !(a[0] instanceof PyType start)) {
                    throw Errors.runtimeError("super(): no arguments");
                }
                return new Super(start, a[1]);
            });

    static {
        PROPERTY.method("setter", (a, k) -> {
            Property p = (Property) a[0];
            return new Property(p.fget, a[1], p.fdel);
        });
        PROPERTY.method("getter", (a, k) -> {
            Property p = (Property) a[0];
            return new Property(a[1], p.fset, p.fdel);
        });
        PROPERTY.method("deleter", (a, k) -> {
            Property p = (Property) a[0];
            return new Property(p.fget, p.fset, a[1]);
        });
    }

    private Descriptors() {
    }

    static final class Property extends PyObject {
        final PyObject fget;
        final PyObject fset;
        final PyObject fdel;

        Property(PyObject fget, PyObject fset, PyObject fdel) {
            this.fget = fget == PyNone.NONE ? null : fget;
            this.fset = fset == PyNone.NONE ? null : fset;
            this.fdel = fdel == PyNone.NONE ? null : fdel;
        }

        @Override
        public PyType type() {
            return PROPERTY;
        }

        @Override
        public PyObject descrGet(PyObject instance, PyType owner) {
            if (instance == null) {
                return this;
            }
            if (fget == null) {
                throw Errors.attributeError("property of '" + owner.name() + "' object has no getter");
            }
            return fget.call(instance);
        }

        @Override
        public boolean isDataDescriptor() {
            return true;
        }

        @Override
        public void descrSet(PyObject instance, PyObject value) {
            if (value == null) {
                if (fdel == null) {
                    throw Errors.attributeError(describe(instance) + " has no deleter");
                }
                fdel.call(instance);
                return;
            }
            if (fset == null) {
                throw Errors.attributeError(describe(instance) + " has no setter");
            }
            fset.call(instance, value);
        }

        /** "property 'celsius' of 'Temperature' object", named after the getter as CPython 3.11 names it. */
        private String describe(PyObject instance) {
            PyObject name = fget == null ? null : fget.lookupAttr("__name__");
            String named = name instanceof PyStr s ? "property '" + s.value + "'" : "property";
            return named + " of '" + instance.type().name() + "' object";
        }

        @Override
        public PyObject lookupAttr(String name) {
            return switch (name) {
                case "fget" -> fget == null ? PyNone.NONE : fget;
                case "fset" -> fset == null ? PyNone.NONE : fset;
                case "__doc__" -> fget == null ? PyNone.NONE : fget.getAttr("__doc__");
                default -> super.lookupAttr(name);
            };
        }
    }

    /** staticmethod and classmethod objects. */
    static final class Wrapper extends PyObject {
        private final PyType type;
        final PyObject function;

        Wrapper(PyType type, PyObject function) {
            this.type = type;
            this.function = function;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyObject descrGet(PyObject instance, PyType owner) {
            if (type == STATICMETHOD) {
                return function;
            }
            return new PyMethod(owner == null ? instance.type() : owner, function);
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            return function.call(args, kwnames);
        }

        @Override
        public PyObject lookupAttr(String name) {
            if (name.equals("__func__")) {
                return function;
            }
            PyObject own = super.lookupAttr(name);
            return own != null ? own : function.lookupAttr(name);
        }
    }

    /** super(C, obj): attribute lookup that starts after C in obj's MRO. */
    static final class Super extends PyObject {
        private final PyType start;
        private final PyObject self;

        Super(PyType start, PyObject self) {
            this.start = start;
            this.self = self;
        }

        @Override
        public PyType type() {
            return SUPER;
        }

        @Override
        public PyObject lookupAttr(String name) {
            PyType selfType = self instanceof PyType t && t.isSubtypeOf(start) ? t : self.type();
            PyType[] mro = selfType.mro();
            int i = 0;
            while (i < mro.length && mro[i] != start) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject found = mro[i].dict().get(name);
                if (found != null) {
                    boolean classLevel = self instanceof PyType;
                    if (classLevel && !(found instanceof Wrapper)) {
                        return found.descrGet(null, selfType);
                    }
                    return found.descrGet(classLevel ? null : self, selfType);
                }
            }
            return super.lookupAttr(name);
        }

        @Override
        public String repr() {
            return "<super: <class '" + start.name() + "'>, <" + self.type().name() + " object>>";
        }
    }
}
