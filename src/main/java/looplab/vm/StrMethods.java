package looplab.vm;

import static looplab.vm.BuiltinMethods.bind;
import static looplab.vm.BuiltinMethods.define;
import static looplab.vm.BuiltinMethods.noArguments;
import static looplab.vm.BuiltinMethods.oneArgument;
import static looplab.vm.BuiltinMethods.positional;

import java.util.function.IntPredicate;

/**
 * The methods of str: searching, case, padding, stripping and the character predicates. Splitting lives in
 * {@link StrSplitting} and str.format in {@link StrFormatMethod}. Indices are code points, as in Python.
 */
final class StrMethods {
    private StrMethods() {
    }

    static void install() {
        installSearching();
        installCase();
        installPadding();
        installStripping();
        installPredicates();
        installTransforming();
        StrSplitting.install();
        StrFormatMethod.install();
    }

    static PyStr self(PyObject[] a) {
        return (PyStr) a[0];
    }

    static String value(PyObject[] a) {
        return ((PyStr) a[0]).value;
    }

    // ---- find, index, count, startswith, endswith ---------------------------------------------------------

    private static void installSearching() {
        PyType t = PyStr.TYPE;
        define(t, "find", (a, k) -> PyInt.of(findArgs("find", a, k, false)));
        define(t, "rfind", (a, k) -> PyInt.of(findArgs("rfind", a, k, true)));
        define(t, "index", (a, k) -> PyInt.of(found(findArgs("index", a, k, false))));
        define(t, "rindex", (a, k) -> PyInt.of(found(findArgs("rindex", a, k, true))));
        define(t, "count", (a, k) -> {
            PyObject[] p = searchArgs("count", a, k);
            return PyInt.of(count(self(a), needle(p[0]), p[1], p[2]));
        });
        define(t, "startswith", (a, k) -> PyBool.of(matchesAny("startswith", a, k, false)));
        define(t, "endswith", (a, k) -> PyBool.of(matchesAny("endswith", a, k, true)));
    }

    private static PyObject[] searchArgs(String name, PyObject[] a, String[] k) {
        Args.noKeywords(name, k);
        int n = a.length - 1;
        if (n < 1 || n > 3) {
            throw Errors.typeError(name + "() takes " + (n < 1 ? "at least 1" : "at most 3") + " argument"
                    + (n < 1 ? "" : "s") + " (" + n + " given)");
        }
        return new PyObject[] {a[1], n > 1 ? a[2] : PyNone.NONE, n > 2 ? a[3] : PyNone.NONE};
    }

    private static int findArgs(String name, PyObject[] a, String[] k, boolean reverse) {
        PyObject[] p = searchArgs(name, a, k);
        return find(self(a), needle(p[0]), p[1], p[2], reverse);
    }

    private static int found(int index) {
        if (index < 0) {
            throw Errors.valueError("substring not found");
        }
        return index;
    }

