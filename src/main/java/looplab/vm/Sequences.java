package looplab.vm;

import java.util.ArrayList;
import java.util.List;

/** Shared rules of Python's sequences: index normalisation, repr of elements, lexicographic comparison. */
final class Sequences {
    private Sequences() {
    }

    /** Normalises a possibly negative index; raises IndexError with the given message when out of range. */
    static int index(PyInt i, int length, String message) {
        if (i.isBig()) {
            throw Errors.indexError(message);
        }
        long k = i.value < 0 ? i.value + length : i.value;
        if (k < 0 || k >= length) {
            throw Errors.indexError(message);
        }
        return (int) k;
    }

    static String join(PyObject[] items, int size, String open, String close) {
        StringBuilder b = new StringBuilder(open);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(Ops.repr(items[i]));
        }
        return b.append(close).toString();
    }

    /** Lexicographic comparison as for tuples and lists. */
    static boolean compare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i] && !Ops.eq(a[i], b[i])) {
                if (op == CompareOp.EQ) {
                    return false;
                }
                if (op == CompareOp.NE) {
                    return true;
                }
                return Ops.compare(a[i], b[i], op).isTrue();
            }
        }
        return op.holds(Integer.compare(na, nb));
    }

    /** The items of an iterable; exact lists and tuples are copied directly, subclasses iterate (their __iter__). */
    static List<PyObject> toList(PyObject iterable) {
        if (iterable.getClass() == PyList.class) {
            return new ArrayList<>(((PyList) iterable).asList());
        }
        if (iterable.getClass() == PyTuple.class) {
            return new ArrayList<>(List.of(((PyTuple) iterable).items));
        }
        List<PyObject> out = new ArrayList<>();
        PyObject it = Ops.iter(iterable);
        for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
            out.add(x);
        }
        return out;
    }

    static PyObject[] toArray(PyObject iterable) {
        if (iterable.getClass() == PyTuple.class) {
            return ((PyTuple) iterable).items;
        }
        if (iterable.getClass() == PyList.class) {
            return ((PyList) iterable).toArray();
        }
        return toList(iterable).toArray(new PyObject[0]);
    }
}
