package looplab.vm;

import java.util.Arrays;

/** Python tuple. */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class);
    public static final PyTuple EMPTY = new PyTuple();
    static final PyType ITERATOR = PyType.builtin("tuple_iterator", PyIterator.class);

    public final PyObject[] items;

    public PyTuple(PyObject... items) {
        this.items = items;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    @Override
    public String repr() {
        if (items.length == 1) {
            return "(" + Ops.repr(items[0]) + ",)";
        }
        return Reprs.guarded(this, "(...)", () -> Sequences.join(items, items.length, "(", ")"));
    }

    @Override
    public boolean isTrue() {
        return items.length > 0;
    }

    @Override
    public long hash() {
        // CPython's xxHash-based tuple hash, so hash((1, 2)) matches.
        long acc = 0x27D4EB2F165667C5L;
        for (PyObject item : items) {
            long lane = Ops.hash(item);
            acc += lane * 0xC2B2AE3D27D4EB4FL;
            acc = Long.rotateLeft(acc, 31);
            acc *= 0x9E3779B185EBCA87L;
        }
        acc += items.length ^ (0x27D4EB2F165667C5L ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyTuple t) {
            return PyBool.of(Sequences.compare(items, items.length, t.items, t.items.length, op));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
        if (op == BinaryOp.ADD && other instanceof PyTuple t && !reflected) {
            PyObject[] r = Arrays.copyOf(items, items.length + t.items.length);
            System.arraycopy(t.items, 0, r, items.length, t.items.length);
            return new PyTuple(r);
        }
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            return new PyTuple(PyList.repeat(items, items.length, n));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public int len() {
        return items.length;
    }

    @Override
    public boolean contains(PyObject item) {
        for (PyObject x : items) {
            if (x == item || Ops.eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i) {
            return items[Sequences.index(i, items.length, "tuple index out of range")];
        }
        if (key instanceof PySlice s) {
            return new PyTuple(PyList.slice(items, items.length, s));
        }
        throw Errors.typeError("tuple indices must be integers or slices, not " + key.type().name());
    }

    @Override
    public PyObject iter() {
        return new PyIterator(ITERATOR) {
            private int i;

            @Override
            public PyObject next() {
                return i < items.length ? items[i++] : null;
            }
        };
    }
}
