package looplab.lessons;

import java.util.function.IntPredicate;
import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.CancellationDelivered;
import looplab.trace.TraceEvent.ExceptionRaised;
import looplab.trace.TraceEvent.ExecutorJobStarted;
import looplab.trace.TraceEvent.LineExecuted;
import looplab.trace.TraceEvent.LoopBlocked;
import looplab.trace.TraceEvent.Outcome;
import looplab.trace.TraceEvent.ProgramEnded;
import looplab.trace.TraceEvent.TaskCreated;
import looplab.trace.TraceEvent.TaskDone;
import looplab.trace.TraceEvent.TaskStepStarted;
import looplab.trace.TraceEvent.TaskStepEnded;
import looplab.trace.TraceEvent.TaskSuspended;
import looplab.trace.WaitReason;

/**
 * A moment of a run that narration is attached to, written {@code @when ...}, {@code @at line N} or
 * {@code @start} in a lesson (the syntax is in docs/lessons.md). An anchor names what happens, not where it is
 * in the file, so it still finds its moment after the program is edited. It resolves to the index of the
 * event where the moment happens: the first such event at or after {@code from}.
 */
public sealed interface Anchor {
    /** The index of the first event at or after {@code from} where this moment happens, or -1 if it never does. */
    int find(TraceFacts trace, int from);

    /** The anchor as a lesson writes it (without the leading {@code @}). */
    String text();

    private static int first(TraceFacts trace, int from, IntPredicate at) {
        for (int i = Math.max(0, from); i < trace.size(); i++) {
            if (at.test(i)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code @start}: before the program's first event. */
    record Start() implements Anchor {
        public int find(TraceFacts trace, int from) {
            return trace.size() > 0 && from == 0 ? 0 : -1;
        }

        public String text() {
            return "start";
        }
    }

    /** {@code @at line N}: line N starts executing (on any thread). */
    record AtLine(int line) implements Anchor {
        public int find(TraceFacts trace, int from) {
            return first(trace, from, i -> trace.event(i) instanceof LineExecuted e && e.line() == line);
        }

        public String text() {
            return "at line " + line;
        }
    }

    /** {@code @when task "T" is created}. */
    record TaskIsCreated(TaskRef task) implements Anchor {
        public int find(TraceFacts trace, int from) {
            return first(trace, from, i -> trace.event(i) instanceof TaskCreated e && task.matches(e));
        }

        public String text() {
            return "when task " + task + " is created";
        }
    }

    /** {@code @when task "T" starts}: a step of the task begins running (its first, unless an earlier step anchored). */
    record TaskStarts(TaskRef task) implements Anchor {
        public int find(TraceFacts trace, int from) {
            return first(trace, from, i -> trace.event(i) instanceof TaskStepStarted e && trace.isTask(e.taskId(), task));
        }

        public String text() {
            return "when task " + task + " starts";
        }
    }

    /**
     * {@code @when task "T" waits [on KIND]}: the task's coroutine suspends (on that kind of thing). The moment is
     * the end of that step, when the task has handed the loop back and is waiting, not still running.
     */
    record TaskWaits(TaskRef task, WaitReason.Kind kind) implements Anchor {
        public int find(TraceFacts trace, int from) {
            int suspended = first(trace, from, i -> trace.event(i) instanceof TaskSuspended e
                    && trace.isTask(e.taskId(), task) && (kind == null || e.reason().kind() == kind));
            if (suspended < 0) {
                return suspended;
            }
            long taskId = ((TaskSuspended) trace.event(suspended)).taskId();
            int stepEnd = first(trace, suspended, i -> trace.event(i) instanceof TaskStepEnded e && e.taskId() == taskId);
            return stepEnd < 0 ? suspended : stepEnd;
        }

        public String text() {
            return "when task " + task + " waits" + (kind == null ? "" : " on " + AnchorParser.words(kind));
        }
    }

    /**
     * {@code @when task "T" is cancelled} ({@code task == null}: {@code @when any task is cancelled}): where the
     * cancellation lands, i.e. {@code CancelledError} is thrown into the coroutine, or the task ends cancelled
     * without ever running.
     */
    record TaskIsCancelled(TaskRef task) implements Anchor {
        public int find(TraceFacts trace, int from) {
            return first(trace, from, i -> {
                TraceEvent event = trace.event(i);
                if (event instanceof CancellationDelivered e) {
                    return task == null || trace.isTask(e.taskId(), task);
                }
                return event instanceof TaskDone e && e.outcome() == Outcome.CANCELLED
                        && (task == null || trace.isTask(e.taskId(), task));
            });
        }

        public String text() {
            return task == null ? "when any task is cancelled" : "when task " + task + " is cancelled";
        }
    }

    /** {@code @when task "T" finishes}: with a result, an exception or cancelled. */
    record TaskFinishes(TaskRef task) implements Anchor {
        public int find(TraceFacts trace, int from) {
            return first(trace, from, i -> trace.event(i) instanceof TaskDone e && trace.isTask(e.taskId(), task));
        }

        public String text() {
            return "when task " + task + " finishes";
        }
    }

    /** {@code @when clock reaches T}: the first event at or after loop time T. */
    record ClockReaches(double seconds) implements Anchor {
        public int find(TraceFacts trace, int from) {
            return first(trace, from, i -> trace.event(i).time() >= seconds - Answer.CLOCK_TOLERANCE);
        }

        public String text() {
            return "when clock reaches " + Answer.seconds(seconds);
        }
    }

    /** {@code @when "TEXT" is printed}: a line equal to TEXT is written to stdout. */
    record Printed(String line) implements Anchor {
        public int find(TraceFacts trace, int from) {
            return trace.printedLines().stream()
                    .filter(printed -> printed.eventIndex() >= from && printed.text().equals(line))
                    .mapToInt(TraceFacts.PrintedLine::eventIndex)
                    .findFirst().orElse(-1);
        }

        public String text() {
            return "when \"" + line + "\" is printed";
        }
    }

    /** {@code @when "ValueError" is raised} ({@code type == null}: {@code @when an exception is raised}). */
    record ExceptionIsRaised(String type) implements Anchor {
        public int find(TraceFacts trace, int from) {
            return first(trace, from, i -> trace.event(i) instanceof ExceptionRaised e
                    && (type == null || e.exceptionType().equals(type)));
        }

        public String text() {
            return type == null ? "when an exception is raised" : "when \"" + type + "\" is raised";
        }
    }

    /** {@code @when the loop is blocked}: blocking code starts holding the loop thread. */
    record LoopIsBlocked() implements Anchor {
        public int find(TraceFacts trace, int from) {
            return first(trace, from, i -> trace.event(i) instanceof LoopBlocked);
        }

        public String text() {
            return "when the loop is blocked";
        }
    }

    /** {@code @when an executor job starts}: a worker thread starts a job. */
    record ExecutorJobStarts() implements Anchor {
        public int find(TraceFacts trace, int from) {
            return first(trace, from, i -> trace.event(i) instanceof ExecutorJobStarted);
        }

        public String text() {
            return "when an executor job starts";
        }
    }

    /** {@code @when the program ends}: its last event. */
    record ProgramEnds() implements Anchor {
        public int find(TraceFacts trace, int from) {
            return first(trace, from, i -> trace.event(i) instanceof ProgramEnded);
        }

        public String text() {
            return "when the program ends";
        }
    }
}
