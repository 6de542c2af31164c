package looplab.vm;

/** str.maketrans and str.translate: a table from code points to code points, strings or None. */
final class StrTranslation {
    private StrTranslation() {
    }

    static PyObject maketrans(PyObject[] a, String[] k) {
        Args.range("maketrans", a, k, 1, 3);
        PyDict table = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict mapping)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            mapping.map().forEach((key, value) -> table.put(codePointKey(key), value));
            return table;
        }
        String from = stringArgument(a[0], 1);
        String to = stringArgument(a[1], 2);
        if (from.codePointCount(0, from.length()) != to.codePointCount(0, to.length())) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        int[] source = from.codePoints().toArray();
        int[] target = to.codePoints().toArray();
        for (int i = 0; i < source.length; i++) {
            table.put(PyInt.of(source[i]), PyInt.of(target[i]));
        }
        if (a.length == 3) {
            stringArgument(a[2], 3).codePoints().forEach(c -> table.put(PyInt.of(c), PyNone.NONE));
        }
        return table;
    }

    private static String stringArgument(PyObject arg, int position) {
        if (arg instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError("maketrans() argument " + position + " must be str, not " + arg.type().name());
    }

    private static PyObject codePointKey(PyObject key) {
        if (key instanceof PyStr s) {
            if (s.codePointLength() != 1) {
                throw Errors.valueError("string keys in translate table must be of length 1");
            }
            return PyInt.of(s.value.codePointAt(0));
        }
        if (key instanceof PyInt) {
            return key;
        }
        throw Errors.typeError("keys in translate table must be strings or integers");
    }

    /** Each code point is looked up in the table; a LookupError keeps it, None deletes it. */
    static String translate(String s, PyObject table) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            PyObject mapped;
            try {
                mapped = table.getItem(PyInt.of(c));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.LOOKUP_ERROR)) {
                    b.appendCodePoint(c);
                    return;
                }
                throw e;
            }
            if (mapped instanceof PyInt i) {
                b.appendCodePoint(i.intValue());
            } else if (mapped instanceof PyStr str) {
                b.append(str.value);
            } else if (mapped != PyNone.NONE) {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        });
        return b.toString();
    }
}
