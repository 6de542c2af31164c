package looplab.vm;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/** Python list: a growable array. */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyList.class);
    static final PyType ITERATOR = PyType.builtin("list_iterator", PyIterator.class);
    static final PyType REVERSE_ITERATOR = PyType.builtin("list_reverseiterator", PyIterator.class);

    private PyObject[] items;
    private int size;

    public PyList() {
        items = new PyObject[4];
    }

    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    public PyList(List<PyObject> list) {
        this(list.toArray(new PyObject[0]));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void set(int i, PyObject v) {
        items[i] = v;
    }

    public void append(PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size * 2));
        }
        items[size++] = v;
    }

    public void insert(int index, PyObject v) {
        append(v);
        System.arraycopy(items, index, items, index + 1, size - 1 - index);
        items[index] = v;
    }

    public PyObject remove(int index) {
        PyObject v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    public void clear() {
        items = new PyObject[4];
        size = 0;
    }

    public void extend(PyObject iterable) {
        if (iterable.getClass() == PyList.class) {
            PyObject[] other = ((PyList) iterable).toArray();
            for (PyObject x : other) {
                append(x);
            }
            return;
        }
        PyObject it = Ops.iter(iterable);
        for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
            append(x);
        }
    }

    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole content (sort and reverse work on a copy and store it back). */
    public void replaceAll(PyObject[] content) {
        items = content.length == 0 ? new PyObject[4] : content;
        size = content.length;
    }

    /** A live List view, for Java code that wants the collections API. */
    public List<PyObject> asList() {
        return new AbstractList<>() {
            @Override
            public PyObject get(int index) {
                return items[index];
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public String repr() {
        return Reprs.guarded(this, "[...]", () -> Sequences.join(items, size, "[", "]"));
    }

    @Override
    public boolean isTrue() {
        return size > 0;
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: 'list'");
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyList l) {
            return PyBool.of(Sequences.compare(items, size, l.items, l.size, op));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
        if (op == BinaryOp.ADD && other instanceof PyList l && !reflected) {
            PyObject[] r = Arrays.copyOf(items, size + l.size);
            System.arraycopy(l.items, 0, r, size, l.size);
            return new PyList(r);
        }
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            return new PyList(repeat(items, size, n));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject inplaceOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD) {
            extend(other);
            return this;
        }
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            replaceAll(repeat(items, size, n));
            return this;
        }
        return null;
    }

    static PyObject[] repeat(PyObject[] items, int size, PyInt n) {
        long times = n.isBig() ? (n.signum() > 0 ? Long.MAX_VALUE : 0) : n.value;
        if (times <= 0 || size == 0) {
            return new PyObject[0];
        }
        if (times * size > 100_000_000L) {
            throw Errors.memoryError();
        }
        PyObject[] r = new PyObject[(int) (times * size)];
        for (int k = 0; k < times; k++) {
            System.arraycopy(items, 0, r, k * size, size);
        }
        return r;
    }

    static PyObject[] slice(PyObject[] items, int size, PySlice s) {
        PySlice.Indices ix = s.indices(size);
        int n = Math.max(ix.length(), 0);
        PyObject[] r = new PyObject[n];
        for (int k = 0, i = ix.start(); k < n; k++, i += ix.step()) {
            r[k] = items[i];
        }
        return r;
    }

    @Override
    public int len() {
        return size;
    }

    @Override
    public boolean contains(PyObject item) {
        for (int i = 0; i < size; i++) {
            if (items[i] == item || Ops.eq(items[i], item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i) {
            return items[Sequences.index(i, size, "list index out of range")];
        }
        if (key instanceof PySlice s) {
            return new PyList(slice(items, size, s));
        }
        throw Errors.typeError("list indices must be integers or slices, not " + key.type().name());
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PyInt i) {
            items[Sequences.index(i, size, "list assignment index out of range")] = value;
            return;
        }
        if (key instanceof PySlice s) {
            assignSlice(s, Sequences.toArray(value));
            return;
        }
        throw Errors.typeError("list indices must be integers or slices, not " + key.type().name());
    }

    private void assignSlice(PySlice s, PyObject[] values) {
        PySlice.Indices ix = s.indices(size);
        if (ix.step() == 1) {
            int start = ix.start();
            int stop = Math.max(start, start + Math.max(ix.length(), 0));
            PyObject[] r = new PyObject[size - (stop - start) + values.length];
            System.arraycopy(items, 0, r, 0, start);
            System.arraycopy(values, 0, r, start, values.length);
            System.arraycopy(items, stop, r, start + values.length, size - stop);
            replaceAll(r);
            return;
        }
        if (values.length != ix.length()) {
            throw Errors.valueError("attempt to assign sequence of size " + values.length
                    + " to extended slice of size " + ix.length());
        }
        for (int k = 0, i = ix.start(); k < values.length; k++, i += ix.step()) {
            items[i] = values[k];
        }
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PyInt i) {
            remove(Sequences.index(i, size, "list assignment index out of range"));
            return;
        }
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(size);
            boolean[] drop = new boolean[size];
            for (int k = 0, i = ix.start(); k < Math.max(ix.length(), 0); k++, i += ix.step()) {
                drop[i] = true;
            }
            PyObject[] kept = new PyObject[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (!drop[i]) {
                    kept[n++] = items[i];
                }
            }
            replaceAll(Arrays.copyOf(kept, n));
            return;
        }
        throw Errors.typeError("list indices must be integers or slices, not " + key.type().name());
    }

    @Override
    public PyObject iter() {
        return new PyIterator(ITERATOR) {
            private int i;

            @Override
            public PyObject next() {
                return i < size ? items[i++] : null;
            }
        };
    }
}
