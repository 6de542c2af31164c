package looplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import looplab.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** A lesson laid over a hand-built run: moments, computed answers, problems, and a student's session. */
class LessonRunTest {
    private static final Path LESSON_FILE = Path.of("lessons/99-test/lesson.md");

    static Lesson lesson(String body) {
        LessonText text = LessonText.parse("---\ntitle: Test\n---\n" + body);
        assertEquals(List.of(), text.errors().stream().map(e -> e.line() + ": " + e.getMessage()).toList());
        return new Lesson("99-test", 99, "Test", "", "", Map.of(), Path.of("lessons/99-test/main.py"), "",
                LESSON_FILE, text.introduction(), text.steps());
    }

    private static LessonRun run(String body, List<TraceEvent> events) {
        return LessonRun.of(lesson(body), events, "", "", 0);
    }

    private static final String TWO_FETCHES = """
            Intro.
            @when task "Task-2" waits on a timer
            Task-2 sleeps.
            ? choice: Which task runs next?
              answer: next-running-task
              choices: tasks
            @at line 4
            Line 4 again, this time in Task-3.
            @when clock reaches 1.0
            The clock jumped.
            ? text: What is printed next?
              answer: next-print
            ? choice: And then?
              answer: order-of-prints 2
              - Done 0, Done 1
              - Done 1, Done 0
            @when the program ends
            The end.
            """;

    @Test
    void momentsFollowTheRunInTheOrderWritten() {
        LessonRun run = run(TWO_FETCHES, HandTraces.twoFetches());
        assertEquals(List.of(), run.problems());
        List<Integer> at = run.moments().stream().map(LessonRun.Moment::eventIndex).toList();
        assertEquals(4, at.size());
        for (int i = 1; i < at.size(); i++) {
            assertTrue(at.get(i) > at.get(i - 1), at.toString());
        }
        TraceEvent line4 = run.events().get(at.get(1));
        assertEquals(3, ((TraceEvent.LineExecuted) line4).taskId(), "the line 4 after Task-2's moment is Task-3's");
    }

    @Test
    void answersAreComputedAndChoicesMarked() {
        LessonRun run = run(TWO_FETCHES, HandTraces.twoFetches());
        List<AskedQuestion> questions = run.questions();
        assertEquals(3, questions.size());
        assertEquals(List.of("Task-1", "Task-2", "Task-3"), questions.get(0).choices());
        assertEquals(2, questions.get(0).correctChoice());
        assertEquals("Task-3", questions.get(0).answer().text());
        assertEquals("Done 0", questions.get(1).answer().text());
        assertEquals(0, questions.get(2).correctChoice());
    }

    @Test
    void checkingAcceptsAChoiceByNumberOrText() {
        AskedQuestion which = run(TWO_FETCHES, HandTraces.twoFetches()).questions().get(0);
        assertTrue(which.check("3").correct());
        assertTrue(which.check("task-3").correct());
        assertFalse(which.check("2").correct());
        assertFalse(which.check("Task-2").correct());
        assertEquals("Task-3", which.check("1").expected());
    }

    @Test
    void aMomentThatNeverHappensIsAProblemAtItsLineAndTheRestStillWorks() {
        LessonRun run = run("""
                @when task "Task-2" is cancelled
                Never.
                @when "Done 1" is printed
                Fine.
                """, HandTraces.twoFetches());
        assertEquals(List.of(new LessonProblem(LESSON_FILE, 4,
                "the moment '@when task \"Task-2\" is cancelled' never happens in this run")), run.problems());
        assertEquals(1, run.moments().size());
    }

    @Test
    void aMomentMustComeAfterThePreviousOne() {
        LessonRun run = run("""
                @when "Done 1" is printed
                @when "Start 0" is printed
                """, HandTraces.twoFetches());
        assertEquals(1, run.problems().size());
        assertEquals(5, run.problems().get(0).line());
        assertTrue(run.problems().get(0).message().endsWith("after the previous step's moment"));
    }

    @Test
    void choicesThatDoNotContainTheComputedAnswerAreAProblem() {
        LessonRun run = run("""
                @start
                ? choice: What prints first?
                  answer: next-print
                  - Done 0
                  - Done 1
                ? choice: Which task runs first?
                  answer: next-running-task
                  - main
                  - Task-1
                """, HandTraces.twoFetches());
        assertEquals(2, run.problems().size(), run.problems().toString());
        assertEquals(5, run.problems().get(0).line());
        assertEquals("none of the choices is the answer computed from the run, 'Start 0'", run.problems().get(0).message());
        assertEquals(9, run.problems().get(1).line());
        assertTrue(run.problems().get(1).message().startsWith("several choices"));
        assertEquals(List.of(), run.questions(), "a question that cannot be checked is not asked");
    }

    @Test
    void anAnswerTheRunCannotGiveIsAProblem() {
        LessonRun run = run("""
                @when the program ends
                ? text: Who runs next?
                  answer: next-running-task
                """, HandTraces.twoFetches());
        assertEquals("'answer: next-running-task' has no answer here: no task runs after this moment",
                run.problems().get(0).message());
    }

    @Test
    void aSessionWalksTheMomentsAndAsksBeforeGoingOn() {
        LessonSession session = new LessonSession(run(TWO_FETCHES, HandTraces.twoFetches()));
        assertTrue(session.current().isEmpty());
        assertEquals(-1, session.eventIndex());
        LessonRun.Moment first = session.advance();
        assertEquals(first.eventIndex(), session.eventIndex());
        assertEquals("Which task runs next?", session.pendingQuestion().orElseThrow().question().prompt());
        assertThrows(IllegalStateException.class, session::advance, "the question comes first");
        assertTrue(session.answer("Task-3").correct());
        assertTrue(session.pendingQuestion().isEmpty());
        session.advance();
        assertTrue(session.pendingQuestion().isEmpty());
        session.advance();
        assertFalse(session.answer("Start 0").correct());
        assertTrue(session.answer("1").correct());
        assertFalse(session.finished());
        session.advance();
        assertTrue(session.finished());
        assertEquals(2, session.correct());
        assertEquals(3, session.asked());
        assertThrows(IllegalStateException.class, session::advance);
        assertThrows(IllegalStateException.class, () -> session.answer("x"));
    }

    @Test
    void aBareProgramHasNoMoments() {
        LessonRun run = LessonRun.of(lesson(""), HandTraces.twoFetches(), "", "", 0);
        assertEquals(List.of(), run.moments());
        assertTrue(new LessonSession(run).finished());
    }
}
