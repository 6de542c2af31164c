package looplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import looplab.trace.TraceEvent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The lessons under {@code lessons/}, run for real: each runs to its end through the Runner with a trace recorder,
 * prints exactly what CPython printed (main.stdout and main.exit, recorded by scripts/record_corpus.py), every
 * anchor finds its moment, and every question's computed answer is the one its narration claims. The claims are
 * written here, not in the lessons, on purpose: a lesson never holds a typed answer.
 */
class LessonsEndToEndTest {
    private static final Path LESSONS = Path.of("lessons");

    /** What the narration of each lesson says the answers are, question by question. */
    private static final Map<String, List<String>> CLAIMED_ANSWERS = Map.ofEntries(
            Map.entry("01-coroutines-and-the-loop", List.of("Task created", "ready", "Task-2", "Bye, Ada", "0.5")),
            Map.entry("02-the-minimal-example", List.of("Task-3", "1.0", "Done 0", "Task-1", "1.0")),
            Map.entry("03-sequential-versus-gather", List.of("2.0", "4.0", "Task-3")),
            Map.entry("04-async-http", List.of("Task-3", "waiting", "0.1",
                    "['pallets/flask', 'pallets/jinja', 'pallets/werkzeug']")),
            Map.entry("05-blocking-code-stalls-the-loop", List.of("Task-3", "blocker: awake", "0.5", "0.7")),
            Map.entry("06-offloading-to-threads", List.of("Task-2", "2.0", "4.0", "1")),
            Map.entry("07-cancellation-and-cleanup", List.of("Task-2", "cleaning up", "waiting", "cancelled")),
            Map.entry("08-timeouts", List.of("Task-2", "0.7", "call of 1 s cancelled", "1.0")),
            Map.entry("09-gather-and-exceptions", List.of("waiting", "[10, ValueError('job 2 failed'), 30]",
                    "gather raised: job 2 failed", "waiting", "30")),
            Map.entry("10-taskgroup", List.of("2.0", "sleeper(1) cancelled", "done", "caught (ValueError('boom'),)")),
            Map.entry("11-back-pressure-with-a-semaphore", List.of("Task-13", "6", "0.2", "ClientResponseError")),
            Map.entry("12-observability", List.of("download-1 returned 1 after 0.1 s", "waiting",
                    "download-3 failed after 0.3 s: ConnectionError('reset by peer')", "failed")),
            Map.entry("13-when-not-to-use-asyncio", List.of("crunch: 669 primes", "ready", "Task-3")));

    private static LessonCatalog catalog() {
        return LessonLoader.load(LESSONS);
    }

    @Test
    void everyLessonLoadsWithTwoOrMoreQuestions() {
        LessonCatalog catalog = catalog();
        assertEquals(List.of(), catalog.problems());
        assertEquals(13, catalog.lessons().size());
        for (int i = 0; i < 13; i++) {
            Lesson lesson = catalog.lessons().get(i);
            assertEquals(i + 1, lesson.order(), lesson.id());
            assertTrue(lesson.questionCount() >= 2, lesson.id() + " has fewer than two questions");
            assertTrue(!lesson.summary().isEmpty() && !lesson.level().isEmpty(), lesson.id());
            assertEquals(CLAIMED_ANSWERS.get(lesson.id()).size(), lesson.questionCount(),
                    lesson.id() + ": one claimed answer per question");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyLessonRunsAsTheNarrationSays() {
        return catalog().lessons().stream().map(lesson -> DynamicTest.dynamicTest(lesson.id(), () -> check(lesson)));
    }

    private static void check(Lesson lesson) throws IOException {
        LessonRun run = new LessonRunner().run(lesson);
        Path folder = lesson.program().getParent();
        assertEquals(Files.readString(folder.resolve("main.stdout")), run.stdout(), "stdout, against CPython's");
        assertEquals(Files.readAllLines(folder.resolve("main.exit")).get(0), Integer.toString(run.exitCode()),
                "exit status, against CPython's; stderr was: " + run.stderr());
        assertInstanceOf(TraceEvent.ProgramEnded.class, run.events().get(run.events().size() - 1),
                "the trace ends with ProgramEnded");
        assertEquals(List.of(), run.problems(), "every anchor fires and every question has its answer");
        assertEquals(lesson.steps().size(), run.moments().size());
        List<String> computed = run.questions().stream().map(q -> q.answer().text()).toList();
        assertEquals(CLAIMED_ANSWERS.get(lesson.id()), computed, "computed answers against the narration's claims");
    }
}
