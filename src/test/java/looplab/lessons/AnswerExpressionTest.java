package looplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Every answer expression, computed on the hand-built traces at a moment given by an anchor. */
class AnswerExpressionTest {
    private final TraceFacts fetches = new TraceFacts(HandTraces.twoFetches());
    private final TraceFacts cancelled = new TraceFacts(HandTraces.blockedThenCancelled());
    private final TraceFacts executor = new TraceFacts(HandTraces.executorJob());

    private static String answer(TraceFacts trace, String anchor, String expression) throws Exception {
        int at = AnchorParser.parse(anchor, 1).find(trace, 0);
        return AnswerParser.parse(expression, 1).compute(trace, at).text();
    }

    @Test
    void nextRunningTaskIsTheNextStepTheLoopStarts() throws Exception {
        assertEquals("Task-2", answer(fetches, "when task \"Task-1\" waits", "next-running-task"));
        assertEquals("Task-3", answer(fetches, "when task \"Task-2\" waits on a timer", "next-running-task"));
        assertEquals("Task-1", answer(fetches, "when \"Done 1\" is printed", "next-running-task"));
        assertEquals("Task-2", answer(cancelled, "when the loop is blocked", "next-running-task"));
    }

    @Test
    void nextRunningTaskAcceptsTheCoroutineToo() throws Exception {
        int at = AnchorParser.parse("when task \"Task-2\" waits", 1).find(fetches, 0);
        Answer next = new AnswerExpression.NextRunningTask().compute(fetches, at);
        assertEquals(true, next.accepts("fetch"));
    }

    @Test
    void printsAfterTheMoment() throws Exception {
        assertEquals("Start 1", answer(fetches, "when task \"Task-2\" waits", "next-print"));
        assertEquals("Done 0, Done 1, [0, 1]", answer(fetches, "when clock reaches 1", "order-of-prints 3"));
        assertEquals("Start 0", answer(fetches, "start", "output-line 1"));
        assertEquals("Done 1", answer(fetches, "start", "output-line 4"));
        assertEquals("[0, 1]", answer(fetches, "start", "final-output"));
    }

    @Test
    void clocks() throws Exception {
        assertEquals("0.0", answer(fetches, "when task \"Task-3\" waits", "clock"));
        assertEquals("1.0", answer(fetches, "start", "clock-when-printed \"Done 0\""));
        assertEquals("1.0", answer(fetches, "start", "clock-at-end"));
        assertEquals("1.0", answer(cancelled, "start", "clock-when-printed \"cleanup\""));
        assertEquals("0.5", answer(cancelled, "when task \"main\" waits on a timer", "clock"));
    }

    @Test
    void taskStateAtTheMoment() throws Exception {
        assertEquals("ready", answer(fetches, "when task \"Task-2\" waits on a timer", "task-state \"Task-3\""));
        assertEquals("waiting", answer(fetches, "when task \"Task-3\" waits on a timer", "task-state \"Task-2\""));
        assertEquals("running", answer(fetches, "when \"Done 0\" is printed", "task-state \"Task-2\""));
        assertEquals("done", answer(fetches, "when the program ends", "task-state \"Task-2\""));
        assertEquals("cancelled", answer(cancelled, "when the program ends", "task-state \"work\""));
        assertEquals("waiting", answer(cancelled, "when task \"work\" is cancelled", "task-state \"main\""));
    }

    @Test
    void taskResultIsWhatTheTaskFinishedWith() throws Exception {
        assertEquals("1", answer(fetches, "start", "task-result \"Task-3\""));
        assertEquals("CancelledError", answer(cancelled, "start", "task-result \"work\""));
    }

    @Test
    void nextExceptionAndMostTasksWaiting() throws Exception {
        assertEquals("CancelledError", answer(cancelled, "when clock reaches 1", "next-exception"));
        assertEquals("2", answer(fetches, "start", "max-waiting-on timer"));
        assertEquals("1", answer(fetches, "start", "max-waiting-on future"));
        assertEquals("0", answer(fetches, "start", "max-waiting-on semaphore"));
        assertEquals("1", answer(executor, "start", "max-waiting-on executor"));
    }

    @Test
    void anAnswerTheRunNeverGivesIsReportedNotGuessed() throws Exception {
        int end = fetches.size() - 1;
        assertThrows(AnswerExpression.Unavailable.class,
                () -> new AnswerExpression.NextRunningTask().compute(fetches, end));
        assertThrows(AnswerExpression.Unavailable.class, () -> new AnswerExpression.NextPrint().compute(fetches, end));
        assertThrows(AnswerExpression.Unavailable.class, () -> new AnswerExpression.OutputLine(6).compute(fetches, 0));
        assertThrows(AnswerExpression.Unavailable.class,
                () -> new AnswerExpression.ClockWhenPrinted("Done 7").compute(fetches, 0));
        assertThrows(AnswerExpression.Unavailable.class,
                () -> new AnswerExpression.TaskState(new TaskRef("Task-9")).compute(fetches, 0));
        assertThrows(AnswerExpression.Unavailable.class,
                () -> new AnswerExpression.TaskState(new TaskRef("Task-3")).compute(fetches, 0));
        assertThrows(AnswerExpression.Unavailable.class, () -> new AnswerExpression.NextException().compute(fetches, 0));
    }

    @Test
    void everyExpressionReadsBackAsWritten() throws Exception {
        for (String text : new String[] {"next-running-task", "next-print", "order-of-prints 3", "clock",
            "clock-when-printed \"Done 0\"", "clock-at-end", "output-line 4", "final-output", "task-state \"fetch\"",
            "task-result \"Task-2\"", "next-exception", "max-waiting-on semaphore"}) {
            assertEquals(text, AnswerParser.parse(text, 1).text());
        }
    }

    @Test
    void unknownAnswersAreMistakesWithTheirLine() {
        LessonFormatException e = assertThrows(LessonFormatException.class,
                () -> AnswerParser.parse("the-answer-is 42", 9));
        assertEquals(9, e.line());
        assertEquals("unknown answer 'the-answer-is'; an answer is one of: " + AnswerParser.ALL, e.getMessage());
        assertThrows(LessonFormatException.class, () -> AnswerParser.parse("output-line", 1));
        assertThrows(LessonFormatException.class, () -> AnswerParser.parse("task-state Task-2", 1));
        assertThrows(LessonFormatException.class, () -> AnswerParser.parse("max-waiting-on naps", 1));
    }
}
