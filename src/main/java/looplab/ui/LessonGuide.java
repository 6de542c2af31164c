package looplab.ui;

import looplab.lessons.AskedQuestion;
import looplab.lessons.Lesson;
import looplab.lessons.LessonCatalog;
import looplab.lessons.LessonLoader;
import looplab.lessons.LessonProblem;
import looplab.lessons.LessonRun;
import looplab.lessons.LessonSession;
import looplab.lessons.Narration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Lesson tab as plain state: the lessons of a folder, the student's walk through the open one
 * ({@link LessonSession}) and the score of every lesson tried so far. No JavaFX; the tab only shows this.
 */
public final class LessonGuide {
    private final List<Lesson> lessons;
    private final List<LessonProblem> folderProblems;
    private final Map<String, Integer> answeredByLesson = new HashMap<>();
    private LessonSession session;
    private AskedQuestion.AnswerCheck lastCheck;
    private AskedQuestion lastAnswered;

    private LessonGuide(List<Lesson> lessons, List<LessonProblem> folderProblems, Map<String, Integer> progress) {
        this.lessons = List.copyOf(lessons);
        this.folderProblems = List.copyOf(folderProblems);
        answeredByLesson.putAll(progress);
    }

    /** The lesson folders of {@code folder} in order, then its loose {@code .py} programs as bare lessons. */
    public static LessonGuide load(Path folder) {
        return load(folder, Map.of());
    }

    /**
     * As {@link #load(Path)}, with the progress kept from earlier launches ({@link #progress()}: questions answered
     * per lesson id).
     */
    public static LessonGuide load(Path folder, Map<String, Integer> progress) {
        LessonCatalog catalog = LessonLoader.load(folder);
        List<Lesson> lessons = new ArrayList<>(catalog.lessons());
        List<LessonProblem> problems = new ArrayList<>(catalog.problems());
        for (Path program : loosePrograms(folder)) {
            LessonCatalog bare = LessonLoader.load(program);
            lessons.addAll(bare.lessons());
            problems.addAll(bare.problems());
        }
        return new LessonGuide(lessons, problems, progress);
    }

    private static List<Path> loosePrograms(Path folder) {
        if (!Files.isDirectory(folder) || Files.isRegularFile(folder.resolve(LessonLoader.PROGRAM_FILE))) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(entry -> entry.getFileName().toString().endsWith(".py"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    /** Questions answered per lesson id: the most answered in one walk through it, this launch or an earlier one. */
    public Map<String, Integer> progress() {
        return Map.copyOf(answeredByLesson);
    }

    /** One line for the list: number, title and progress ({@code answered/total} questions). */
    public String listLine(Lesson lesson) {
        int total = lesson.questionCount();
        int answered = Math.min(total, answeredByLesson.getOrDefault(lesson.id(), 0));
        String progress = total == 0 ? "" : "[" + answered + "/" + total + (answered >= total ? " ✓" : "") + "]  ";
        return lesson.number() + "  " + progress + lesson.title();
    }

    /** Lays {@code lesson} over the finished run of its program and starts the walk before its first moment. */
    public void start(Lesson lesson, ProgramRun run) {
        session = new LessonSession(LessonRun.of(lesson, run.events(), run.stdout(), run.stderr(), run.exitCode()));
        lastCheck = null;
    }

    /** Leaves the lesson: the window now shows a run the lesson's moments do not belong to. */
    public void stop() {
        session = null;
        lastCheck = null;
    }

    public Optional<LessonSession> session() {
        return Optional.ofNullable(session);
    }

    public Optional<Lesson> lesson() {
        return session().map(s -> s.run().lesson());
    }

    /** What the student reads now, as plain text: see {@link #narrationMarkdown()}. */
    public String narration() {
        return Narration.plainText(narrationMarkdown());
    }

    /** What the student reads now: the introduction before the first moment, then the current step's narration. */
    public String narrationMarkdown() {
        if (session == null) {
            return "";
        }
        String markdown = session.current().map(moment -> moment.step().narration())
                .orElse(session.run().lesson().introduction());
        if (session.finished()) {
            markdown += "\n\n**End of the lesson:** " + session.correct() + " of " + session.asked() + " answers right.";
        }
        return markdown;
    }

    public Optional<AskedQuestion> question() {
        return session().flatMap(LessonSession::pendingQuestion);
    }

    /** The question just answered, shown above its feedback; empty until one is answered at this moment. */
    public Optional<AskedQuestion> answeredQuestion() {
        return lastCheck == null ? Optional.empty() : Optional.ofNullable(lastAnswered);
    }

    public String prompt(AskedQuestion question) {
        return Narration.plainText(question.question().prompt());
    }

    /** Checks {@code reply} (a choice's number from 1, or free text) against the answer computed from the run. */
    public AskedQuestion.AnswerCheck answer(String reply) {
        lastAnswered = session.pendingQuestion().orElseThrow();
        lastCheck = session.answer(reply);
        answeredByLesson.merge(session.run().lesson().id(), session.asked(), Math::max);
        return lastCheck;
    }

    /** Right or wrong, what was right, and why; empty until a question of this moment is answered. */
    public String feedback() {
        if (lastCheck == null) {
            return "";
        }
        String verdict = lastCheck.correct() ? "✓ Right: " + lastCheck.expected()
                : "✗ Not quite. You said " + lastCheck.reply() + "; the run says " + lastCheck.expected() + ".";
        String why = lastCheck.explanation() == null || lastCheck.explanation().isBlank() ? ""
                : "\n" + Narration.plainText(lastCheck.explanation());
        return verdict + why;
    }

    /** Where the student is in the open lesson: moment, questions answered and right; empty with no lesson. */
    public String progressLine() {
        if (session == null) {
            return "";
        }
        int moments = session.run().moments().size();
        int at = session.momentNumber();
        int total = session.run().questions().size();
        String where = at == 0 ? "Introduction" : "Moment " + at + " of " + moments;
        if (total == 0) {
            return where;
        }
        return where + " · " + (session.asked() == 0 ? total + (total == 1 ? " question" : " questions")
                : session.correct() + " of " + session.asked() + " right");
    }

    public boolean canAdvance() {
        return session != null && session.hasNext() && session.pendingQuestion().isEmpty();
    }

    /** Moves to the next moment; returns the trace index the stage should show. */
    public int advance() {
        session.advance();
        lastCheck = null;
        return session.eventIndex();
    }

    /** Problems of the folder and of the open lesson's run, one per line; empty when there are none. */
    public String problems() {
        List<LessonProblem> all = new ArrayList<>(folderProblems);
        session().ifPresent(s -> all.addAll(s.run().problems()));
        return String.join("\n", all.stream().map(LessonProblem::toString).toList());
    }
}
