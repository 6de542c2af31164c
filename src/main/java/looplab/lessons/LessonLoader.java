package looplab.lessons;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import looplab.language.PythonSyntaxError;
import looplab.vm.Program;

/**
 * Finds and reads lessons: a folder of lesson folders ({@code lessons/}), one lesson folder
 * ({@code lesson.md} + {@code main.py}), or a single {@code .py} file (a lesson with no narration).
 * Every mistake becomes a {@link LessonProblem}; nothing here throws for a bad lesson.
 */
public final class LessonLoader {
    /** Where lessons live, relative to the working folder, unless told otherwise. */
    public static final Path DEFAULT_FOLDER = Path.of("lessons");
    public static final String LESSON_FILE = "lesson.md";
    public static final String PROGRAM_FILE = "main.py";
    /** The simulated network's settings, as scripts/record_corpus.py reads them for CPython. */
    public static final String NETWORK_FILE = "main.net.json";

    private LessonLoader() {
    }

    /** Loads whatever {@code path} is: a folder of lessons, one lesson folder, or one {@code .py} file. */
    public static LessonCatalog load(Path path) {
        List<Lesson> lessons = new ArrayList<>();
        List<LessonProblem> problems = new ArrayList<>();
        if (Files.isRegularFile(path)) {
            loadProgram(path, lessons, problems);
        } else if (isLessonFolder(path)) {
            loadLesson(path, lessons, problems);
        } else if (Files.isDirectory(path)) {
            for (Path folder : lessonFolders(path, problems)) {
                loadLesson(folder, lessons, problems);
            }
        } else {
            problems.add(new LessonProblem(path, 0, "no such lesson, folder or .py file"));
        }
        lessons.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::id));
        return new LessonCatalog(lessons, problems);
    }

    private static boolean isLessonFolder(Path path) {
        return Files.isRegularFile(path.resolve(LESSON_FILE)) || Files.isRegularFile(path.resolve(PROGRAM_FILE));
    }

    private static List<Path> lessonFolders(Path folder, List<LessonProblem> problems) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory)
                    .filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new LessonProblem(folder, 0, "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static void loadProgram(Path file, List<Lesson> lessons, List<LessonProblem> problems) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".py")) {
            problems.add(new LessonProblem(file, 0, "a lesson file is a .py program or a folder with lesson.md"));
            return;
        }
        readProgram(file, problems).ifPresent(source -> lessons.add(new Lesson(name, leadingNumber(name), name, "",
                "", Map.of(), file, source, null, "", List.of())));
    }

    private static void loadLesson(Path folder, List<Lesson> lessons, List<LessonProblem> problems) {
        Path program = folder.resolve(PROGRAM_FILE);
        Path lessonFile = folder.resolve(LESSON_FILE);
        if (!Files.isRegularFile(program)) {
            problems.add(new LessonProblem(folder, 0, "a lesson folder needs its program, " + PROGRAM_FILE));
            return;
        }
        if (!Files.isRegularFile(lessonFile)) {
            problems.add(new LessonProblem(folder, 0, "a lesson folder needs its text, " + LESSON_FILE));
            return;
        }
        Optional<String> source = readProgram(program, problems);
        Optional<String> text = read(lessonFile, problems);
        if (source.isEmpty() || text.isEmpty()) {
            return;
        }
        LessonText parsed = LessonText.parse(text.get());
        parsed.errors().forEach(e -> problems.add(new LessonProblem(lessonFile, e.line(), e.getMessage())));
        if (!parsed.errors().isEmpty() || !networkAgrees(folder, lessonFile, parsed.frontMatter(), problems)) {
            return;
        }
        String id = folder.getFileName().toString();
        FrontMatter front = parsed.frontMatter();
        int order = front.order() != null ? front.order() : leadingNumber(id);
        lessons.add(new Lesson(id, order, front.title(), front.summary(), front.level(), front.network(), program,
                source.get(), lessonFile, parsed.introduction(), parsed.steps()));
    }

    /**
     * The recorder gives CPython the network settings from main.net.json; a lesson's {@code network:} must say the
     * same, or LoopLab and CPython would run different networks.
     */
    private static boolean networkAgrees(Path folder, Path lessonFile, FrontMatter front, List<LessonProblem> problems) {
        Path netFile = folder.resolve(NETWORK_FILE);
        if (front.network().isEmpty() && !Files.exists(netFile)) {
            return true;
        }
        ObjectMapper json = new ObjectMapper();
        try {
            Object recorded = Files.exists(netFile) ? json.readValue(netFile.toFile(), Object.class) : Map.of();
            Object declared = json.readValue(json.writeValueAsString(front.network()), Object.class);
            if (recorded.equals(declared)) {
                return true;
            }
            problems.add(new LessonProblem(lessonFile, 2, "the front matter's network: settings differ from "
                    + NETWORK_FILE + " (which CPython's recording used); make them the same"));
        } catch (IOException e) {
            problems.add(new LessonProblem(netFile, 0, "cannot read the network settings: " + e.getMessage()));
        }
        return false;
    }

    private static Optional<String> readProgram(Path file, List<LessonProblem> problems) {
        Optional<String> source = read(file, problems);
        if (source.isPresent()) {
            try {
                Program.compile(source.get(), file.getFileName().toString());
            } catch (PythonSyntaxError e) {
                problems.add(new LessonProblem(file, e.line(), e.kind() + ": " + e.message()));
                return Optional.empty();
            }
        }
        return source;
    }

    private static Optional<String> read(Path file, List<LessonProblem> problems) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(new LessonProblem(file, 0, "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** {@code 02-the-minimal-example} is lesson 2; a name with no leading number sorts first. */
    private static int leadingNumber(String name) {
        int end = 0;
        while (end < name.length() && end < 6 && Character.isDigit(name.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(name.substring(0, end));
    }
}
