package looplab.vm;

import static looplab.vm.BuiltinMethods.define;
import static looplab.vm.BuiltinMethods.noArguments;
import static looplab.vm.BuiltinMethods.oneArgument;
import static looplab.vm.BuiltinMethods.positional;

import java.util.Arrays;
import java.util.Comparator;

/** The methods of list and tuple. */
final class ListMethods {
    private ListMethods() {
    }

    static void install() {
        installMutators();
        installQueries();
        installTuple();
    }

    private static PyList self(PyObject[] a) {
        return (PyList) a[0];
    }

    private static void installMutators() {
        PyType t = PyList.TYPE;
        define(t, "append", (a, k) -> {
            self(a).append(oneArgument("list.append", a, k));
            return PyNone.NONE;
        });
        define(t, "extend", (a, k) -> {
            self(a).extend(oneArgument("list.extend", a, k));
            return PyNone.NONE;
        });
        define(t, "insert", (a, k) -> {
            PyObject[] p = positional("insert", a, k, 2, 2);
            PyList list = self(a);
            list.insert(insertionIndex(Ops.index(p[0]), list.size()), p[1]);
            return PyNone.NONE;
        });
        define(t, "pop", (a, k) -> {
            PyObject[] p = positional("pop", a, k, 0, 1);
            PyList list = self(a);
            int i = p.length > 0 ? Sequences.index(Ops.index(p[0]), list.size(), "pop index out of range")
                    : list.size() - 1;
            if (list.size() == 0) {
                throw Errors.indexError("pop from empty list");
            }
            return list.remove(i);
        });
        define(t, "remove", (a, k) -> {
            PyObject x = oneArgument("list.remove", a, k);
            PyList list = self(a);
            int i = indexOf(list.toArray(), list.size(), x, 0, list.size());
            if (i < 0) {
                throw Errors.valueError("list.remove(x): x not in list");
            }
            list.remove(i);
            return PyNone.NONE;
        });
        define(t, "clear", (a, k) -> {
            noArguments("list.clear", a, k);
            self(a).clear();
            return PyNone.NONE;
        });
        define(t, "reverse", (a, k) -> {
            noArguments("list.reverse", a, k);
            PyObject[] items = self(a).toArray();
            reverseInPlace(items);
            self(a).replaceAll(items);
            return PyNone.NONE;
        });
        define(t, "sort", (a, k) -> {
            if (a.length - k.length > 1) {
                throw Errors.typeError("sort() takes no positional arguments");
            }
            for (String name : k) {
                if (!name.equals("key") && !name.equals("reverse")) {
                    throw Errors.typeError("'" + name + "' is an invalid keyword argument for sort()");
                }
            }
            sort(self(a), Args.keyword(a, k, "key"), Args.keyword(a, k, "reverse"));
            return PyNone.NONE;
        });
    }

    /** list.insert clamps the index to the list instead of raising, as CPython does. */
    private static int insertionIndex(PyInt index, int size) {
        long i = index.isBig() ? (index.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2) : index.value;
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        return (int) Math.min(i, size);
    }

    private static void installQueries() {
        PyType t = PyList.TYPE;
        define(t, "copy", (a, k) -> {
            noArguments("list.copy", a, k);
            return new PyList(self(a).toArray());
        });
        define(t, "count", (a, k) -> PyInt.of(count(self(a).toArray(), oneArgument("list.count", a, k))));
        define(t, "index", (a, k) -> {
            PyObject[] items = self(a).toArray();
            int i = index("index", items, a, k);
            if (i < 0) {
                throw Errors.valueError(a[1].repr() + " is not in list");
            }
            return PyInt.of(i);
        });
        define(t, "__len__", (a, k) -> PyInt.of(self(a).size()));
        define(t, "__getitem__", (a, k) -> self(a).getItem(oneArgument("list.__getitem__", a, k)));
        define(t, "__contains__", (a, k) -> PyBool.of(self(a).contains(oneArgument("list.__contains__", a, k))));
    }

    private static void installTuple() {
        PyType t = PyTuple.TYPE;
        define(t, "count", (a, k) -> PyInt.of(count(((PyTuple) a[0]).items, oneArgument("tuple.count", a, k))));
        define(t, "index", (a, k) -> {
            int i = index("index", ((PyTuple) a[0]).items, a, k);
            if (i < 0) {
                throw Errors.valueError("tuple.index(x): x not in tuple");
            }
            return PyInt.of(i);
        });
        define(t, "__len__", (a, k) -> PyInt.of(((PyTuple) a[0]).size()));
        define(t, "__getitem__", (a, k) -> a[0].getItem(oneArgument("tuple.__getitem__", a, k)));
    }

    static int count(PyObject[] items, PyObject x) {
        int n = 0;
        for (PyObject item : items) {
            if (item == x || Ops.eq(item, x)) {
                n++;
            }
        }
        return n;
    }

    /** index(x[, start[, stop]]) of list and tuple; -1 when absent. */
    private static int index(String name, PyObject[] items, PyObject[] a, String[] k) {
        PyObject[] p = positional(name, a, k, 1, 3);
        int start = p.length > 1 ? clampedIndex(p[1], items.length) : 0;
        int stop = p.length > 2 ? clampedIndex(p[2], items.length) : items.length;
        return indexOf(items, items.length, p[0], start, stop);
    }

    private static int clampedIndex(PyObject o, int length) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        PyInt i = Ops.index(o);
        long v = i.isBig() ? (i.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2) : i.value;
        if (v < 0) {
            v = Math.max(0, v + length);
        }
        return (int) Math.min(v, length);
    }

    private static int indexOf(PyObject[] items, int size, PyObject x, int start, int stop) {
        for (int i = start; i < Math.min(stop, size); i++) {
            if (items[i] == x || Ops.eq(items[i], x)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * list.sort: stable, with key and reverse, comparing with Python's {@code <} only. As CPython, reverse=True
     * reverses, sorts and reverses again, so equal elements keep their original order.
     */
    static void sort(PyList list, PyObject key, PyObject reverse) {
        boolean rev = reverse != null && Ops.isTrue(reverse);
        PyObject[] items = list.toArray();
        if (rev) {
            reverseInPlace(items);
        }
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
        try {
            Arrays.sort(order, cmp);
        } catch (IllegalArgumentException e) {
            // An inconsistent __lt__: CPython sorts anyway; keep what we have.
        }
        PyObject[] sorted = new PyObject[items.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = items[order[i]];
        }
        if (rev) {
            reverseInPlace(sorted);
        }
        list.replaceAll(sorted);
    }

    private static void reverseInPlace(PyObject[] items) {
        for (int i = 0, j = items.length - 1; i < j; i++, j--) {
            PyObject swap = items[i];
            items[i] = items[j];
            items[j] = swap;
        }
    }
}
