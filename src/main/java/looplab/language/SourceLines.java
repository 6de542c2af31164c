package looplab.language;

import java.util.ArrayList;
import java.util.List;

/** The lines of a source text, for the line an error is shown on. */
final class SourceLines {
    private final String source;
    private final List<Integer> starts = new ArrayList<>();

    SourceLines(String normalizedSource) {
        this.source = normalizedSource;
        starts.add(0);
        for (int i = 0; i < normalizedSource.length(); i++) {
            if (normalizedSource.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
    }

    /** The 1-based line holding character {@code offset}. */
    int lineOf(int offset) {
        int index = java.util.Collections.binarySearch(starts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    int lineStart(int line) {
        return starts.get(line - 1);
    }

    /** As CPython reads files: "\r\n" and lone "\r" end lines too. */
    static String normalizeNewlines(String source) {
        return source.indexOf('\r') < 0 ? source : source.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Line {@code line} (1-based) with its newline, or null past the end of the source. */
    String lineText(int line) {
        if (line < 1 || line > starts.size()) {
            return null;
        }
        int start = starts.get(line - 1);
        if (start >= source.length() && line > 1) {
            return null;
        }
        int end = line < starts.size() ? starts.get(line) : source.length();
        return source.substring(start, end);
    }
}
