package looplab.vm;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A short repr for the trace's view of locals, computed without running any Python code. A user {@code __repr__}
 * called from the tracer would print, move the virtual clock or raise inside someone else's step, so builtin
 * values get CPython's repr (containers element by element, through this class again) and an instance of a
 * class defined in Python gets {@code <ClassName object>}. Texts longer than {@link #MAX_LENGTH} characters are
 * cut and end in {@code …}.
 */
public final class SafeRepr {
    public static final int MAX_LENGTH = 60;
    private static final String ELLIPSIS = "…";
    private static final int MAX_DEPTH = 4;

    /** An object whose repr for the trace is computed in Java only (e.g. asyncio's Future and Task). */
    public interface Plain {
        String plainRepr();
    }

    private final StringBuilder text = new StringBuilder();
    private final IdentityHashMap<PyObject, Boolean> inProgress = new IdentityHashMap<>();

    private SafeRepr() {
    }

    public static String of(PyObject value) {
        SafeRepr repr = new SafeRepr();
        repr.append(value, 0);
        return repr.truncated();
    }

    private String truncated() {
        if (text.length() <= MAX_LENGTH) {
            return text.toString();
        }
        return text.substring(0, MAX_LENGTH - 1) + ELLIPSIS;
    }

    /** Enough text to know the result will be cut: containers stop adding elements. */
    private boolean full() {
        return text.length() > MAX_LENGTH;
    }

    private void append(PyObject value, int depth) {
        if (value instanceof PyStr s) {
            String shown = s.value.length() > MAX_LENGTH ? s.value.substring(0, MAX_LENGTH + 1) : s.value;
            text.append(PyStr.repr(shown));
        } else if (isJavaLeaf(value)) {
            text.append(value.repr());
        } else if (value instanceof Plain plain) {
            text.append(plain.plainRepr());
        } else if (value instanceof PyList || value instanceof PyTuple || value instanceof PyDict
                || value instanceof PySet) {
            appendContainer(value, depth);
        } else if (value instanceof PyBaseException exc && exc.type().isBuiltin()) {
            text.append(exc.type().name());
            appendItems("(", exc.args.items, exc.args.size(), ")", depth);
        } else if (value instanceof PyMethod method && method.function instanceof PyFunction f) {
            text.append("<bound method ").append(f.qualname()).append('>');
        } else {
            text.append('<').append(value.type().name()).append(" object>");
        }
    }

    /** Builtin objects whose own repr is Java code that never reaches another object's repr. */
    private static boolean isJavaLeaf(PyObject value) {
        return value instanceof PyInt || value instanceof PyFloat || value instanceof PyNone
                || value instanceof PyFunction || value instanceof PyBuiltinFunction || value instanceof PyType
                || value instanceof PyModule || value instanceof PyGenerator || value instanceof PyRange
                || value instanceof PyNotImplemented;
    }

    private void appendContainer(PyObject container, int depth) {
        if (depth >= MAX_DEPTH || inProgress.put(container, Boolean.TRUE) != null) {
            text.append("...");
            return;
        }
        try {
            if (container instanceof PyList list) {
                appendItems("[", listItems(list), list.size(), "]", depth);
            } else if (container instanceof PyTuple tuple) {
                appendItems("(", tuple.items, tuple.size(), tuple.size() == 1 ? ",)" : ")", depth);
            } else if (container instanceof PyDict dict) {
                appendDict(dict, depth);
            } else {
                appendSet((PySet) container, depth);
            }
        } finally {
            inProgress.remove(container);
        }
    }

    private static PyObject[] listItems(PyList list) {
        PyObject[] items = new PyObject[Math.min(list.size(), MAX_LENGTH)];
        for (int i = 0; i < items.length; i++) {
            items[i] = list.get(i);
        }
        return items;
    }

    private void appendItems(String open, PyObject[] items, int size, String close, int depth) {
        text.append(open);
        for (int i = 0; i < size && i < items.length; i++) {
            if (full()) {
                return;
            }
            if (i > 0) {
                text.append(", ");
            }
            append(items[i], depth + 1);
        }
        text.append(close);
    }

    private void appendDict(PyDict dict, int depth) {
        text.append('{');
        boolean first = true;
        for (Map.Entry<PyObject, PyObject> entry : dict.map().entrySet()) {
            if (full()) {
                return;
            }
            if (!first) {
                text.append(", ");
            }
            first = false;
            append(entry.getKey(), depth + 1);
            text.append(": ");
            append(entry.getValue(), depth + 1);
        }
        text.append('}');
    }

    private void appendSet(PySet set, int depth) {
        String name = set.frozen() ? "frozenset" : "set";
        if (set.size() == 0) {
            text.append(name).append("()");
            return;
        }
        text.append(set.frozen() ? "frozenset({" : "{");
        boolean first = true;
        for (PyObject item : set.table()) {
            if (full()) {
                return;
            }
            if (!first) {
                text.append(", ");
            }
            first = false;
            append(item, depth + 1);
        }
        text.append(set.frozen() ? "})" : "}");
    }
}
