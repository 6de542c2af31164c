package looplab.vm;

import static looplab.vm.BuiltinMethods.define;
import static looplab.vm.BuiltinMethods.noArguments;
import static looplab.vm.BuiltinMethods.oneArgument;
import static looplab.vm.BuiltinMethods.positional;

import java.util.Iterator;
import java.util.Map;

/** The methods of dict. */
final class DictMethods {
    private DictMethods() {
    }

    static void install() {
        installViews();
        installLookups();
        installMutators();
        PyDictView.install();
    }

    private static PyDict self(PyObject[] a) {
        return (PyDict) a[0];
    }

    private static void installViews() {
        PyType t = PyDict.TYPE;
        define(t, "keys", (a, k) -> view("keys", a, k, PyDictView.Kind.KEYS));
        define(t, "values", (a, k) -> view("values", a, k, PyDictView.Kind.VALUES));
        define(t, "items", (a, k) -> view("items", a, k, PyDictView.Kind.ITEMS));
    }

    private static PyObject view(String name, PyObject[] a, String[] k, PyDictView.Kind kind) {
        noArguments("dict." + name, a, k);
        return new PyDictView(self(a), kind);
    }

    private static void installLookups() {
        PyType t = PyDict.TYPE;
        define(t, "get", (a, k) -> {
            PyObject[] p = positional("get", a, k, 1, 2);
            PyObject v = self(a).get(p[0]);
            return v != null ? v : p.length > 1 ? p[1] : PyNone.NONE;
        });
        define(t, "copy", (a, k) -> {
            noArguments("dict.copy", a, k);
            return new PyDict(self(a).map());
        });
        // A classmethod, as dict_fromkeys: a subclass's fromkeys makes cls() and stores through its __setitem__.
        PyBuiltinFunction fromkeys = new PyBuiltinFunction("fromkeys", "dict.fromkeys", (a, k) -> {
            PyObject cls = a[0];
            PyObject[] p = BuiltinMethods.rest(a);
            Args.range("fromkeys", p, k, 1, 2);
            PyObject value = p.length > 1 ? p[1] : PyNone.NONE;
            PyObject it = Ops.iter(p[0]);
            if (cls == PyDict.TYPE) {
                PyDict d = new PyDict();
                for (PyObject key = it.next(); key != null; key = it.next()) {
                    d.put(key, value);
                }
                return d;
            }
            PyObject d = cls.call(new PyObject[0], Args.NO_KEYWORDS);
            for (PyObject key = it.next(); key != null; key = it.next()) {
                d.setItem(key, value);
            }
            return d;
        });
        t.attribute("fromkeys", new Descriptors.Wrapper(Descriptors.CLASSMETHOD, fromkeys));
        define(t, "__len__", (a, k) -> PyInt.of(self(a).size()));
        define(t, "__contains__", (a, k) -> PyBool.of(self(a).contains(oneArgument("dict.__contains__", a, k))));
        define(t, "__getitem__", (a, k) -> self(a).getItem(oneArgument("dict.__getitem__", a, k)));
        define(t, "__setitem__", (a, k) -> {
            PyObject[] p = positional("__setitem__", a, k, 2, 2);
            self(a).setItem(p[0], p[1]);
            return PyNone.NONE;
        });
        define(t, "__delitem__", (a, k) -> {
            self(a).delItem(oneArgument("dict.__delitem__", a, k));
            return PyNone.NONE;
        });
        define(t, "__iter__", (a, k) -> self(a).iter());
    }

    private static void installMutators() {
        PyType t = PyDict.TYPE;
        define(t, "pop", (a, k) -> {
            PyObject[] p = positional("pop", a, k, 1, 2);
            PyObject v = self(a).remove(p[0]);
            if (v != null) {
                return v;
            }
            if (p.length > 1) {
                return p[1];
            }
            throw Errors.keyError(p[0]);
        });
        define(t, "popitem", (a, k) -> {
            noArguments("dict.popitem", a, k);
            return popItem(self(a));
        });
        define(t, "setdefault", (a, k) -> {
            PyObject[] p = positional("setdefault", a, k, 1, 2);
            PyObject v = self(a).get(p[0]);
            if (v != null) {
                return v;
            }
            PyObject value = p.length > 1 ? p[1] : PyNone.NONE;
            self(a).put(p[0], value);
            return value;
        });
        define(t, "clear", (a, k) -> {
            noArguments("dict.clear", a, k);
            self(a).map().clear();
            return PyNone.NONE;
        });
        define(t, "update", (a, k) -> {
            int npos = a.length - k.length;
            if (npos > 2) {
                throw Errors.typeError("update expected at most 1 argument, got " + (npos - 1));
            }
            if (npos == 2) {
                update(self(a), a[1]);
            }
            for (int i = 0; i < k.length; i++) {
                self(a).put(PyStr.of(k[i]), a[npos + i]);
            }
            return PyNone.NONE;
        });
    }

    /** popitem removes the most recently inserted pair (LIFO), as CPython 3.7+. */
    private static PyObject popItem(PyDict dict) {
        if (dict.size() == 0) {
            throw Errors.keyError(PyStr.of("popitem(): dictionary is empty"));
        }
        Map.Entry<PyObject, PyObject> last = null;
        for (Iterator<Map.Entry<PyObject, PyObject>> it = dict.map().entrySet().iterator(); it.hasNext(); ) {
            last = it.next();
        }
        PyTuple pair = new PyTuple(last.getKey(), last.getValue());
        dict.map().remove(last.getKey());
        return pair;
    }

    /** dict.update(other): a mapping (anything with keys()) or an iterable of pairs. */
    static void update(PyDict target, PyObject other) {
        if (other instanceof PyDict d) {
            target.map().putAll(d.map());
            return;
        }
        PyObject keys = other.lookupAttr("keys");
        if (keys != null) {
            PyObject it = Ops.iter(keys.call());
            for (PyObject key = it.next(); key != null; key = it.next()) {
                target.put(key, other.getItem(key));
            }
            return;
        }
        PyObject it = Ops.iter(other);
        int i = 0;
        for (PyObject pair = it.next(); pair != null; pair = it.next(), i++) {
            PyObject[] kv;
            try {
                kv = Sequences.toArray(pair);
            } catch (PyException e) {
                throw Errors.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (kv.length != 2) {
                throw Errors.valueError("dictionary update sequence element #" + i + " has length " + kv.length
                        + "; 2 is required");
            }
            target.put(kv[0], kv[1]);
        }
    }
}
