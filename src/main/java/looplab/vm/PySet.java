package looplab.vm;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Python set and frozenset. Iteration follows CPython's hash-table order for small ints (what printing a set of
 * numbers shows), by keeping a {@link SetTable} that mirrors CPython's probing.
 */
public class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set", PySet.class);
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset", PySet.class);
    static final PyType ITERATOR = PyType.builtin("set_iterator", PyIterator.class);

    private final SetTable table;
    private final boolean frozen;

    public PySet(boolean frozen) {
        this.frozen = frozen;
        this.table = new SetTable();
    }

    public PySet(boolean frozen, Iterable<PyObject> items) {
        this(frozen);
        for (PyObject x : items) {
            add(x);
        }
    }

    @Override
    public PyType type() {
        return frozen ? FROZEN_TYPE : TYPE;
    }

    public boolean frozen() {
        return frozen;
    }

    public SetTable table() {
        return table;
    }

    public void add(PyObject item) {
        checkHashable(item);
        table.add(item);
    }

    PySet addAll(Iterable<PyObject> items) {
        for (PyObject x : items) {
            add(x);
        }
        return this;
    }

    public boolean discard(PyObject item) {
        checkHashable(item);
        return table.remove(item);
    }

    public boolean has(PyObject item) {
        checkHashable(item);
        return table.contains(item);
    }

    public int size() {
        return table.size();
    }

    public Set<PyObject> snapshot() {
        LinkedHashSet<PyObject> s = new LinkedHashSet<>();
        for (PyObject x : table) {
            s.add(x);
        }
        return s;
    }

    private static void checkHashable(PyObject key) {
        if (key instanceof PyList || key instanceof PyDict || key instanceof PySet s && !s.frozen) {
            throw Errors.typeError("unhashable type: '" + key.type().name() + "'");
        }
    }

    @Override
    public String repr() {
        // As set_repr: a subclass's instance, like a frozenset, shows its class's name around the braces.
        String name = type().name();
        boolean named = frozen || type() != TYPE;
        if (table.size() == 0) {
            return name + "()";
        }
        return Reprs.guarded(this, name + "(...)", () -> {
            StringBuilder b = new StringBuilder(named ? name + "({" : "{");
            boolean first = true;
            for (PyObject x : table) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(Ops.repr(x));
            }
            return b.append(named ? "})" : "}").toString();
        });
    }

    @Override
    public boolean isTrue() {
        return table.size() > 0;
    }

    @Override
    public long hash() {
        if (!frozen) {
            throw Errors.typeError("unhashable type: 'set'");
        }
        long h = 0;
        for (PyObject x : table) {
            long xh = Ops.hash(x);
            h ^= (xh ^ (xh << 16) ^ 89869747L) * 3644798167L;
        }
        h ^= ((long) table.size() + 1) * 1927868237L;
        return h == -1 ? 590923713L : h;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PySet o)) {
            return PyNotImplemented.INSTANCE;
        }
        return PyBool.of(switch (op) {
            case EQ -> size() == o.size() && isSubset(o);
            case NE -> !(size() == o.size() && isSubset(o));
            case LE -> isSubset(o);
            case LT -> size() < o.size() && isSubset(o);
            case GE -> o.isSubset(this);
            case GT -> size() > o.size() && o.isSubset(this);
        });
    }

    public boolean isSubset(PySet o) {
        for (PyObject x : table) {
            if (!o.table.contains(x)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other, boolean reflected) {
        if (!(other instanceof PySet o)) {
            return PyNotImplemented.INSTANCE;
        }
        PySet a = reflected ? o : this;
        PySet b = reflected ? this : o;
        PySet r = new PySet(a.frozen);
        switch (op) {
            case OR -> {
                a.table.forEach(r::add);
                b.table.forEach(r::add);
            }
            case AND -> a.table.forEach(x -> {
                if (b.table.contains(x)) {
                    r.add(x);
                }
            });
            case SUB -> a.table.forEach(x -> {
                if (!b.table.contains(x)) {
                    r.add(x);
                }
            });
            case XOR -> {
                a.table.forEach(x -> {
                    if (!b.table.contains(x)) {
                        r.add(x);
                    }
                });
                b.table.forEach(x -> {
                    if (!a.table.contains(x)) {
                        r.add(x);
                    }
                });
            }
            default -> {
                return PyNotImplemented.INSTANCE;
            }
        }
        return r;
    }

    @Override
    public PyObject inplaceOp(BinaryOp op, PyObject other) {
        if (frozen || !(other instanceof PySet)) {
            return null;
        }
        PyObject r = binaryOp(op, other, false);
        if (r instanceof PySet s) {
            table.replaceWith(s.table);
            return this;
        }
        return null;
    }

    @Override
    public int len() {
        return table.size();
    }

    @Override
    public boolean contains(PyObject item) {
        return has(item);
    }

    @Override
    public PyObject iter() {
        Iterator<PyObject> source = table.iterator();
        int expected = table.size();
        return new PyIterator(ITERATOR) {
            @Override
            public PyObject next() {
                if (table.size() != expected) {
                    throw Errors.runtimeError("Set changed size during iteration");
                }
                try {
                    return source.hasNext() ? source.next() : null;
                } catch (ConcurrentModificationException e) {
                    throw Errors.runtimeError("Set changed size during iteration");
                }
            }
        };
    }
}
