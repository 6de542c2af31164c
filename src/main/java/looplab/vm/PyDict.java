package looplab.vm;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Python dict: insertion-ordered, keys compared with Python's hash and ==. */
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyDict.class);
    static final PyType KEY_ITERATOR = PyType.builtin("dict_keyiterator", PyIterator.class);

    private final LinkedHashMap<PyObject, PyObject> map;

    public PyDict() {
        map = new LinkedHashMap<>();
    }

    public PyDict(Map<PyObject, PyObject> content) {
        map = new LinkedHashMap<>(content);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public Map<PyObject, PyObject> map() {
        return map;
    }

    public PyObject get(PyObject key) {
        checkHashable(key);
        return map.get(key);
    }

    public PyObject get(String key) {
        return map.get(PyStr.of(key));
    }

    public void put(PyObject key, PyObject value) {
        checkHashable(key);
        map.put(key, value);
    }

    public PyObject remove(PyObject key) {
        checkHashable(key);
        return map.remove(key);
    }

    public int size() {
        return map.size();
    }

    private static void checkHashable(PyObject key) {
        if (key.getClass() == PyList.class || key.getClass() == PyDict.class
                || key.getClass() == PySet.class && !((PySet) key).frozen()) {
            throw Errors.typeError("unhashable type: '" + key.type().name() + "'");
        }
    }

    @Override
    public String repr() {
        return Reprs.guarded(this, "{...}", () -> {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(Ops.repr(e.getKey())).append(": ").append(Ops.repr(e.getValue()));
            }
            return b.append('}').toString();
        });
    }

    @Override
    public boolean isTrue() {
        return !map.isEmpty();
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: 'dict'");
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyDict d && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(map.equals(d.map) == (op == CompareOp.EQ));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
        if (op == BinaryOp.OR && other instanceof PyDict d) {
            PyDict r = new PyDict(reflected ? d.map : map);
            r.map.putAll(reflected ? map : d.map);
            return r;
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject inplaceOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.OR && other instanceof PyDict d) {
            map.putAll(d.map);
            return this;
        }
        return null;
    }

    @Override
    public int len() {
        return map.size();
    }

    @Override
    public boolean contains(PyObject item) {
        return get(item) != null;
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject v = get(key);
        if (v == null) {
            return missing(key);
        }
        return v;
    }

    /** As dict_subscript: a subclass's __missing__ answers for an absent key. */
    private PyObject missing(PyObject key) {
        PyObject hook = type() == TYPE ? null : type().lookup("__missing__");
        if (hook == null) {
            throw Errors.keyError(key);
        }
        return Calls.callMethod(hook, this, new PyObject[] {key}, Args.NO_KEYWORDS);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        put(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        if (remove(key) == null) {
            throw Errors.keyError(key);
        }
    }

    @Override
    public PyObject iter() {
        return iterator(KEY_ITERATOR, map.keySet().iterator());
    }

    /** Iterates a view of this dict, raising RuntimeError if the dict changes size meanwhile, as CPython does. */
    PyIterator iterator(PyType type, Iterator<? extends PyObject> source) {
        int expectedSize = map.size();
        return new PyIterator(type) {
            @Override
            public PyObject next() {
                if (map.size() != expectedSize) {
                    throw Errors.runtimeError("dictionary changed size during iteration");
                }
                try {
                    return source.hasNext() ? source.next() : null;
                } catch (ConcurrentModificationException e) {
                    throw Errors.runtimeError("dictionary keys changed during iteration");
                }
            }
        };
    }
}
