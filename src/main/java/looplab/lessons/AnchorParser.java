package looplab.lessons;

import java.util.Map;
import looplab.trace.WaitReason;

/**
 * Reads one anchor line (the text after {@code @}). The grammar, in full:
 * <pre>
 * anchor := "start"
 *         | "at" "line" N
 *         | "when" "task" STRING ( "is" ("created" | "cancelled") | "starts" | "finishes" | "waits" [ "on" KIND ] )
 *         | "when" "any" "task" "is" "cancelled"
 *         | "when" "clock" "reaches" SECONDS
 *         | "when" STRING "is" ("printed" | "raised")
 *         | "when" "an" "exception" "is" "raised"
 *         | "when" "the" "loop" "is" "blocked"
 *         | "when" "an" "executor" "job" "starts"
 *         | "when" "the" "program" "ends"
 * KIND   := ["a" | "an" | "the"] ("timer" | "task" | "future" | "io" | "I/O" | "lock" | "semaphore" | "event"
 *                                 | "condition" | "queue" | "executor")
 * </pre>
 */
final class AnchorParser {
    private static final Map<String, WaitReason.Kind> KINDS = Map.ofEntries(
            Map.entry("timer", WaitReason.Kind.TIMER), Map.entry("task", WaitReason.Kind.TASK),
            Map.entry("future", WaitReason.Kind.FUTURE), Map.entry("io", WaitReason.Kind.IO),
            Map.entry("i/o", WaitReason.Kind.IO), Map.entry("lock", WaitReason.Kind.LOCK),
            Map.entry("semaphore", WaitReason.Kind.SEMAPHORE), Map.entry("event", WaitReason.Kind.EVENT),
            Map.entry("condition", WaitReason.Kind.CONDITION), Map.entry("queue", WaitReason.Kind.QUEUE),
            Map.entry("executor", WaitReason.Kind.EXECUTOR));

    private AnchorParser() {
    }

    /** How an anchor names a kind of wait: {@code a timer}, {@code I/O}, {@code an executor}. */
    static String words(WaitReason.Kind kind) {
        return switch (kind) {
            case IO -> "I/O";
            case EVENT, EXECUTOR -> "an " + kind.name().toLowerCase(java.util.Locale.ROOT);
            default -> "a " + kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static Anchor parse(String text, int line) throws LessonFormatException {
        Phrase words = Phrase.of(text, line);
        Anchor anchor = anchor(words);
        words.expectEnd();
        return anchor;
    }

    private static Anchor anchor(Phrase words) throws LessonFormatException {
        if (words.match("start")) {
            return new Anchor.Start();
        }
        if (words.match("at")) {
            words.expect("line", "'line' after '@at'");
            return new Anchor.AtLine(words.positiveInt("a line number"));
        }
        if (words.match("when")) {
            return when(words);
        }
        throw words.error("an anchor starts with '@when', '@at line' or '@start'");
    }

    private static Anchor when(Phrase words) throws LessonFormatException {
        if (words.peekQuoted()) {
            return quotedThing(words);
        }
        if (words.match("task")) {
            return task(words, new TaskRef(words.quoted("a task name")));
        }
        if (words.match("any")) {
            words.expect("task", "'task' after 'any'");
            words.expect("is", "'is cancelled'");
            words.expect("cancelled", "'cancelled'");
            return new Anchor.TaskIsCancelled(null);
        }
        if (words.match("clock")) {
            words.expect("reaches", "'reaches' after 'clock'");
            return new Anchor.ClockReaches(words.number("a time in seconds"));
        }
        if (words.match("the")) {
            return theThing(words);
        }
        if (words.match("an")) {
            return anThing(words);
        }
        throw words.error("after '@when': task \"NAME\", any task, clock, \"TEXT\", the loop, the program, "
                + "an exception or an executor job");
    }

    private static Anchor quotedThing(Phrase words) throws LessonFormatException {
        String text = words.quoted("a text");
        words.expect("is", "'is printed' or 'is raised'");
        if (words.match("printed")) {
            return new Anchor.Printed(text);
        }
        if (words.match("raised")) {
            return new Anchor.ExceptionIsRaised(text);
        }
        throw words.error("expected 'printed' or 'raised'");
    }

    private static Anchor task(Phrase words, TaskRef task) throws LessonFormatException {
        if (words.match("starts")) {
            return new Anchor.TaskStarts(task);
        }
        if (words.match("finishes")) {
            return new Anchor.TaskFinishes(task);
        }
        if (words.match("waits")) {
            return new Anchor.TaskWaits(task, words.match("on") ? kind(words) : null);
        }
        if (words.match("is")) {
            if (words.match("created")) {
                return new Anchor.TaskIsCreated(task);
            }
            if (words.match("cancelled")) {
                return new Anchor.TaskIsCancelled(task);
            }
            throw words.error("expected 'created' or 'cancelled' after 'is'");
        }
        throw words.error("after the task: starts, waits, waits on KIND, finishes, is created or is cancelled");
    }

    private static WaitReason.Kind kind(Phrase words) throws LessonFormatException {
        if (!words.match("a")) {
            if (!words.match("an")) {
                words.match("the");
            }
        }
        String word = words.bareWord("what the task waits on (timer, task, future, I/O, lock, semaphore, event, "
                + "condition, queue, executor)");
        WaitReason.Kind kind = KINDS.get(word.toLowerCase(java.util.Locale.ROOT));
        if (kind == null) {
            throw new LessonFormatException(words.line(), "unknown thing to wait on: '" + word
                    + "' (timer, task, future, I/O, lock, semaphore, event, condition, queue, executor)");
        }
        return kind;
    }

    private static Anchor theThing(Phrase words) throws LessonFormatException {
        if (words.match("loop")) {
            words.expect("is", "'is blocked'");
            words.expect("blocked", "'blocked'");
            return new Anchor.LoopIsBlocked();
        }
        words.expect("program", "'loop' or 'program' after 'the'");
        words.expect("ends", "'ends'");
        return new Anchor.ProgramEnds();
    }

    private static Anchor anThing(Phrase words) throws LessonFormatException {
        if (words.match("exception")) {
            words.expect("is", "'is raised'");
            words.expect("raised", "'raised'");
            return new Anchor.ExceptionIsRaised(null);
        }
        words.expect("executor", "'exception' or 'executor job' after 'an'");
        words.expect("job", "'job'");
        words.expect("starts", "'starts'");
        return new Anchor.ExecutorJobStarts();
    }
}
