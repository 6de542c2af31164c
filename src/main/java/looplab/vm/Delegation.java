package looplab.vm;

/** Helpers for YIELD_FROM: adapts any iterator to a {@link Delegate}. */
final class Delegation {
    private Delegation() {
    }

    static Delegate of(PyObject iterator) {
        if (iterator instanceof Delegate d) {
            return d;
        }
        return new IteratorDelegate(iterator);
    }

    static PyObject throwInto(PyObject delegate, PyBaseException exc) {
        return ((Delegate) delegate).throwInto(exc);
    }

    static boolean lastFinished(PyObject delegate) {
        return ((Delegate) delegate).finished();
    }

    static void close(PyObject delegate) {
        ((Delegate) delegate).close();
    }

    /** A plain iterator (or an object with send/throw methods) seen through the Delegate protocol. */
    static final class IteratorDelegate extends PyObject implements Delegate {
        static final PyType TYPE = PyType.builtin("yield_from_iterator", IteratorDelegate.class);
        private final PyObject iterator;
        private boolean finished;

        IteratorDelegate(PyObject iterator) {
            this.iterator = iterator;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject send(PyObject value) {
            try {
                PyObject r;
                if (value == PyNone.NONE) {
                    PyObject next = iterator.type().lookup("__next__");
                    r = next != null ? Calls.callMethod(next, iterator, new PyObject[0], Args.NO_KEYWORDS) : iterator.next();
                    if (r == null) {
                        finished = true;
                        return PyNone.NONE;
                    }
                } else {
                    r = iterator.getAttr("send").call(value);
                }
                return r;
            } catch (PyException e) {
                return stopValueOrThrow(e);
            }
        }

        private PyObject stopValueOrThrow(PyException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                finished = true;
                PyTuple args = e.value.args;
                return args.size() > 0 ? args.get(0) : PyNone.NONE;
            }
            throw e;
        }

        @Override
        public PyObject throwInto(PyBaseException exc) {
            PyObject thrower = iterator.lookupAttr("throw");
            if (thrower == null) {
                throw exc.toThrowable();
            }
            try {
                return thrower.call(exc);
            } catch (PyException e) {
                return stopValueOrThrow(e);
            }
        }

        @Override
        public boolean finished() {
            return finished;
        }

        @Override
        public void close() {
            PyObject closer = iterator.lookupAttr("close");
            if (closer != null) {
                closer.call();
            }
        }
    }
}
