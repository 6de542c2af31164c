package looplab.language;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import looplab.language.ast.ConstantSingleton;
import looplab.language.ast.Module;
import looplab.language.ast.Stmt;

/**
 * Prints an AST the way scripts/record_language_expectations.py prints CPython's: ast.dump's form without
 * positions, with CPython's class and field names, one line per top-level statement.
 */
final class AstDump {
    private static final Map<String, String> CLASS_NAMES = Map.of(
            "ExprStmt", "Expr", "Arguments", "arguments", "Arg", "arg", "Keyword", "keyword", "Alias", "alias",
            "WithItem", "withitem", "MatchCase", "match_case", "Comprehension", "comprehension");

    private AstDump() {
    }

    static String dump(Module module) {
        StringBuilder out = new StringBuilder();
        for (Stmt s : module.body()) {
            out.append(dump(s)).append('\n');
        }
        return out.toString();
    }

    static String dump(Object node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(Object node, StringBuilder out) {
        if (node == null) {
            out.append("None");
        } else if (node instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (node instanceof Record record) {
            writeRecord(record, out);
        } else if (node instanceof Enum<?> e) {
            out.append(enumName(e)).append(node instanceof ConstantSingleton ? "" : "()");
        } else {
            out.append(PyRepr.repr(node));
        }
    }

    private static void writeRecord(Record record, StringBuilder out) {
        String name = record.getClass().getSimpleName();
        out.append(CLASS_NAMES.getOrDefault(name, name)).append('(');
        boolean first = true;
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals("pos")) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(snakeCase(c.getName())).append('=');
            Object value;
            try {
                value = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Boolean b && !name.equals("Constant") && !name.equals("MatchSingleton")) {
                out.append(b ? 1 : 0);
            } else if (value instanceof Integer i && c.getName().equals("conversion")) {
                out.append(i);
            } else {
                write(value, out);
            }
        }
        out.append(')');
    }

    private static String enumName(Enum<?> e) {
        if (e == ConstantSingleton.NONE) {
            return "None";
        }
        if (e == ConstantSingleton.ELLIPSIS) {
            return "Ellipsis";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : e.name().split("_")) {
            sb.append(part.charAt(0)).append(part.substring(1).toLowerCase());
        }
        if (e.name().equals("LT_E") || e.name().equals("GT_E")) {
            return e.name().charAt(0) + "tE";
        }
        return switch (sb.toString()) {
            case "Mult" -> "Mult";
            case "Matmult" -> "MatMult";
            case "Lshift" -> "LShift";
            case "Rshift" -> "RShift";
            case "Bitor" -> "BitOr";
            case "Bitxor" -> "BitXor";
            case "Bitand" -> "BitAnd";
            case "Floordiv" -> "FloorDiv";
            case "Usub" -> "USub";
            case "Uadd" -> "UAdd";
            case "NotEq" -> "NotEq";
            case "LtE" -> "LtE";
            default -> sb.toString();
        };
    }

    private static String snakeCase(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase();
    }

    /** Python's repr() of constant values, as ast.dump shows them. */
    static final class PyRepr {
        static String repr(Object value) {
            if (value instanceof BigInteger || value instanceof Integer) {
                return value.toString();
            }
            if (value instanceof Boolean b) {
                return b ? "True" : "False";
            }
            if (value instanceof Double d) {
                return floatRepr(d);
            }
            if (value instanceof String s) {
                return stringRepr(s);
            }
            if (value instanceof byte[] bytes) {
                return bytesRepr(bytes);
            }
            return String.valueOf(value);
        }

        static String floatRepr(double d) {
            if (Double.isInfinite(d)) {
                return d > 0 ? "inf" : "-inf";
            }
            String s = Double.toString(d);
            int e = s.indexOf('E');
            String mantissa = e < 0 ? s : s.substring(0, e);
            int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
            String digits = mantissa.replace(".", "").replace("-", "");
            int point = mantissa.replace("-", "").indexOf('.') + exp;
            int lead = 0;
            while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
                lead++;
                point--;
            }
            digits = digits.substring(lead).replaceAll("0+$", "");
            if (digits.isEmpty()) {
                return d < 0 || (1 / d) < 0 ? "-0.0" : "0.0";
            }
            int decimalExp = point - 1;
            String sign = d < 0 ? "-" : "";
            if (decimalExp >= -4 && decimalExp < 16) {
                if (point <= 0) {
                    return sign + "0." + "0".repeat(-point) + digits;
                }
                if (point >= digits.length()) {
                    return sign + digits + "0".repeat(point - digits.length()) + ".0";
                }
                return sign + digits.substring(0, point) + "." + digits.substring(point);
            }
            String m = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + m + "e" + (decimalExp < 0 ? "-" : "+") + String.format("%02d", Math.abs(decimalExp));
        }

        static String stringRepr(String s) {
            char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
            StringBuilder sb = new StringBuilder().append(quote);
            s.codePoints().forEach(cp -> {
                if (cp == quote || cp == '\\') {
                    sb.append('\\').appendCodePoint(cp);
                } else if (cp == '\n') {
                    sb.append("\\n");
                } else if (cp == '\r') {
                    sb.append("\\r");
                } else if (cp == '\t') {
                    sb.append("\\t");
                } else if (cp < 0x20 || cp == 0x7f) {
                    sb.append(String.format("\\x%02x", cp));
                } else if (cp >= 0x80 && (Character.isISOControl(cp) || !Character.isDefined(cp)
                        || Character.isSpaceChar(cp) && cp != ' ')) {
                    sb.append(cp <= 0xff ? String.format("\\x%02x", cp)
                            : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
                } else {
                    sb.appendCodePoint(cp);
                }
            });
            return sb.append(quote).toString();
        }

        static String bytesRepr(byte[] bytes) {
            boolean hasSingle = false;
            boolean hasDouble = false;
            for (byte b : bytes) {
                hasSingle |= b == '\'';
                hasDouble |= b == '"';
            }
            char quote = hasSingle && !hasDouble ? '"' : '\'';
            StringBuilder sb = new StringBuilder("b").append(quote);
            for (byte b : bytes) {
                int c = b & 0xff;
                if (c == quote || c == '\\') {
                    sb.append('\\').append((char) c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c == '\r') {
                    sb.append("\\r");
                } else if (c == '\t') {
                    sb.append("\\t");
                } else if (c < 0x20 || c >= 0x7f) {
                    sb.append(String.format("\\x%02x", c));
                } else {
                    sb.append((char) c);
                }
            }
            return sb.append(quote).toString();
        }
    }
}
