package looplab.vm;

import java.util.ArrayList;
import java.util.List;

/** enumerate, zip, map, filter, reversed and iter(callable, sentinel): lazy iterators as in CPython. */
final class Iterators {
    static final PyType ENUMERATE = PyType.builtin("enumerate", PyIterator.class).factory((t, a, k) -> {
        PyObject[] b = Args.bind("enumerate", a, k, 1, "iterable", "start");
        PyObject it = Ops.iter(b[0]);
        PyInt[] counter = {b[1] == null ? PyInt.of(0) : Ops.index(b[1])};
        return new PyIterator(Iterators.ENUMERATE) {
            @Override
            public PyObject next() {
                PyObject x = it.next();
                if (x == null) {
                    return null;
                }
                PyInt i = counter[0];
                counter[0] = IntMath.add(i, PyInt.of(1));
                return new PyTuple(i, x);
            }
        };
    });
    static final PyType ZIP = PyType.builtin("zip", PyIterator.class).factory((t, a, k) -> {
        PyObject strictArg = Args.keyword(a, k, "strict");
        boolean strict = strictArg != null && strictArg.isTrue();
        PyObject[] iterables = Args.positional(a, k);
        PyObject[] its = new PyObject[iterables.length];
        for (int i = 0; i < its.length; i++) {
            its[i] = Ops.iter(iterables[i]);
        }
        return new PyIterator(Iterators.ZIP) {
            private boolean done;

            @Override
            public PyObject next() {
                if (done || its.length == 0) {
                    return null;
                }
                PyObject[] row = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    row[i] = its[i].next();
                    if (row[i] == null) {
                        done = true;
                        if (strict) {
                            checkStrict(i, its);
                        }
                        return null;
                    }
                }
                return new PyTuple(row);
            }
        };
    });
    static final PyType MAP = PyType.builtin("map", PyIterator.class).factory((t, a, k) -> {
        Args.noKeywords("map", k);
        if (a.length < 2) {
            throw Errors.typeError("map() must have at least two arguments.");
        }
        PyObject fn = a[0];
        PyObject[] its = new PyObject[a.length - 1];
        for (int i = 0; i < its.length; i++) {
            its[i] = Ops.iter(a[i + 1]);
        }
        return new PyIterator(Iterators.MAP) {
            @Override
            public PyObject next() {
                PyObject[] row = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    row[i] = its[i].next();
                    if (row[i] == null) {
                        return null;
                    }
                }
                return fn.call(row, Args.NO_KEYWORDS);
            }
        };
    });
    static final PyType FILTER = PyType.builtin("filter", PyIterator.class).factory((t, a, k) -> {
        Args.exactly("filter", a, k, 2);
        PyObject fn = a[0];
        PyObject it = Ops.iter(a[1]);
        return new PyIterator(Iterators.FILTER) {
            @Override
            public PyObject next() {
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    if (fn == PyNone.NONE ? Ops.isTrue(x) : Ops.isTrue(fn.call(x))) {
                        return x;
                    }
                }
                return null;
            }
        };
    });
    static final PyType REVERSED = PyType.builtin("reversed", PyIterator.class).factory((t, a, k) -> {
        Args.exactly("reversed", a, k, 1);
        return reversed(a[0]);
    });
    static final PyType CALLABLE_ITERATOR = PyType.builtin("callable_iterator", PyIterator.class);

    private Iterators() {
    }

    private static void checkStrict(int shortIndex, PyObject[] its) {
        if (shortIndex > 0) {
            throw Errors.valueError("zip() argument " + (shortIndex + 1) + " is shorter than argument"
                    + (shortIndex == 1 ? " 1" : "s 1-" + shortIndex));
        }
        for (int j = 1; j < its.length; j++) {
            if (its[j].next() != null) {
                throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument"
                        + (j == 1 ? " 1" : "s 1-" + j));
            }
        }
    }

    static PyObject reversed(PyObject seq) {
        PyObject custom = seq.type().lookup("__reversed__");
        if (custom != null) {
            return Calls.callMethod(custom, seq, new PyObject[0], Args.NO_KEYWORDS);
        }
        List<PyObject> items;
        if (seq instanceof PyDict d) {
            items = new ArrayList<>(d.map().keySet());
            java.util.Collections.reverse(items);
        } else if (seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyStr || seq instanceof PyRange
                || seq instanceof PyBytes
                || seq.type().lookup("__getitem__") != null && seq.type().lookup("__len__") != null) {
            int n = seq.len();
            items = new ArrayList<>(n);
            for (int i = n - 1; i >= 0; i--) {
                items.add(seq.getItem(PyInt.of(i)));
            }
        } else {
            throw Errors.typeError("'" + seq.type().name() + "' object is not reversible");
        }
        PyObject[] arr = items.toArray(new PyObject[0]);
        return new PyIterator(reversedType(seq)) {
            private int i;

            @Override
            public PyObject next() {
                return i < arr.length ? arr[i++] : null;
            }
        };
    }

    /** CPython's type for reversed(seq): list and dict have their own reverse iterators. */
    private static PyType reversedType(PyObject seq) {
        if (seq instanceof PyList) {
            return PyList.REVERSE_ITERATOR;
        }
        if (seq instanceof PyDict) {
            return DICT_REVERSE_KEY_ITERATOR;
        }
        if (seq instanceof PyRange) {
            return PyRange.ITERATOR;
        }
        return REVERSED;
    }

    static final PyType DICT_REVERSE_KEY_ITERATOR = PyType.builtin("dict_reversekeyiterator", PyIterator.class);

    static PyObject callableIterator(PyObject fn, PyObject sentinel) {
        return new PyIterator(CALLABLE_ITERATOR) {
            private boolean done;

            @Override
            public PyObject next() {
                if (done) {
                    return null;
                }
                PyObject v = fn.call();
                if (Ops.eq(v, sentinel)) {
                    done = true;
                    return null;
                }
                return v;
            }
        };
    }
}
