package looplab.vm;

/**
 * Argument checking for builtins: the same counts and messages as CPython's argument clinic
 * ("len() takes exactly one argument (2 given)").
 */
public final class Args {
    public static final String[] NO_KEYWORDS = new String[0];

    private Args() {
    }

    /** The positional arguments, failing if any keyword argument was passed. */
    public static PyObject[] positional(PyObject[] args, String[] kwnames) {
        if (kwnames.length == 0) {
            return args;
        }
        PyObject[] positional = new PyObject[args.length - kwnames.length];
        System.arraycopy(args, 0, positional, 0, positional.length);
        return positional;
    }

    public static void noKeywords(String function, String[] kwnames) {
        if (kwnames.length > 0) {
            throw Errors.typeError(function + "() takes no keyword arguments");
        }
    }

    public static void exactly(String function, PyObject[] args, String[] kwnames, int n) {
        noKeywords(function, kwnames);
        if (args.length != n) {
            if (n == 0) {
                throw Errors.typeError(function + "() takes no arguments (" + args.length + " given)");
            }
            if (n == 1) {
                throw Errors.typeError(function + "() takes exactly one argument (" + args.length + " given)");
            }
            throw Errors.typeError(function + " expected " + n + " arguments, got " + args.length);
        }
    }

    public static void range(String function, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(function, kwnames);
        if (args.length < min) {
            throw Errors.typeError(function + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                    + ", got " + args.length);
        }
        if (args.length > max) {
            throw Errors.typeError(function + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + args.length);
        }
    }

    /** The keyword argument named name, or null; positional count is the index where keywords start. */
    public static PyObject keyword(PyObject[] args, String[] kwnames, String name) {
        for (int i = 0; i < kwnames.length; i++) {
            if (kwnames[i].equals(name)) {
                return args[args.length - kwnames.length + i];
            }
        }
        return null;
    }

    /**
     * Binds arguments to parameter names: positional first, then keywords by name. Names in {@code params} may
     * not be repeated; missing optional parameters stay null. Unknown keywords raise TypeError.
     */
    public static PyObject[] bind(String function, PyObject[] args, String[] kwnames, int required, String... params) {
        PyObject[] bound = new PyObject[params.length];
        int npos = args.length - kwnames.length;
        if (npos > params.length) {
            throw Errors.typeError(function + "() takes at most " + params.length + " argument"
                    + (params.length == 1 ? "" : "s") + " (" + npos + " given)");
        }
        System.arraycopy(args, 0, bound, 0, npos);
        for (int k = 0; k < kwnames.length; k++) {
            int slot = indexOf(params, kwnames[k]);
            if (slot < 0) {
                throw Errors.typeError(function + "() got an unexpected keyword argument '" + kwnames[k] + "'");
            }
            if (bound[slot] != null) {
                throw Errors.typeError("argument for " + function + "() given by name ('" + kwnames[k]
                        + "') and position (" + (slot + 1) + ")");
            }
            bound[slot] = args[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (bound[i] == null) {
                throw Errors.typeError(function + "() missing required argument '" + params[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return bound;
    }

    private static int indexOf(String[] params, String name) {
        for (int i = 0; i < params.length; i++) {
            if (params[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The positional arguments followed by the values of a dict of keyword arguments (vectorcall layout). */
    public static PyObject[] withKeywords(PyObject[] positional, PyDict keywords) {
        PyObject[] all = java.util.Arrays.copyOf(positional, positional.length + keywords.size());
        int i = positional.length;
        for (PyObject value : keywords.map().values()) {
            all[i++] = value;
        }
        return all;
    }

    /** The names of a dict of keyword arguments, in the order of {@link #withKeywords}. */
    public static String[] keywordNames(PyDict keywords) {
        return keywords.map().keySet().stream().map(PyObject::str).toArray(String[]::new);
    }

    /** The arguments after the first (a method's arguments without self). */
    public static PyObject[] rest(PyObject[] args) {
        return java.util.Arrays.copyOfRange(args, 1, args.length);
    }

    public static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] all = new PyObject[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
