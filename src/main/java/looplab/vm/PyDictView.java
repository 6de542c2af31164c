package looplab.vm;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * dict.keys(), values() and items(): live views of a dict. Keys and items views are set-like (==, <=, &, |, -,
 * ^ with any iterable give sets), as CPython's dictviews; values views are not.
 */
public final class PyDictView extends PyObject {
    enum Kind {
        KEYS("dict_keys", "dict_keyiterator"),
        VALUES("dict_values", "dict_valueiterator"),
        ITEMS("dict_items", "dict_itemiterator");

        final PyType type;
        final PyType iteratorType;

        Kind(String typeName, String iteratorName) {
            this.type = PyType.builtin(typeName, PyDictView.class);
            this.iteratorType = typeName.equals("dict_keys") ? PyDict.KEY_ITERATOR
                    : PyType.builtin(iteratorName, PyIterator.class);
        }
    }

    private final PyDict dict;
    private final Kind kind;

    PyDictView(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    static void install() {
        for (Kind kind : Kind.values()) {
            BuiltinMethods.define(kind.type, "__len__", (a, k) -> PyInt.of(a[0].len()));
            BuiltinMethods.define(kind.type, "__iter__", (a, k) -> a[0].iter());
            BuiltinMethods.define(kind.type, "__reversed__", (a, k) -> ((PyDictView) a[0]).reversed());
            if (kind != Kind.VALUES) {
                BuiltinMethods.define(kind.type, "isdisjoint", (a, k) -> {
                    PyObject other = BuiltinMethods.oneArgument(kind.type.name() + ".isdisjoint", a, k);
                    PyObject it = Ops.iter(other);
                    for (PyObject x = it.next(); x != null; x = it.next()) {
                        if (a[0].contains(x)) {
                            return PyBool.FALSE;
                        }
                    }
                    return PyBool.TRUE;
                });
            }
        }
    }

    @Override
    public PyType type() {
        return kind.type;
    }

    private PyObject element(Map.Entry<PyObject, PyObject> e) {
        return switch (kind) {
            case KEYS -> e.getKey();
            case VALUES -> e.getValue();
            case ITEMS -> new PyTuple(e.getKey(), e.getValue());
        };
    }

    private List<PyObject> elements() {
        List<PyObject> out = new ArrayList<>(dict.size());
        for (Map.Entry<PyObject, PyObject> e : dict.map().entrySet()) {
            out.add(element(e));
        }
        return out;
    }

    @Override
    public String repr() {
        return Reprs.guarded(this, "...", () -> {
            List<PyObject> items = elements();
            return kind.type.name() + "(" + Sequences.join(items.toArray(new PyObject[0]), items.size(), "[", "]") + ")";
        });
    }

    @Override
    public int len() {
        return dict.size();
    }

    @Override
    public boolean isTrue() {
        return dict.size() > 0;
    }

    @Override
    public PyObject iter() {
        Iterator<Map.Entry<PyObject, PyObject>> entries = dict.map().entrySet().iterator();
        Iterator<PyObject> source = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public PyObject next() {
                return element(entries.next());
            }
        };
        return dict.iterator(kind.iteratorType, source);
    }

    private PyObject reversed() {
        List<PyObject> items = elements();
        java.util.Collections.reverse(items);
        return dict.iterator(kind.iteratorType, items.iterator());
    }

    @Override
    public boolean contains(PyObject item) {
        return switch (kind) {
            case KEYS -> dict.contains(item);
            case VALUES -> super.contains(item);
            case ITEMS -> {
                if (!(item instanceof PyTuple t) || t.size() != 2) {
                    yield false;
                }
                PyObject value = dict.get(t.get(0));
                yield value != null && (value == t.get(1) || Ops.eq(value, t.get(1)));
            }
        };
    }

    private PySet toSet() {
        return new PySet(false, elements());
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (kind == Kind.VALUES || !(other instanceof PySet || other instanceof PyDictView v && v.kind != Kind.VALUES)) {
            return super.richCompare(other, op);
        }
        PySet otherSet = other instanceof PySet s ? s : ((PyDictView) other).toSet();
        return toSet().richCompare(otherSet, op);
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
        if (kind == Kind.VALUES || !(op == BinaryOp.AND || op == BinaryOp.OR || op == BinaryOp.SUB
                || op == BinaryOp.XOR)) {
            return PyNotImplemented.INSTANCE;
        }
        PySet mine = toSet();
        PySet theirs = new PySet(false, Sequences.toList(other));
        return reflected ? theirs.binaryOp(op, mine, false) : mine.binaryOp(op, theirs, false);
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: '" + kind.type.name() + "'");
    }
}