    private static String needle(PyObject sub) {
        if (sub instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError("must be str, not " + sub.type().name());
    }

    /** CPython's ADJUST_INDICES: clamps start and end (None = whole string) to 0..len, negatives from the end. */
    static int[] adjustIndices(PyObject start, PyObject end, int length) {
        long s = start == PyNone.NONE ? 0 : sliceIndex(start);
        long e = end == PyNone.NONE ? length : sliceIndex(end);
        if (e > length) {
            e = length;
        } else if (e < 0) {
            e = Math.max(0, e + length);
        }
        if (s < 0) {
            s = Math.max(0, s + length);
        }
        return new int[] {(int) Math.min(s, Integer.MAX_VALUE), (int) e};
    }

    private static long sliceIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Ops.index(o);
        if (i.isBig()) {
            return i.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        }
        return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i.value));
    }

    static int find(PyStr self, String sub, PyObject start, PyObject end, boolean reverse) {
        int[] r = adjustIndices(start, end, self.codePointLength());
        int subLength = sub.codePointCount(0, sub.length());
        if ((long) r[1] - r[0] < subLength) {
            return -1;
        }
        if (sub.isEmpty()) {
            return reverse ? r[1] : r[0];
        }
        int from = self.offset(r[0]);
        int to = self.offset(r[1]);
        String v = self.value;
        int at = reverse ? v.lastIndexOf(sub, to - sub.length()) : v.indexOf(sub, from);
        if (at < from || at + sub.length() > to) {
            return -1;
        }
        return self.isWide() ? v.codePointCount(0, at) : at;
    }

    static int count(PyStr self, String sub, PyObject start, PyObject end) {
        int[] r = adjustIndices(start, end, self.codePointLength());
        if (r[0] > self.codePointLength() || r[1] < r[0]) {
            return 0;
        }
        if (sub.isEmpty()) {
            return r[1] - r[0] + 1;
        }
        int to = self.offset(r[1]);
        int n = 0;
        for (int at = self.value.indexOf(sub, self.offset(r[0])); at >= 0 && at + sub.length() <= to;
             at = self.value.indexOf(sub, at + sub.length())) {
            n++;
        }
        return n;
    }

    private static boolean matchesAny(String name, PyObject[] a, String[] k, boolean atEnd) {
        PyObject[] p = searchArgs(name, a, k);
        if (p[0] instanceof PyTuple t) {
            for (PyObject candidate : t.items) {
                if (!(candidate instanceof PyStr s)) {
                    throw Errors.typeError("tuple for " + name + " must only contain str, not "
                            + candidate.type().name());
                }
                if (tailMatch(self(a), s.value, p[1], p[2], atEnd)) {
                    return true;
                }
            }
            return false;
        }
        if (!(p[0] instanceof PyStr s)) {
            throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + p[0].type().name());
        }
        return tailMatch(self(a), s.value, p[1], p[2], atEnd);
    }

    /** CPython's tailmatch: does sub occur at the start (or end) of self[start:end]? */
    private static boolean tailMatch(PyStr self, String sub, PyObject start, PyObject end, boolean atEnd) {
        int[] r = adjustIndices(start, end, self.codePointLength());
        int subLength = sub.codePointCount(0, sub.length());
        long last = (long) r[1] - subLength;
        if (last < r[0]) {
            return false;
        }
        if (sub.isEmpty()) {
            return true;
        }
        int at = self.offset(atEnd ? (int) last : r[0]);
        return self.value.startsWith(sub, at);
    }

    // ---- case ---------------------------------------------------------------------------------------------

    private static void installCase() {
        PyType t = PyStr.TYPE;
        define(t, "upper", (a, k) -> {
            noArguments("str.upper", a, k);
            return PyStr.of(value(a).toUpperCase(java.util.Locale.ROOT));
        });
        define(t, "lower", (a, k) -> {
            noArguments("str.lower", a, k);
            return PyStr.of(value(a).toLowerCase(java.util.Locale.ROOT));
        });
        define(t, "casefold", (a, k) -> {
            noArguments("str.casefold", a, k);
            return PyStr.of(mapCodePoints(value(a), PyChars::casefold));
        });
        define(t, "swapcase", (a, k) -> {
            noArguments("str.swapcase", a, k);
            return PyStr.of(mapCodePoints(value(a), c -> PyChars.isUpper(c) ? PyChars.lower(c)
                    : PyChars.isLower(c) ? PyChars.upper(c) : new String(Character.toChars(c))));
        });
        define(t, "title", (a, k) -> {
            noArguments("str.title", a, k);
            return PyStr.of(title(value(a)));
        });
        define(t, "capitalize", (a, k) -> {
            noArguments("str.capitalize", a, k);
            return PyStr.of(capitalize(value(a)));
        });
    }

    private static String mapCodePoints(String s, java.util.function.IntFunction<String> f) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.append(f.apply(c)));
        return b.toString();
    }

    /** As CPython: a cased character after a cased one is lowered, any other is titled. */
    private static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int c = s.codePointAt(i);
            b.append(previousCased ? PyChars.lower(c) : PyChars.title(c));
            previousCased = PyChars.isCased(c);
        }
        return b.toString();
    }

    private static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return PyChars.title(first) + s.substring(Character.charCount(first)).toLowerCase(java.util.Locale.ROOT);
    }

    // ---- padding ------------------------------------------------------------------------------------------

    private static void installPadding() {
        PyType t = PyStr.TYPE;
        define(t, "center", (a, k) -> pad("center", a, k));
        define(t, "ljust", (a, k) -> pad("ljust", a, k));
        define(t, "rjust", (a, k) -> pad("rjust", a, k));
        define(t, "zfill", (a, k) -> PyStr.of(zfill(self(a), Ops.index(oneArgument("str.zfill", a, k)))));
    }

    private static PyObject pad(String name, PyObject[] a, String[] k) {
        PyObject[] p = positional(name, a, k, 1, 2);
        long width = clampWidth(Ops.index(p[0]));
        String fill = " ";
        if (p.length > 1) {
            if (!(p[1] instanceof PyStr f)) {
                throw Errors.typeError(name + "() argument 2 must be a unicode character, not " + p[1].type().name());
            }
            if (f.codePointLength() != 1) {
                throw Errors.typeError("The fill character must be exactly one character long");
            }
            fill = f.value;
        }
        PyStr self = self(a);
        int length = self.codePointLength();
        if (width <= length) {
            return self;
        }
        int margin = (int) width - length;
        int left = switch (name) {
            case "ljust" -> 0;
            case "rjust" -> margin;
            default -> margin / 2 + (margin & (int) width & 1);
        };
        return PyStr.of(fill.repeat(left) + self.value + fill.repeat(margin - left));
    }

    private static long clampWidth(PyInt width) {
        if (width.isBig() || width.value > Integer.MAX_VALUE / 2) {
            if (width.signum() < 0) {
                return 0;
            }
            throw Errors.memoryError();
        }
        return width.value;
    }

    private static String zfill(PyStr self, PyInt widthArg) {
        long width = clampWidth(widthArg);
        int length = self.codePointLength();
        if (width <= length) {
            return self.value;
        }
        String zeros = "0".repeat((int) width - length);
        String v = self.value;
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
            return v.charAt(0) + zeros + v.substring(1);
        }
        return zeros + v;
    }

    // ---- strip --------------------------------------------------------------------------------------------

    private static void installStripping() {
        PyType t = PyStr.TYPE;
        define(t, "strip", (a, k) -> strip("strip", a, k, true, true));
        define(t, "lstrip", (a, k) -> strip("lstrip", a, k, true, false));
        define(t, "rstrip", (a, k) -> strip("rstrip", a, k, false, true));
        define(t, "removeprefix", (a, k) -> {
            String prefix = strArgument("removeprefix", oneArgument("str.removeprefix", a, k));
            String v = value(a);
            return v.startsWith(prefix) ? PyStr.of(v.substring(prefix.length())) : self(a);
        });
        define(t, "removesuffix", (a, k) -> {
            String suffix = strArgument("removesuffix", oneArgument("str.removesuffix", a, k));
            String v = value(a);
            return v.endsWith(suffix) && !suffix.isEmpty()
                    ? PyStr.of(v.substring(0, v.length() - suffix.length())) : self(a);
        });
    }

    private static String strArgument(String name, PyObject arg) {
        if (arg instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError(name + "() argument must be str, not " + arg.type().name());
    }

    private static PyObject strip(String name, PyObject[] a, String[] k, boolean left, boolean right) {
        PyObject[] p = positional(name, a, k, 0, 1);
        IntPredicate strippable;
        if (p.length == 0 || p[0] == PyNone.NONE) {
            strippable = PyChars::isSpace;
        } else if (p[0] instanceof PyStr chars) {
            strippable = c -> chars.value.indexOf(c) >= 0;
        } else {
            throw Errors.typeError(name + " arg must be None or str");
        }
        return PyStr.of(strip(value(a), strippable, left, right));
    }

    static String strip(String s, IntPredicate strippable, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        while (left && start < end && strippable.test(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (right && end > start && strippable.test(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    // ---- predicates ---------------------------------------------------------------------------------------

    private static void installPredicates() {
        allCodePoints("isdigit", PyChars::isDigit);
        allCodePoints("isdecimal", PyChars::isDecimal);
        allCodePoints("isnumeric", PyChars::isNumeric);
        allCodePoints("isalpha", PyChars::isAlpha);
        allCodePoints("isalnum", PyChars::isAlnum);
        allCodePoints("isspace", PyChars::isSpace);
        define(PyStr.TYPE, "isprintable", (a, k) -> {
            noArguments("str.isprintable", a, k);
            return PyBool.of(value(a).codePoints().allMatch(PyChars::isPrintable));
        });
        define(PyStr.TYPE, "isascii", (a, k) -> {
            noArguments("str.isascii", a, k);
            return PyBool.of(value(a).chars().allMatch(c -> c < 128));
        });
        define(PyStr.TYPE, "isidentifier", (a, k) -> {
            noArguments("str.isidentifier", a, k);
            return PyBool.of(isIdentifier(value(a)));
        });
        define(PyStr.TYPE, "isupper", (a, k) -> {
            noArguments("str.isupper", a, k);
            return PyBool.of(casedAndNone(value(a), c -> PyChars.isLower(c) || PyChars.isTitle(c)));
        });
        define(PyStr.TYPE, "islower", (a, k) -> {
            noArguments("str.islower", a, k);
            return PyBool.of(casedAndNone(value(a), c -> PyChars.isUpper(c) || PyChars.isTitle(c)));
        });
        define(PyStr.TYPE, "istitle", (a, k) -> {
            noArguments("str.istitle", a, k);
            return PyBool.of(isTitle(value(a)));
        });
    }

    /** A predicate true when the string is not empty and every code point satisfies it. */
    private static void allCodePoints(String name, IntPredicate test) {
        define(PyStr.TYPE, name, (a, k) -> {
            noArguments("str." + name, a, k);
            String v = value(a);
            return PyBool.of(!v.isEmpty() && v.codePoints().allMatch(test));
        });
    }

    /** isupper/islower: at least one cased character and none of the excluded kind. */
    private static boolean casedAndNone(String s, IntPredicate excluded) {
        boolean cased = false;
        for (int c : s.codePoints().toArray()) {
            if (excluded.test(c)) {
                return false;
            }
            cased |= PyChars.isCased(c);
        }
        return cased;
    }

    private static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int c : s.codePoints().toArray()) {
            if (PyChars.isUpper(c) || PyChars.isTitle(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (PyChars.isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !PyChars.isIdentifierStart(s.codePointAt(0))) {
            return false;
        }
        return s.codePoints().skip(1).allMatch(PyChars::isIdentifierPart);
    }

    // ---- replace, join, expandtabs, translate -------------------------------------------------------------

    private static void installTransforming() {
        PyType t = PyStr.TYPE;
        define(t, "replace", (a, k) -> {
            PyObject[] p = positional("replace", a, k, 2, 3);
            String old = replaceArgument(p[0], 1);
            String replacement = replaceArgument(p[1], 2);
            long count = p.length > 2 ? Ops.index(p[2]).value : -1;
            return PyStr.of(replace(value(a), old, replacement, count < 0 ? Long.MAX_VALUE : count));
        });
        define(t, "join", (a, k) -> PyStr.of(join(value(a), oneArgument("str.join", a, k))));
        define(t, "expandtabs", (a, k) -> {
            PyObject[] p = bind("expandtabs", a, k, 0, "tabsize");
            return PyStr.of(expandTabs(value(a), p[0] == null ? 8 : Ops.index(p[0]).intValue()));
        });
        define(t, "translate", (a, k) -> PyStr.of(StrTranslation.translate(value(a),
                oneArgument("str.translate", a, k))));
        BuiltinMethods.defineStatic(t, "maketrans", (a, k) -> StrTranslation.maketrans(a, k));
        define(t, "__len__", (a, k) -> PyInt.of(self(a).len()));
        define(t, "__contains__", (a, k) -> PyBool.of(self(a).contains(oneArgument("str.__contains__", a, k))));
        define(t, "__getitem__", (a, k) -> self(a).getItem(oneArgument("str.__getitem__", a, k)));
        define(t, "__add__", (a, k) -> self(a).binaryOp(BinaryOp.ADD, oneArgument("str.__add__", a, k), false));
        define(t, "__mul__", (a, k) -> self(a).binaryOp(BinaryOp.MUL, oneArgument("str.__mul__", a, k), false));
        define(t, "__str__", (a, k) -> self(a));
        define(t, "__repr__", (a, k) -> PyStr.of(self(a).repr()));
        define(t, "__hash__", (a, k) -> PyInt.of(self(a).hash()));
        define(t, "__eq__", (a, k) -> self(a).richCompare(oneArgument("str.__eq__", a, k), CompareOp.EQ));
        define(t, "__lt__", (a, k) -> self(a).richCompare(oneArgument("str.__lt__", a, k), CompareOp.LT));
    }

    private static String replaceArgument(PyObject arg, int position) {
        if (arg instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError("replace() argument " + position + " must be str, not " + arg.type().name());
    }

    static String replace(String s, String old, String replacement, long count) {
        if (count == 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        long done = 0;
        if (old.isEmpty()) {
            int i = 0;
            while (i <= s.length()) {
                if (done < count) {
                    b.append(replacement);
                    done++;
                }
                if (i == s.length()) {
                    break;
                }
                int next = i + Character.charCount(s.codePointAt(i));
                b.append(s, i, next);
                i = next;
            }
            return b.toString();
        }
        int from = 0;
        for (int at = s.indexOf(old); at >= 0 && done < count; at = s.indexOf(old, from)) {
            b.append(s, from, at).append(replacement);
            from = at + old.length();
            done++;
        }
        return b.append(s, from, s.length()).toString();
    }

    static String join(String separator, PyObject iterable) {
        PyObject it;
        try {
            it = Ops.iter(iterable);
        } catch (PyException e) {
            if (iterable.type().lookup("__iter__") == null && !(iterable instanceof PyIterator)) {
                throw Errors.typeError("can only join an iterable");
            }
            throw e;
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (PyObject x = it.next(); x != null; x = it.next(), i++) {
            if (!(x instanceof PyStr s)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + x.type().name() + " found");
            }
            if (i > 0) {
                b.append(separator);
            }
            b.append(s.value);
        }
        return b.toString();
    }

    private static String expandTabs(String s, int tabSize) {
        StringBuilder b = new StringBuilder(s.length());
        int column = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int c = s.codePointAt(i);
            if (c == '\t') {
                if (tabSize > 0) {
                    int spaces = tabSize - column % tabSize;
                    b.append(" ".repeat(spaces));
                    column += spaces;
                }
            } else {
                b.appendCodePoint(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return b.toString();
    }
}
