package looplab.vm;

import java.util.ArrayList;
import java.util.List;

/** Binds call arguments to a function's parameters, with CPython's error messages (ceval.c's initialize_locals). */
final class ArgumentBinder {
    private ArgumentBinder() {
    }

    static void bind(PyFunction fn, PyObject[] locals, PyObject[] args, String[] kwnames) {
        PyCode code = fn.code;
        int argcount = code.argcount;
        int npos = args.length - kwnames.length;
        if (kwnames.length == 0 && npos == argcount && (code.flags & (PyCode.VARARGS | PyCode.VARKEYWORDS)) == 0
                && code.kwonlyargcount == 0) {
            System.arraycopy(args, 0, locals, 0, npos);
            return;
        }
        int n = Math.min(npos, argcount);
        System.arraycopy(args, 0, locals, 0, n);
        int slot = argcount + code.kwonlyargcount;
        if ((code.flags & PyCode.VARARGS) != 0) {
            PyObject[] rest = new PyObject[Math.max(0, npos - argcount)];
            System.arraycopy(args, n, rest, 0, rest.length);
            locals[slot++] = new PyTuple(rest);
        } else if (npos > argcount) {
            throw tooManyPositional(fn, npos, kwnames, args);
        }
        PyDict kwargs = null;
        if ((code.flags & PyCode.VARKEYWORDS) != 0) {
            kwargs = new PyDict();
            locals[slot] = kwargs;
        }
        bindKeywords(fn, locals, args, kwnames, npos, kwargs);
        fillDefaults(fn, locals);
    }

    private static void bindKeywords(PyFunction fn, PyObject[] locals, PyObject[] args, String[] kwnames, int npos,
                                     PyDict kwargs) {
        PyCode code = fn.code;
        int end = code.argcount + code.kwonlyargcount;
        List<String> positionalOnly = null;
        for (int k = 0; k < kwnames.length; k++) {
            String name = kwnames[k];
            PyObject value = args[npos + k];
            int index = -1;
            for (int i = code.posonlyargcount; i < end; i++) {
                if (code.varnames[i].equals(name)) {
                    index = i;
                    break;
                }
            }
            if (index >= 0) {
                if (locals[index] != null) {
                    throw Errors.typeError(fn.qualname() + "() got multiple values for argument '" + name + "'");
                }
                locals[index] = value;
            } else if (kwargs != null) {
                kwargs.put(PyStr.of(name), value);
            } else if (isPositionalOnly(code, name)) {
                (positionalOnly == null ? positionalOnly = new ArrayList<>() : positionalOnly).add(name);
            } else {
                throw Errors.typeError(fn.qualname() + "() got an unexpected keyword argument '" + name + "'");
            }
        }
        if (positionalOnly != null) {
            throw Errors.typeError(fn.qualname() + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", positionalOnly) + "'");
        }
    }

    private static boolean isPositionalOnly(PyCode code, String name) {
        for (int i = 0; i < code.posonlyargcount; i++) {
            if (code.varnames[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void fillDefaults(PyFunction fn, PyObject[] locals) {
        PyCode code = fn.code;
        int argcount = code.argcount;
        int firstDefault = argcount - fn.defaults.length;
        List<String> missing = null;
        for (int i = 0; i < argcount; i++) {
            if (locals[i] == null) {
                if (i >= firstDefault) {
                    locals[i] = fn.defaults[i - firstDefault];
                } else {
                    (missing == null ? missing = new ArrayList<>() : missing).add(code.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(fn, missing, "positional");
        }
        for (int i = argcount; i < argcount + code.kwonlyargcount; i++) {
            if (locals[i] == null) {
                PyObject d = fn.kwDefaults == null ? null : fn.kwDefaults.get(PyStr.of(code.varnames[i]));
                if (d != null) {
                    locals[i] = d;
                } else {
                    (missing == null ? missing = new ArrayList<>() : missing).add(code.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(fn, missing, "keyword-only");
        }
    }

    private static PyException missingArguments(PyFunction fn, List<String> names, String kind) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                b.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            b.append('\'').append(names.get(i)).append('\'');
        }
        int n = names.size();
        return Errors.typeError(fn.qualname() + "() missing " + n + " required " + kind + " argument"
                + (n == 1 ? "" : "s") + ": " + b);
    }

    private static PyException tooManyPositional(PyFunction fn, int given, String[] kwnames, PyObject[] args) {
        PyCode code = fn.code;
        int max = code.argcount;
        int min = max - fn.defaults.length;
        String takes = min == max ? max + " positional argument" + (max == 1 ? "" : "s")
                : "from " + min + " to " + max + " positional arguments";
        int kwonlyGiven = 0;
        for (String kw : kwnames) {
            for (int i = code.argcount; i < code.argcount + code.kwonlyargcount; i++) {
                if (code.varnames[i].equals(kw)) {
                    kwonlyGiven++;
                }
            }
        }
        String given2 = given + (kwonlyGiven > 0 ? " positional argument" + (given == 1 ? "" : "s") + " (and "
                + kwonlyGiven + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ")"
                : "");
        String verb = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        if (kwonlyGiven > 0) {
            return Errors.typeError(fn.qualname() + "() takes " + takes + " but " + given2 + " were given");
        }
        return Errors.typeError(fn.qualname() + "() takes " + takes + " but " + given + " " + verb + " given");
    }
}
