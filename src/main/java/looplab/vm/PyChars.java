package looplab.vm;

/**
 * Python's character classes on code points (CPython's Py_UNICODE_IS* macros), where they differ from Java's
 * Character methods: Python counts U+00A0 as whitespace and \x1c-\x1f as line breaks, for instance.
 */
final class PyChars {
    private PyChars() {
    }

    /** str.isspace / str.split(): bidirectional whitespace or a space separator. */
    static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || Character.getType(c) == Character.SPACE_SEPARATOR
                || c == 0x2028 || c == 0x2029;
    }

    /** The line boundaries of str.splitlines. */
    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    static boolean isUpper(int c) {
        return Character.isUpperCase(c);
    }

    static boolean isLower(int c) {
        return Character.isLowerCase(c);
    }

    static boolean isTitle(int c) {
        return Character.isTitleCase(c);
    }

    /** Cased: has an upper, lower or title case form distinct from itself (Lu, Ll, Lt). */
    static boolean isCased(int c) {
        return isUpper(c) || isLower(c) || isTitle(c);
    }

    static boolean isAlpha(int c) {
        return Character.isLetter(c);
    }

    /** Unicode decimal digits (Nd): what int() accepts. */
    static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Decimal digits plus digits that are not decimal, such as superscripts (U+00B2). */
    static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        return Character.getType(c) == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0
                && Character.getNumericValue(c) <= 9 && !isVulgarFraction(c);
    }

    private static boolean isVulgarFraction(int c) {
        return (c >= 0xbc && c <= 0xbe) || (c >= 0x2150 && c <= 0x215f) || c == 0x2189;
    }

    /** CJK ideographs with a numeric value (Unicode's kPrimaryNumeric), which Java gives no numeric value. */
    private static final String CJK_NUMERALS = "\u96f6\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d"
            + "\u5341\u767e\u5343\u4e07\u5104\u5146\u4ebf";

    /** Any character with a numeric value: digits, fractions, Roman numerals, CJK numerals. */
    static boolean isNumeric(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || CJK_NUMERALS.indexOf(c) >= 0;
    }

    static boolean isAlnum(int c) {
        return isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c);
    }

    /** str.isprintable: not a control, format, surrogate, private, unassigned or separator character but space. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    static boolean isIdentifierStart(int c) {
        return c == '_' || Character.isUnicodeIdentifierStart(c);
    }

    static boolean isIdentifierPart(int c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    // ---- case mapping: full mappings (ß -> SS) as Python does, one code point at a time ----------------------

    static String upper(int c) {
        return new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT);
    }

    static String lower(int c) {
        return new String(Character.toChars(c)).toLowerCase(java.util.Locale.ROOT);
    }

    static String title(int c) {
        if (c == 0xdf) {
            return "Ss";
        }
        String upper = upper(c);
        if (upper.codePointCount(0, upper.length()) > 1) {
            return upper.substring(0, upper.offsetByCodePoints(0, 1)) + upper.substring(upper.offsetByCodePoints(0, 1))
                    .toLowerCase(java.util.Locale.ROOT);
        }
        return new String(Character.toChars(Character.toTitleCase(c)));
    }

    static String casefold(int c) {
        return switch (c) {
            case 0xdf -> "ss";
            case 0x17f -> "s";
            case 0x3c2 -> "\u03c3";
            default -> lower(c);
        };
    }
}
