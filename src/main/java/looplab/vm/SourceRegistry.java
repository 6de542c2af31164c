package looplab.vm;

import java.util.HashMap;
import java.util.Map;

/** The source text of each file a program consists of, so tracebacks can quote the failing line. */
public final class SourceRegistry {
    private final Map<String, String[]> lines = new HashMap<>();

    public void add(String fileName, String source) {
        lines.put(fileName, source.split("\r\n|\r|\n", -1));
    }

    /** The line's text stripped of surrounding blanks, or null when unknown. */
    public String line(String fileName, int line) {
        String[] l = lines.get(fileName);
        if (l == null || line < 1 || line > l.length) {
            return null;
        }
        return l[line - 1].strip();
    }
}
