package looplab.vm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python class: builtin ({@code int}, {@code list}, {@code ValueError}) or defined by a {@code class} statement.
 * Builtin types register their methods here as {@link PyBuiltinFunction}s, so attribute lookup is one mechanism
 * for both kinds.
 */
public final class PyType extends PyObject {

    /** Makes the Java object for a new instance of a class whose nearest builtin base is the owner of this. */
    @FunctionalInterface
    public interface InstanceFactory {
        PyObject create(PyType type, PyObject[] args, String[] kwnames);
    }

    public static final PyType OBJECT = new PyType("object", new PyType[0], true);
    public static final PyType TYPE = new PyType("type", new PyType[] {OBJECT}, true);

    private String name;
    private String qualname;
    private String module = "builtins";
    private final PyType[] bases;
    private PyType[] mro;
    private final Map<String, PyObject> dict = new LinkedHashMap<>();
    private final boolean builtin;
    private boolean acceptsSubclasses;
    private boolean valueLayout;
    private InstanceFactory factory;
    /** A metaclass written in Python (see setMetatype); null for classes whose type is type. */
    private PyType metatype;
    /** Per-type cache of MRO lookups; cleared on every class attribute change anywhere (classes are rarely mutated). */
    private final HashMap<String, PyObject> lookupCache = new HashMap<>();
    private static int globalVersion;
    private int cacheVersion = -1;
    private static final PyObject MISSING = new PyObject() {
        @Override
        public PyType type() {
            return OBJECT;
        }
    };

    static {
        OBJECT.factory = (type, args, kwnames) -> new PyInstance(type);
        OBJECT.acceptsSubclasses = true;
    }

    private PyType(String name, PyType[] bases, boolean builtin) {
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.builtin = builtin;
        this.mro = computeMro();
        if (bases.length > 0) {
            this.factory = bases[0].factory;
        }
    }

    public static PyType builtin(String name, Class<?> javaClass) {
        return new PyType(name, new PyType[] {OBJECT}, true);
    }

    public static PyType builtin(String name, PyType base) {
        return new PyType(name, new PyType[] {base}, true);
    }

    /** A class created by a {@code class} statement. */
    public static PyType userClass(String name, String qualname, String module, PyType[] bases,
                                   Map<String, PyObject> namespace) {
        PyType[] realBases = bases.length == 0 ? new PyType[] {OBJECT} : bases;
        for (PyType base : realBases) {
            if (base.builtin && !base.acceptsSubclasses) {
                throw Errors.typeError("type '" + base.name + "' is not an acceptable base type");
            }
        }
        checkLayouts(realBases);
        PyType type = new PyType(name, realBases, false);
        type.qualname = qualname;
        type.module = module;
        type.factory = solidBase(realBases).factory;
        type.dict.putAll(namespace);
        type.wrapImplicitClassMethods();
        if (namespace.containsKey("__eq__") && !namespace.containsKey("__hash__")) {
            // As type.__new__ does: a class that defines __eq__ but not __hash__ is unhashable.
            type.dict.put("__hash__", PyNone.NONE);
        }
        type.metatype = inheritedMetatype(realBases);
        globalVersion++;
        return type;
    }

    /** CPython makes these class hooks classmethods (and __new__ a staticmethod) without a decorator. */
    private void wrapImplicitClassMethods() {
        for (String hook : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject fn = dict.get(hook);
            if (fn instanceof PyFunction) {
                dict.put(hook, Descriptors.CLASSMETHOD.call(fn));
            }
        }
        if (dict.get("__new__") instanceof PyFunction fn) {
            dict.put("__new__", Descriptors.STATICMETHOD.call(fn));
        }
    }

    private static PyType inheritedMetatype(PyType[] bases) {
        for (PyType base : bases) {
            if (base.metatype != null) {
                return base.metatype;
            }
        }
        return null;
    }

    /**
     * Gives this class (and every class derived from it later) a metaclass written in Python, whose methods
     * (__iter__, __len__, __getitem__, __contains__, __call__, __repr__ and attributes) apply to the class
     * itself. The class statement's metaclass= keyword and derived metaclasses set it (ClassBuilder).
     */
    public void setMetatype(PyType metatype) {
        this.metatype = metatype;
        globalVersion++;
    }

    /** What a metaclass written in Python defines (type's and object's own builtins do not count). */
    private PyObject metaMethod(String attrName) {
        if (metatype == null) {
            return null;
        }
        PyObject m = metatype.lookup(attrName);
        return m instanceof PyBuiltinFunction ? null : m;
    }

    /** A hook the Python metaclass defines (__instancecheck__, __subclasscheck__), or null. */
    PyObject metaHook(String attrName) {
        return metaMethod(attrName);
    }

    /** As CPython's best_base: bases whose instances are different builtin values (list, dict …) cannot mix. */
    private static void checkLayouts(PyType[] bases) {
        PyType layout = null;
        for (PyType base : bases) {
            PyType own = base.valueLayout();
            if (own != null && layout != null && own != layout) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
            layout = own == null ? layout : own;
        }
    }

