package looplab.lessons;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of one anchor or answer line: bare words, "quoted strings" and numbers, read left to right by the
 * anchor and answer parsers. A quoted string keeps its spaces; a backslash escapes a quote inside it.
 */
final class Phrase {
    private final List<String> words;
    private final List<Boolean> quoted;
    private final int line;
    private int next;

    private Phrase(List<String> words, List<Boolean> quoted, int line) {
        this.words = words;
        this.quoted = quoted;
        this.line = line;
    }

    static Phrase of(String text, int line) throws LessonFormatException {
        List<String> words = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                StringBuilder word = new StringBuilder();
                i = readQuoted(text, i + 1, word, line);
                words.add(word.toString());
                quoted.add(true);
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '"') {
                    i++;
                }
                words.add(text.substring(start, i));
                quoted.add(false);
            }
        }
        return new Phrase(words, quoted, line);
    }

    private static int readQuoted(String text, int i, StringBuilder word, int line) throws LessonFormatException {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new LessonFormatException(line, "unterminated string: a \" is missing");
    }

    int line() {
        return line;
    }

    boolean atEnd() {
        return next >= words.size();
    }

    /** True (and consumes it) when the next word is the bare word {@code word}, compared case-insensitively. */
    boolean match(String word) {
        if (!atEnd() && !quoted.get(next) && words.get(next).equalsIgnoreCase(word)) {
            next++;
            return true;
        }
        return false;
    }

    boolean peekQuoted() {
        return !atEnd() && quoted.get(next);
    }

    void expect(String word, String what) throws LessonFormatException {
        if (!match(word)) {
            throw error("expected " + what);
        }
    }

    String quoted(String what) throws LessonFormatException {
        if (!peekQuoted()) {
            throw error("expected " + what + " in double quotes");
        }
        return words.get(next++);
    }

    String bareWord(String what) throws LessonFormatException {
        if (atEnd() || quoted.get(next)) {
            throw error("expected " + what);
        }
        return words.get(next++);
    }

    double number(String what) throws LessonFormatException {
        String word = bareWord(what);
        try {
            double value = Double.parseDouble(word);
            if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
                throw error(what + " must be a number of 0 or more, not " + word);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new LessonFormatException(line, "expected " + what + ", not '" + word + "'");
        }
    }

    int positiveInt(String what) throws LessonFormatException {
        String word = bareWord(what);
        try {
            int value = Integer.parseInt(word);
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new LessonFormatException(line, "expected " + what + " (a whole number from 1), not '" + word + "'");
        }
    }

    void expectEnd() throws LessonFormatException {
        if (!atEnd()) {
            throw new LessonFormatException(line, "unexpected '" + words.get(next) + "' at the end");
        }
    }

    LessonFormatException error(String message) {
        String found = atEnd() ? "the end of the line" : "'" + words.get(next) + "'";
        return new LessonFormatException(line, message + ", found " + found);
    }
}
