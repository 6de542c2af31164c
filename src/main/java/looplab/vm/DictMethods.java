package looplab.vm;

import java.util.Map;

/** The methods of dict. */
final class DictMethods {
    private DictMethods() {
    }

    static void install() {
        PyType t = PyDict.TYPE;
        t.method("get", (a, k) -> {
            PyObject v = ((PyDict) a[0]).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        t.method("items", (a, k) -> {
            PyList l = new PyList();
            for (Map.Entry<PyObject, PyObject> e : ((PyDict) a[0]).map().entrySet()) {
                l.append(new PyTuple(e.getKey(), e.getValue()));
            }
            return l;
        });
        t.method("update", (a, k) -> {
            if (a.length - k.length > 1) {
                update((PyDict) a[0], a[1]);
            }
            for (int i = 0; i < k.length; i++) {
                ((PyDict) a[0]).put(PyStr.of(k[i]), a[a.length - k.length + i]);
            }
            return PyNone.NONE;
        });
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
