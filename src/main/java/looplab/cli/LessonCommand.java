package looplab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import looplab.lessons.AskedQuestion;
import looplab.lessons.Lesson;
import looplab.lessons.LessonCatalog;
import looplab.lessons.LessonLoader;
import looplab.lessons.LessonProblem;
import looplab.lessons.LessonRun;
import looplab.lessons.LessonRunner;
import looplab.lessons.LessonSession;
import looplab.lessons.Narration;
import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.OutputPrinted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code looplab lesson 02}: runs one lesson in the terminal. The program's output is printed as it happened in
 * the run, the narration appears at its moments, and each question is asked before the run goes on, so the
 * student predicts before seeing. Ends with the score.
 */
@Command(name = "lesson",
        description = "Runs one lesson in the terminal: the program's output with the narration at its moments, "
                + "and its questions (answers from stdin, or --answers).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the lesson ran", "1:the lesson has a mistake (listed on stderr)",
            "2:no such lesson"})
public final class LessonCommand implements Callable<Integer> {
    private static final int EXIT_LESSON_MISTAKE = 1;
    private static final int EXIT_NO_SUCH_LESSON = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "LESSON",
            description = "the lesson's number (02), folder name, a lesson folder or a .py file")
    private String key;

    @Option(names = "--dir", paramLabel = "FOLDER", description = "where the lessons are (default: ${DEFAULT-VALUE})")
    private Path folder = LessonLoader.DEFAULT_FOLDER;

    @Option(names = "--answers", paramLabel = "A,B,C", split = ",",
            description = "the answers to the questions, in order, instead of reading them from stdin")
    private List<String> answers;

    private final ProgramEngine engine;
    private PrintWriter out;
    private BufferedReader stdin;
    private Deque<String> scripted;

    public LessonCommand(ProgramEngine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        LessonCatalog catalog = LessonLoader.load(isPath(key) ? Path.of(key) : folder);
        Optional<Lesson> lesson = isPath(key) ? catalog.lessons().stream().findFirst() : catalog.find(key);
        if (lesson.isEmpty()) {
            catalog.problems().forEach(this::warn);
            warn("looplab: no lesson '" + key + "' in " + folder.toAbsolutePath() + " (see: looplab lessons)");
            return EXIT_NO_SUCH_LESSON;
        }
        LessonRun run = new LessonRunner(engine::run).run(lesson.get());
        run.problems().forEach(this::warn);
        teach(new LessonSession(run));
        return run.problems().isEmpty() ? 0 : EXIT_LESSON_MISTAKE;
    }

    private static boolean isPath(String key) {
        return key.endsWith(".py") || key.contains("/") && Files.exists(Path.of(key));
    }

    private void teach(LessonSession session) {
        LessonRun run = session.run();
        Lesson lesson = run.lesson();
        say("== " + lesson.number() + " " + lesson.title() + " ==");
        sayMarkdown(lesson.introduction());
        Output output = new Output(run.events());
        while (session.hasNext()) {
            LessonRun.Moment moment = session.advance();
            output.printUpTo(moment.eventIndex());
            say("");
            say("-- " + moment.step().anchor().text() + " --");
            sayMarkdown(moment.step().narration());
            while (session.pendingQuestion().isPresent()) {
                ask(session, session.pendingQuestion().get());
            }
        }
        output.printUpTo(run.events().size() - 1);
        output.printRest(run);
        say("");
        say("Score: " + session.correct() + "/" + session.asked());
    }

    private void ask(LessonSession session, AskedQuestion question) {
        say("");
        say("? " + Narration.plainText(question.question().prompt()));
        for (int i = 0; i < question.choices().size(); i++) {
            say("  " + (i + 1) + ") " + question.choices().get(i));
        }
        out.print("> ");
        out.flush();
        String reply = nextAnswer();
        if (scripted != null) {
            out.println(reply);
        }
        AskedQuestion.AnswerCheck check = session.answer(reply);
        say(check.correct() ? "Right: " + check.expected() + "." : "Not quite. The run says: " + check.expected() + ".");
        if (!check.explanation().isEmpty()) {
            sayMarkdown(check.explanation());
        }
    }

    private String nextAnswer() {
        if (answers != null) {
            if (scripted == null) {
                scripted = new ArrayDeque<>(answers);
            }
            return scripted.isEmpty() ? "" : scripted.removeFirst().strip();
        }
        try {
            if (stdin == null) {
                stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            String line = stdin.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void say(String text) {
        out.println(text);
        out.flush();
    }

    private void sayMarkdown(String markdown) {
        if (!markdown.isBlank()) {
            say(Narration.plainText(markdown));
        }
    }

    private void warn(Object problem) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(problem);
        err.flush();
    }

    /** The program's output replayed from the trace, up to each moment in turn. */
    private final class Output {
        private final List<TraceEvent> events;
        private int next;
        private final StringBuilder stdoutShown = new StringBuilder();
        private final StringBuilder stderrShown = new StringBuilder();

        Output(List<TraceEvent> events) {
            this.events = events;
        }

        void printUpTo(int index) {
            for (; next <= index && next < events.size(); next++) {
                if (events.get(next) instanceof OutputPrinted printed) {
                    boolean toStdout = printed.stream() == TraceEvent.Stream.STDOUT;
                    (toStdout ? stdoutShown : stderrShown).append(printed.text());
                    PrintWriter stream = toStdout ? out : spec.commandLine().getErr();
                    stream.print(printed.text());
                    stream.flush();
                }
            }
        }

        /** What the program wrote outside the trace (a traceback printed after the loop, say). */
        void printRest(LessonRun run) {
            printMissing(run.stdout(), stdoutShown, out);
            printMissing(run.stderr(), stderrShown, spec.commandLine().getErr());
        }

        private void printMissing(String all, StringBuilder shown, PrintWriter stream) {
            if (all.startsWith(shown.toString()) && all.length() > shown.length()) {
                stream.print(all.substring(shown.length()));
                stream.flush();
            }
        }
    }
}