    /**
     * False when every class statement in the MRO says {@code __slots__ = ()} (as namedtuple classes do): its
     * instances have no __dict__. Named slots are kept in the __dict__ (LoopLab has no slot descriptors).
     */
    boolean instancesHaveDict() {
        boolean anyClassStatement = false;
        for (PyType t : mro) {
            if (t.builtin) {
                continue;
            }
            anyClassStatement = true;
            PyObject slots = t.dict.get("__slots__");
            if (slots == null || !(slots instanceof PyTuple tuple && tuple.size() == 0
                    || slots instanceof PyList list && list.size() == 0)) {
                return true;
            }
        }
        return !anyClassStatement;
    }

    /** The builtin value type (int, str, list …) whose instances this class's instances are, or null. */
    private PyType valueLayout() {
        for (PyType t : mro) {
            if (t.valueLayout) {
                return t;
            }
        }
        return null;
    }

    /** Lets class statements derive from this builtin value type, whose subclasses' instances are its values. */
    PyType acceptValueSubclasses() {
        valueLayout = true;
        return acceptSubclasses();
    }

    private static PyType solidBase(PyType[] bases) {
        for (PyType base : bases) {
            if (base.factory != OBJECT.factory) {
                return base;
            }
        }
        return bases[0];
    }

    /** Lets class statements derive from this builtin (object and the exception classes do). */
    /** Names the module a builtin type is documented in (types.UnionType), for its repr and __module__. */
    PyType inModule(String moduleName) {
        this.module = moduleName;
        return this;
    }

    public PyType acceptSubclasses() {
        this.acceptsSubclasses = true;
        return this;
    }

