package looplab.lessons;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The YAML block between the {@code ---} lines at the top of lesson.md: title, summary, order, level and
 * network. Read with SnakeYAML's safe loader; errors carry the line in lesson.md.
 */
record FrontMatter(String title, String summary, Integer order, String level, Map<String, Object> network) {
    private static final Set<String> KEYS = Set.of("title", "summary", "order", "level", "network");

    /**
     * @param lines     the lines between the fences
     * @param firstLine the lesson.md line of {@code lines.get(0)}
     */
    static FrontMatter parse(List<String> lines, int firstLine) throws LessonFormatException {
        Map<String, Object> map = load(String.join("\n", lines), firstLine);
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw new LessonFormatException(lineOf(key, lines, firstLine),
                        "unknown front matter key '" + key + "' (title, summary, order, level, network)");
            }
        }
        String title = text(map, "title", lines, firstLine);
        if (title == null || title.isBlank()) {
            throw new LessonFormatException(firstLine - 1, "the front matter needs a title");
        }
        return new FrontMatter(title, orEmpty(text(map, "summary", lines, firstLine)), order(map, lines, firstLine),
                orEmpty(text(map, "level", lines, firstLine)), network(map, lines, firstLine));
    }

    private static Map<String, Object> load(String yaml, int firstLine) throws LessonFormatException {
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (loaded == null) {
                return Map.of();
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new LessonFormatException(firstLine, "the front matter must be 'key: value' lines");
            }
            Map<String, Object> keyed = new LinkedHashMap<>();
            map.forEach((k, v) -> keyed.put(String.valueOf(k), v));
            return keyed;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? firstLine + e.getProblemMark().getLine() : firstLine;
            throw new LessonFormatException(line, "bad front matter: " + e.getProblem());
        } catch (YAMLException e) {
            throw new LessonFormatException(firstLine, "bad front matter: " + e.getMessage());
        }
    }

    private static String text(Map<String, Object> map, String key, List<String> lines, int firstLine)
            throws LessonFormatException {
        Object value = map.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Map || value instanceof List) {
            throw new LessonFormatException(lineOf(key, lines, firstLine), "'" + key + "' must be a text");
        }
        return String.valueOf(value);
    }

    private static Integer order(Map<String, Object> map, List<String> lines, int firstLine)
            throws LessonFormatException {
        Object value = map.get("order");
        if (value == null) {
            return null;
        }
        if (value instanceof Integer number && number >= 0) {
            return number;
        }
        throw new LessonFormatException(lineOf("order", lines, firstLine), "'order' must be a whole number, not " + value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> network(Map<String, Object> map, List<String> lines, int firstLine)
            throws LessonFormatException {
        Object value = map.get("network");
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> network) {
            return (Map<String, Object>) network;
        }
        throw new LessonFormatException(lineOf("network", lines, firstLine),
                "'network' must be settings as in docs/network.md (latency, hosts)");
    }

    private static int lineOf(String key, List<String> lines, int firstLine) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return firstLine + i;
            }
        }
        return firstLine;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
