package looplab.lessons;

import java.util.Locale;
import looplab.trace.WaitReason;

/**
 * Reads an answer expression (the text after {@code answer:}):
 * <pre>
 * answer := "next-running-task" | "next-print" | "order-of-prints" N | "clock" | "clock-when-printed" STRING
 *         | "clock-at-end" | "output-line" N | "final-output" | "task-state" STRING | "task-result" STRING
 *         | "next-exception" | "max-waiting-on" KIND
 * </pre>
 */
final class AnswerParser {
    static final String ALL = "next-running-task, next-print, order-of-prints N, clock, clock-when-printed \"TEXT\", "
            + "clock-at-end, output-line N, final-output, task-state \"TASK\", task-result \"TASK\", next-exception, "
            + "max-waiting-on KIND";

    private AnswerParser() {
    }

    static AnswerExpression parse(String text, int line) throws LessonFormatException {
        Phrase words = Phrase.of(text, line);
        AnswerExpression answer = expression(words);
        words.expectEnd();
        return answer;
    }

    private static AnswerExpression expression(Phrase words) throws LessonFormatException {
        String name = words.bareWord("an answer expression (" + ALL + ")");
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "next-running-task" -> new AnswerExpression.NextRunningTask();
            case "next-print" -> new AnswerExpression.NextPrint();
            case "order-of-prints" -> new AnswerExpression.OrderOfPrints(words.positiveInt("how many prints"));
            case "clock" -> new AnswerExpression.Clock();
            case "clock-when-printed" -> new AnswerExpression.ClockWhenPrinted(words.quoted("the printed line"));
            case "clock-at-end" -> new AnswerExpression.ClockAtEnd();
            case "output-line" -> new AnswerExpression.OutputLine(words.positiveInt("a line number"));
            case "final-output" -> new AnswerExpression.FinalOutput();
            case "task-state" -> new AnswerExpression.TaskState(new TaskRef(words.quoted("a task name")));
            case "task-result" -> new AnswerExpression.TaskResult(new TaskRef(words.quoted("a task name")));
            case "next-exception" -> new AnswerExpression.NextException();
            case "max-waiting-on" -> new AnswerExpression.MaxWaitingOn(kind(words));
            default -> throw new LessonFormatException(words.line(),
                    "unknown answer '" + name + "'; an answer is one of: " + ALL);
        };
    }

    private static WaitReason.Kind kind(Phrase words) throws LessonFormatException {
        String word = words.bareWord("what the tasks wait on (timer, task, future, io, lock, semaphore, event, "
                + "condition, queue, executor)");
        try {
            return WaitReason.Kind.valueOf(word.equalsIgnoreCase("i/o") ? "IO" : word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LessonFormatException(words.line(), "unknown thing to wait on: '" + word + "'");
        }
    }
}
