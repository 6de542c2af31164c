package looplab.vm;

import static looplab.vm.BuiltinMethods.bind;
import static looplab.vm.BuiltinMethods.define;
import static looplab.vm.BuiltinMethods.oneArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** str.split, rsplit, splitlines, partition and rpartition, with CPython's whitespace and line-break rules. */
final class StrSplitting {
    private StrSplitting() {
    }

    static void install() {
        PyType t = PyStr.TYPE;
        define(t, "split", (a, k) -> split("split", a, k, false));
        define(t, "rsplit", (a, k) -> split("rsplit", a, k, true));
        define(t, "splitlines", (a, k) -> {
            PyObject[] p = bind("splitlines", a, k, 0, "keepends");
            return splitLines(StrMethods.value(a), p[0] != null && Ops.isTrue(p[0]));
        });
        define(t, "partition", (a, k) -> partition(StrMethods.self(a), oneArgument("str.partition", a, k), false));
        define(t, "rpartition", (a, k) -> partition(StrMethods.self(a), oneArgument("str.rpartition", a, k), true));
    }

    private static PyObject split(String name, PyObject[] a, String[] k, boolean fromRight) {
        PyObject[] p = bind(name, a, k, 0, "sep", "maxsplit");
        PyObject sep = p[0] == null ? PyNone.NONE : p[0];
        long maxSplit = p[1] == null ? -1 : Ops.index(p[1]).value;
        if (maxSplit < 0) {
            maxSplit = Long.MAX_VALUE;
        }
        String s = StrMethods.value(a);
        List<String> parts;
        if (sep == PyNone.NONE) {
            parts = fromRight ? rsplitWhitespace(s, maxSplit) : splitWhitespace(s, maxSplit);
        } else if (sep instanceof PyStr separator) {
            if (separator.value.isEmpty()) {
                throw Errors.valueError("empty separator");
            }
            parts = fromRight ? rsplitOn(s, separator.value, maxSplit) : splitOn(s, separator.value, maxSplit);
        } else {
            throw Errors.typeError("must be str or None, not " + sep.type().name());
        }
        return toList(parts);
    }

    private static PyList toList(List<String> parts) {
        PyList list = new PyList();
        for (String part : parts) {
            list.append(PyStr.of(part));
        }
        return list;
    }

    /** Runs of whitespace separate; leading and trailing whitespace give no empty strings. */
    static List<String> splitWhitespace(String s, long maxSplit) {
        List<String> parts = new ArrayList<>();
        int n = s.length();
        int i = skipSpace(s, 0);
        while (i < n) {
            if (parts.size() == maxSplit) {
                parts.add(s.substring(i));
                return parts;
            }
            int j = i;
            while (j < n && !PyChars.isSpace(s.charAt(j))) {
                j++;
            }
            parts.add(s.substring(i, j));
            i = skipSpace(s, j);
        }
        return parts;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && PyChars.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static List<String> rsplitWhitespace(String s, long maxSplit) {
        List<String> parts = new ArrayList<>();
        int j = skipSpaceBackwards(s, s.length());
        while (j > 0) {
            if (parts.size() == maxSplit) {
                parts.add(s.substring(0, j));
                break;
            }
            int i = j;
            while (i > 0 && !PyChars.isSpace(s.charAt(i - 1))) {
                i--;
            }
            parts.add(s.substring(i, j));
            j = skipSpaceBackwards(s, i);
        }
        Collections.reverse(parts);
        return parts;
    }

    private static int skipSpaceBackwards(String s, int j) {
        while (j > 0 && PyChars.isSpace(s.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    static List<String> splitOn(String s, String sep, long maxSplit) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int at = s.indexOf(sep); at >= 0 && parts.size() < maxSplit; at = s.indexOf(sep, from)) {
            parts.add(s.substring(from, at));
            from = at + sep.length();
        }
        parts.add(s.substring(from));
        return parts;
    }

    private static List<String> rsplitOn(String s, String sep, long maxSplit) {
        List<String> parts = new ArrayList<>();
        int end = s.length();
        int at = s.lastIndexOf(sep, end - sep.length());
        while (at >= 0 && parts.size() < maxSplit) {
            parts.add(s.substring(at + sep.length(), end));
            end = at;
            at = end - sep.length() < 0 ? -1 : s.lastIndexOf(sep, end - sep.length());
        }
        parts.add(s.substring(0, end));
        Collections.reverse(parts);
        return parts;
    }

    static PyList splitLines(String s, boolean keepEnds) {
        PyList lines = new PyList();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!PyChars.isLineBreak(c)) {
                i++;
                continue;
            }
            int end = i;
            i += c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
            lines.append(PyStr.of(s.substring(start, keepEnds ? i : end)));
            start = i;
        }
        if (start < s.length()) {
            lines.append(PyStr.of(s.substring(start)));
        }
        return lines;
    }

    private static PyObject partition(PyStr self, PyObject sepArg, boolean fromRight) {
        if (!(sepArg instanceof PyStr sepStr)) {
            throw Errors.typeError("must be str, not " + sepArg.type().name());
        }
        String sep = sepStr.value;
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        String s = self.value;
        int at = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (at < 0) {
            return fromRight ? new PyTuple(PyStr.EMPTY, PyStr.EMPTY, self) : new PyTuple(self, PyStr.EMPTY, PyStr.EMPTY);
        }
        return new PyTuple(PyStr.of(s.substring(0, at)), sepStr, PyStr.of(s.substring(at + sep.length())));
    }
}
