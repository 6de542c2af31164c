package looplab.vm;

import static looplab.vm.BuiltinMethods.define;
import static looplab.vm.BuiltinMethods.oneArgument;

import java.util.Arrays;

/**
 * str.format and str.format_map: CPython's Objects/stringlib/unicode_format.h. Replacement fields are
 * {@code {field_name!conversion:spec}}; field names index positional or keyword arguments, then follow
 * {@code .attribute} and {@code [key]}; specs may hold nested fields (two levels deep, as CPython allows).
 */
final class StrFormatMethod {
    private static final int MAX_RECURSION = 2;

    private final PyObject[] positional;
    private final PyObject keywords;
    /** format_map: there are no positional arguments at all, so a positional field is an error of its own. */
    private final boolean mappingOnly;
    private int autoNumber;
    private boolean usedAuto;
    private boolean usedManual;

    private StrFormatMethod(PyObject[] positional, PyObject keywords, boolean mappingOnly) {
        this.positional = positional;
        this.keywords = keywords;
        this.mappingOnly = mappingOnly;
    }

    static void install() {
        define(PyStr.TYPE, "format", (a, k) -> {
            int npos = a.length - k.length;
            PyDict keywords = new PyDict();
            for (int i = 0; i < k.length; i++) {
                keywords.put(PyStr.of(k[i]), a[npos + i]);
            }
            StrFormatMethod method = new StrFormatMethod(Arrays.copyOfRange(a, 1, npos), keywords, false);
            return PyStr.of(method.render(StrMethods.value(a), MAX_RECURSION));
        });
        define(PyStr.TYPE, "format_map", (a, k) -> {
            PyObject mapping = oneArgument("str.format_map", a, k);
            return PyStr.of(new StrFormatMethod(new PyObject[0], mapping, true).render(StrMethods.value(a), MAX_RECURSION));
        });
    }

    private String render(String format, int depth) {
        if (depth <= 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (c == '}') {
                if (i + 1 < n && format.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && format.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            if (i + 1 >= n) {
                throw Errors.valueError("Single '{' encountered in format string");
            }
            int end = fieldEnd(format, i + 1);
            out.append(replacement(format.substring(i + 1, end), depth));
            i = end + 1;
        }
        return out.toString();
    }

    /** The index of the '}' closing a field that starts at from, counting nested braces. */
    private static int fieldEnd(String format, int from) {
        int level = 1;
        for (int i = from; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '[' && level == 1) {
                int close = format.indexOf(']', i);
                if (close < 0) {
                    break;
                }
                i = close;
            } else if (c == '{') {
                level++;
            } else if (c == '}' && --level == 0) {
                return i;
            }
        }
        throw Errors.valueError("expected '}' before end of string");
    }

    /** One field: its value looked up, converted, and formatted with its (expanded) spec. */
    private String replacement(String field, int depth) {
        int nameEnd = nameEnd(field);
        String name = field.substring(0, nameEnd);
        int conversion = 0;
        String spec = "";
        int rest = nameEnd;
        if (rest < field.length() && field.charAt(rest) == '!') {
            if (rest + 1 >= field.length()) {
                throw Errors.valueError("end of string while looking for conversion specifier");
            }
            conversion = conversionCode(field.charAt(rest + 1));
            rest += 2;
            if (rest < field.length() && field.charAt(rest) != ':') {
                throw Errors.valueError("expected ':' after conversion specifier");
            }
        }
        if (rest < field.length()) {
            spec = field.substring(rest + 1);
        }
        // As CPython: the field's own argument is taken before the nested fields of its spec are numbered.
        PyObject value = resolve(name);
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, depth - 1);
        }
        return Formatting.formatValue(value, conversion, PyStr.of(spec));
    }

    private static int nameEnd(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '[') {
                int close = field.indexOf(']', i);
                i = close < 0 ? field.length() : close;
            } else if (c == '{') {
                throw Errors.valueError("unexpected '{' in field name");
            } else if (c == '!' || c == ':') {
                return i;
            }
        }
        return field.length();
    }

    private static int conversionCode(char c) {
        return switch (c) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> throw Errors.valueError("Unknown conversion specifier " + c);
        };
    }

    /** field_name: an argument, then any number of .attribute and [key] accessors. */
    private PyObject resolve(String fieldName) {
        int i = 0;
        while (i < fieldName.length() && fieldName.charAt(i) != '.' && fieldName.charAt(i) != '[') {
            i++;
        }
        PyObject value = argument(fieldName.substring(0, i));
        while (i < fieldName.length()) {
            char c = fieldName.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < fieldName.length() && fieldName.charAt(end) != '.' && fieldName.charAt(end) != '[') {
                    end++;
                }
                String attribute = fieldName.substring(i + 1, end);
                if (attribute.isEmpty()) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                value = value.getAttr(attribute);
                i = end;
            } else if (c == '[') {
                int close = fieldName.indexOf(']', i);
                if (close < 0) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                String key = fieldName.substring(i + 1, close);
                if (key.isEmpty()) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                value = value.getItem(isNumber(key) ? PyInt.of(Long.parseLong(key)) : PyStr.of(key));
                i = close + 1;
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private PyObject argument(String name) {
        if (name.isEmpty()) {
            if (usedManual) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            usedAuto = true;
            return positional(autoNumber++);
        }
        if (isNumber(name)) {
            if (usedAuto) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            usedManual = true;
            return positional(Integer.parseInt(name));
        }
        if (!mappingOnly && keywords instanceof PyDict d) {
            PyObject value = d.get(PyStr.of(name));
            if (value == null) {
                throw Errors.keyError(PyStr.of(name));
            }
            return value;
        }
        return keywords.getItem(PyStr.of(name));
    }

    private PyObject positional(int index) {
        if (index >= positional.length) {
            if (mappingOnly) {
                throw Errors.valueError("Format string contains positional fields");
            }
            throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return positional[index];
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
