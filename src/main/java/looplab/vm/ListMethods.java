package looplab.vm;

import java.util.Arrays;
import java.util.Comparator;

/** The methods of list. */
final class ListMethods {
    private ListMethods() {
    }

    static void install() {
        PyType t = PyList.TYPE;
        t.method("append", (a, k) -> {
            Args.exactly("list.append", a, k, 2);
            ((PyList) a[0]).append(a[1]);
            return PyNone.NONE;
        });
        t.method("extend", (a, k) -> {
            ((PyList) a[0]).extend(a[1]);
            return PyNone.NONE;
        });
        t.method("pop", (a, k) -> {
            PyList l = (PyList) a[0];
            if (l.size() == 0) {
                throw Errors.indexError("pop from empty list");
            }
            int i = a.length > 1 ? Sequences.index(Ops.index(a[1]), l.size(), "pop index out of range") : l.size() - 1;
            return l.remove(i);
        });
        t.method("sort", (a, k) -> {
            Args.positional(a, k);
            sort((PyList) a[0], Args.keyword(a, k, "key"), Args.keyword(a, k, "reverse"));
            return PyNone.NONE;
        });
    }

    /** list.sort: stable, with key and reverse, comparing with Python's <. */
    static void sort(PyList list, PyObject key, PyObject reverse) {
        boolean rev = reverse != null && Ops.isTrue(reverse);
        PyObject[] items = list.toArray();
        PyObject[] keys = items;
        if (key != null && key != PyNone.NONE) {
            keys = new PyObject[items.length];
            for (int i = 0; i < items.length; i++) {
                keys[i] = key.call(items[i]);
            }
        }
        Integer[] order = new Integer[items.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        PyObject[] k = keys;
        Comparator<Integer> cmp = (x, y) -> Ops.lessThan(k[x], k[y]) ? -1 : Ops.lessThan(k[y], k[x]) ? 1 : 0;
        if (rev) {
            // Reverse keeps stability: equal elements stay in their original order, as CPython does.
            Comparator<Integer> base = cmp;
            cmp = (x, y) -> base.compare(y, x);
        }
        try {
            Arrays.sort(order, cmp);
        } catch (IllegalArgumentException e) {
            // An inconsistent __lt__: CPython sorts anyway; keep what we have.
        }
        PyObject[] sorted = new PyObject[items.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = items[order[i]];
        }
        list.replaceAll(sorted);
    }
}
