package looplab.vm;

import looplab.vm.format.FormatError;
import looplab.vm.format.FormatSpec;
import looplab.vm.format.Formatter;

/** format(value, spec), f-string replacement fields and str.format's conversions. */
public final class Formatting {
    private Formatting() {
    }

    /** FORMAT_VALUE: conversion 0 none, 1 !s, 2 !r, 3 !a; then format with the spec (null = empty). */
    static String formatValue(PyObject value, int conversion, PyObject spec) {
        PyObject v = switch (conversion) {
            case 1 -> PyStr.of(value.str());
            case 2 -> PyStr.of(value.repr());
            case 3 -> PyStr.of(Builtins.ascii(value.repr()));
            default -> value;
        };
        String specText = spec == null ? "" : ((PyStr) spec).value;
        if (specText.isEmpty() && v instanceof PyStr s) {
            return s.value;
        }
        return format(v, specText);
    }

    /** The builtin format(): __format__ of the value's class, with the builtin types' mini-language. */
    public static String format(PyObject value, String spec) {
        try {
            if (value instanceof PyBool b && spec.isEmpty()) {
                return b.repr();
            }
            if (value instanceof PyInt i) {
                if (spec.isEmpty()) {
                    return i.str(); // format(x, '') is str(x): a subclass's __str__ counts
                }
                FormatSpec parsed = FormatSpec.parse(spec, value.type().name());
                if (value instanceof PyBool && parsed.type() == 0 ) {
                    return Formatter.formatString(value.repr(), parsed);
                }
                return Formatter.formatInt(i.bigValue(), parsed);
            }
            if (value instanceof PyFloat f) {
                return spec.isEmpty() ? f.str() : Formatter.formatFloat(f.value, FormatSpec.parse(spec, "float"));
            }
            if (value instanceof PyStr s) {
                return spec.isEmpty() ? s.str() : Formatter.formatString(s.value, FormatSpec.parse(spec, "str"));
            }
        } catch (FormatError e) {
            throw Errors.raise(ExceptionTypes.ALL.getOrDefault(e.pythonType(), ExceptionTypes.VALUE_ERROR), e.getMessage());
        }
        PyObject custom = value.type().lookup("__format__");
        if (custom != null) {
            PyObject r = Calls.callMethod(custom, value, new PyObject[] {PyStr.of(spec)}, Args.NO_KEYWORDS);
            if (!(r instanceof PyStr s)) {
                throw Errors.typeError("__format__ must return a str, not " + r.type().name());
            }
            return s.value;
        }
        if (!spec.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to " + value.type().name() + ".__format__");
        }
        return value.str();
    }
}
