package looplab.vm;

/** range(start, stop, step): a lazy arithmetic sequence. */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyRange.class);
    static final PyType ITERATOR = PyType.builtin("range_iterator", PyIterator.class);

    public final long start;
    public final long stop;
    public final long step;
    private final long length;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        }
        this.length = n;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public long length() {
        return length;
    }

    public long get(long i) {
        return start + i * step;
    }

    @Override
    public String repr() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public boolean isTrue() {
        return length > 0;
    }

    @Override
    public int len() {
        if (length > Integer.MAX_VALUE) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return (int) length;
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyInt i && !i.isBig()) {
            long v = i.value;
            if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
                return false;
            }
            return (v - start) % step == 0;
        }
        return super.contains(item);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i) {
            long k = i.isBig() ? Long.MAX_VALUE : i.value;
            if (k < 0) {
                k += length;
            }
            if (k < 0 || k >= length) {
                throw Errors.indexError("range object index out of range");
            }
            return PyInt.of(get(k));
        }
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices((int) Math.min(length, Integer.MAX_VALUE));
            return new PyRange(get(ix.start()), get(ix.start()) + (long) ix.length() * ix.step() * step, (long) ix.step() * step);
        }
        throw Errors.typeError("range indices must be integers or slices, not " + key.type().name());
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyRange r && (op == CompareOp.EQ || op == CompareOp.NE)) {
            boolean eq = length == r.length && (length == 0 || start == r.start && (length == 1 || step == r.step));
            return PyBool.of(eq == (op == CompareOp.EQ));
        }
        return super.richCompare(other, op);
    }

    @Override
    public long hash() {
        return new PyTuple(PyInt.of(length), PyInt.of(start), PyInt.of(step)).hash();
    }

    @Override
    public PyObject iter() {
        return new PyIterator(ITERATOR) {
            private long i;

            @Override
            public PyObject next() {
                return i < length ? PyInt.of(start + step * i++) : null;
            }
        };
    }
}