    private PyType[] computeMro() {
        if (bases.length == 0) {
            return new PyType[] {this};
        }
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType base : bases) {
            sequences.add(new ArrayList<>(List.of(base.mro)));
        }
        sequences.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(this);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> seq : sequences) {
                PyType head = seq.get(0);
                boolean inTail = sequences.stream().anyMatch(s -> s.indexOf(head) > 0);
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                        + String.join(", ", sequences.stream().map(seq -> seq.get(0).name()).distinct().toList()));
            }
            result.add(candidate);
            for (List<PyType> seq : sequences) {
                if (seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }

    // ---- registration of builtin behaviour --------------------------------------------------------------

    public PyType factory(InstanceFactory factory) {
        this.factory = factory;
        return this;
    }

    public InstanceFactory factory() {
        return factory;
    }

    /** Registers a builtin method; the function receives self as args[0]. */
    public PyType method(String methodName, PyBuiltinFunction.Body body) {
        dict.put(methodName, new PyBuiltinFunction(methodName, name + "." + methodName, body));
        globalVersion++;
        return this;
    }

    public PyType attribute(String attrName, PyObject value) {
        dict.put(attrName, value);
        globalVersion++;
        return this;
    }

    // ---- lookup -----------------------------------------------------------------------------------------

    /** Finds name along the MRO without binding (CPython's _PyType_Lookup); null when absent. */
    public PyObject lookup(String attrName) {
        if (cacheVersion != globalVersion) {
            lookupCache.clear();
            cacheVersion = globalVersion;
        }
        PyObject cached = lookupCache.get(attrName);
        if (cached != null) {
            return cached == MISSING ? null : cached;
        }
        PyObject found = null;
        for (PyType t : mro) {
            found = t.dict.get(attrName);
            if (found != null) {
                break;
            }
        }
        lookupCache.put(attrName, found == null ? MISSING : found);
        return found;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public String module() {
        return module;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public PyType[] mro() {
        return mro;
    }

    public PyType[] bases() {
        return bases;
    }

    public Map<String, PyObject> dict() {
        return dict;
    }

    // ---- the type object as a Python value --------------------------------------------------------------

    @Override
    public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    @Override
    public PyObject iter() {
        PyObject m = metaMethod("__iter__");
        return m == null ? super.iter() : Calls.callMethod(m, this, new PyObject[0], Args.NO_KEYWORDS);
    }

    @Override
    public int len() {
        PyObject m = metaMethod("__len__");
        if (m == null) {
            return super.len();
        }
        return ((PyInt) Calls.callMethod(m, this, new PyObject[0], Args.NO_KEYWORDS)).intValue();
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject m = metaMethod("__getitem__");
        return m == null ? super.getItem(key) : Calls.callMethod(m, this, new PyObject[] {key}, Args.NO_KEYWORDS);
    }

    @Override
    public boolean contains(PyObject item) {
        PyObject m = metaMethod("__contains__");
        if (m == null) {
            return super.contains(item);
        }
        return Calls.callMethod(m, this, new PyObject[] {item}, Args.NO_KEYWORDS).isTrue();
    }

    @Override
    public String repr() {
        PyObject m = metaMethod("__repr__");
        if (m != null) {
            return Calls.callMethod(m, this, new PyObject[0], Args.NO_KEYWORDS).str();
        }
        return module.equals("builtins") ? "<class '" + qualname + "'>" : "<class '" + module + "." + qualname + "'>";
    }

    @Override
    public long hash() {
        return System.identityHashCode(this);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (this == TYPE && args.length == 1 && kwnames.length == 0) {
            return args[0].type();
        }
        PyObject metaCall = metaMethod("__call__");
        if (metaCall != null) {
            return Calls.callMethod(metaCall, this, args, kwnames);
        }
        return construct(args, kwnames);
    }

    /** type.__call__: makes the instance and runs __init__ (what a metaclass's __call__ reaches via super). */
    public PyObject construct(PyObject[] args, String[] kwnames) {
        if (factory == null) {
            throw Errors.typeError("cannot create '" + name + "' instances");
        }
        PyObject userNew = builtin ? null : lookup("__new__");
        if (userNew != null && !(userNew instanceof PyBuiltinFunction)) {
            return constructWithNew(userNew, args, kwnames);
        }
        PyObject instance = factory.create(this, args, kwnames);
        if (!builtin || instance.type() != this) {
            initialise(instance, args, kwnames);
        }
        return instance;
    }

    /** A class that defines __new__ in Python: __init__ runs only when __new__ returns an instance of it. */
    private PyObject constructWithNew(PyObject userNew, PyObject[] args, String[] kwnames) {
        PyObject instance = userNew.descrGet(null, this).call(Args.prepend(this, args), kwnames);
        if (instance.type().isSubtypeOf(this) && runsInit(lookup("__init__"), instance)) {
            initialise(instance, args, kwnames);
        }
        return instance;
    }

    /**
     * Whether construction calls this __init__: one written in Python always; a builtin's own only on an instance
     * of a subclass of list, dict or set, which list.__new__ … left empty. Builtin factories do the rest's work.
     */
    private static boolean runsInit(PyObject init, PyObject instance) {
        if (init instanceof PyBuiltinFunction builtinInit) {
            return instance instanceof SubclassInstance && !builtinInit.definedOnObject();
        }
        return init != null;
    }

    private void initialise(PyObject instance, PyObject[] args, String[] kwnames) {
        PyObject init = lookup("__init__");
        if (runsInit(init, instance)) {
            PyObject result = Calls.callMethod(init, instance, args, kwnames);
            if (result != PyNone.NONE) {
                throw Errors.typeError("__init__() should return None, not '" + result.type().name() + "'");
            }
        } else if ((args.length > 0 || kwnames.length > 0) && factory == OBJECT.factory) {
            throw Errors.typeError(qualname + "() takes no arguments");
        }
    }

    @Override
    public PyObject lookupAttr(String attrName) {
        PyObject found = lookup(attrName);
        if (found != null) {
            return found.descrGet(null, this);
        }
        return switch (attrName) {
            case "__name__" -> PyStr.of(name);
            case "__qualname__" -> PyStr.of(qualname);
            case "__module__" -> PyStr.of(module);
            case "__mro__" -> new PyTuple(mro.clone());
            case "__bases__" -> new PyTuple(bases.clone());
            case "__base__" -> bases.length == 0 ? PyNone.NONE : solidBase(bases);
            case "__class__" -> TYPE;
            case "__dict__" -> dictSnapshot();
            case "__doc__" -> PyNone.NONE; // a class's own docstring is found in its dict above
            default -> metaMethod(attrName) != null ? metaMethod(attrName).descrGet(this, metatype)
                    : TYPE.lookup(attrName) != null ? TYPE.lookup(attrName).descrGet(this, TYPE) : null;
        };
    }

    private PyDict dictSnapshot() {
        PyDict copy = new PyDict();
        dict.forEach((k, v) -> copy.put(PyStr.of(k), v));
        return copy;
    }

    @Override
    public void setAttr(String attrName, PyObject value) {
        if (builtin) {
            throw Errors.typeError("cannot set '" + attrName + "' attribute of immutable type '" + name + "'");
        }
        switch (attrName) {
            case "__name__" -> renameTo(value.str(), qualname);
            case "__qualname__" -> qualname = value.str();
            case "__module__" -> module = value.str();
            default -> dict.put(attrName, value);
        }
        globalVersion++;
    }

    private void renameTo(String newName, String oldQualname) {
        name = newName;
        if (oldQualname.equals(name) || !oldQualname.contains(".")) {
            qualname = newName;
        }
    }

    @Override
    public void delAttr(String attrName) {
        if (builtin || dict.remove(attrName) == null) {
            throw Errors.attributeError("type object '" + name + "' has no attribute '" + attrName + "'");
        }
        globalVersion++;
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
        if (op == BinaryOp.OR && UnionType.isUnionOperand(other)) {
            return reflected ? UnionType.of(other, this) : UnionType.of(this, other);
        }
        return PyNotImplemented.INSTANCE;
    }
}
