package looplab.lessons;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import looplab.trace.LoopState;
import looplab.trace.LoopState.TaskInfo;
import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.ExceptionRaised;
import looplab.trace.TraceEvent.ProgramEnded;
import looplab.trace.TraceEvent.TaskCreated;
import looplab.trace.TraceEvent.TaskDone;
import looplab.trace.TraceEvent.TaskStepStarted;
import looplab.trace.WaitReason;

/**
 * How a question's correct answer is computed from the trace, written {@code answer: ...} in a lesson. Answers
 * are never typed by the teacher: a student who edits the program is checked against what the edited program
 * really does. {@code at} is the index of the question's moment (its step's anchor).
 */
public sealed interface AnswerExpression {
    Answer compute(TraceFacts trace, int at) throws Unavailable;

    /** The expression as a lesson writes it. */
    String text();

    /** The run never produced what the expression asks about (e.g. no task ran after the moment). */
    final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    private static Answer task(TaskCreated task) {
        return new Answer(task.name(), List.of(task.name(), task.coroutine()));
    }

    private static List<TraceFacts.PrintedLine> printedAfter(TraceFacts trace, int at) {
        return trace.printedLines().stream().filter(line -> line.eventIndex() > at).toList();
    }

    private static TaskCreated named(TraceFacts trace, TaskRef ref) throws Unavailable {
        TaskCreated task = trace.task(ref);
        if (task == null) {
            throw new Unavailable("no task " + ref + " was ever created");
        }
        return task;
    }

    /** {@code next-running-task}: the task whose step the loop starts next after the moment. */
    record NextRunningTask() implements AnswerExpression {
        public Answer compute(TraceFacts trace, int at) throws Unavailable {
            for (int i = at + 1; i < trace.size(); i++) {
                if (trace.event(i) instanceof TaskStepStarted step) {
                    return task(trace.task(step.taskId()));
                }
            }
            throw new Unavailable("no task runs after this moment");
        }

        public String text() {
            return "next-running-task";
        }
    }

    /** {@code next-print}: the next line printed to stdout after the moment. */
    record NextPrint() implements AnswerExpression {
        public Answer compute(TraceFacts trace, int at) throws Unavailable {
            List<TraceFacts.PrintedLine> after = printedAfter(trace, at);
            if (after.isEmpty()) {
                throw new Unavailable("nothing is printed after this moment");
            }
            return Answer.of(after.get(0).text());
        }

        public String text() {
            return "next-print";
        }
    }

    /** {@code order-of-prints N}: the next N lines printed after the moment, joined by {@code ", "}. */
    record OrderOfPrints(int count) implements AnswerExpression {
        public Answer compute(TraceFacts trace, int at) throws Unavailable {
            List<TraceFacts.PrintedLine> after = printedAfter(trace, at);
            if (after.size() < count) {
                throw new Unavailable("only " + after.size() + " lines are printed after this moment, not " + count);
            }
            return Answer.of(after.subList(0, count).stream().map(TraceFacts.PrintedLine::text)
                    .collect(Collectors.joining(", ")));
        }

        public String text() {
            return "order-of-prints " + count;
        }
    }

    /** {@code clock}: the loop's clock at the moment. */
    record Clock() implements AnswerExpression {
        public Answer compute(TraceFacts trace, int at) {
            return Answer.clock(trace.event(at).time());
        }

        public String text() {
            return "clock";
        }
    }

    /** {@code clock-when-printed "TEXT"}: the clock when the line TEXT is first printed. */
    record ClockWhenPrinted(String line) implements AnswerExpression {
        public Answer compute(TraceFacts trace, int at) throws Unavailable {
            return trace.printedLines().stream().filter(printed -> printed.text().equals(line)).findFirst()
                    .map(printed -> Answer.clock(printed.time()))
                    .orElseThrow(() -> new Unavailable("\"" + line + "\" is never printed"));
        }

        public String text() {
            return "clock-when-printed \"" + line + "\"";
        }
    }

    /** {@code clock-at-end}: the clock when the program ends, i.e. how long the run took on the loop's clock. */
    record ClockAtEnd() implements AnswerExpression {
        public Answer compute(TraceFacts trace, int at) throws Unavailable {
            for (int i = trace.size() - 1; i >= 0; i--) {
                if (trace.event(i) instanceof ProgramEnded end) {
                    return Answer.clock(end.time());
                }
            }
            throw new Unavailable("the program never ended");
        }

        public String text() {
            return "clock-at-end";
        }
    }

    /** {@code output-line N}: the Nth line (from 1) the program prints to stdout. */
    record OutputLine(int number) implements AnswerExpression {
        public Answer compute(TraceFacts trace, int at) throws Unavailable {
            List<TraceFacts.PrintedLine> lines = trace.printedLines();
            if (lines.size() < number) {
                throw new Unavailable("the program prints " + lines.size() + " lines, so there is no line " + number);
            }
            return Answer.of(lines.get(number - 1).text());
        }

        public String text() {
            return "output-line " + number;
        }
    }

    /** {@code final-output}: the last line the program prints to stdout. */
    record FinalOutput() implements AnswerExpression {
        public Answer compute(TraceFacts trace, int at) throws Unavailable {
            List<TraceFacts.PrintedLine> lines = trace.printedLines();
            if (lines.isEmpty()) {
                throw new Unavailable("the program prints nothing");
            }
            return Answer.of(lines.get(lines.size() - 1).text());
        }

        public String text() {
            return "final-output";
        }
    }

    /**
     * {@code task-state "T"}: where the task is at the moment, in the window's words: {@code created},
     * {@code ready}, {@code running}, {@code waiting}, or once finished {@code done}, {@code failed} or
     * {@code cancelled}.
     */
    record TaskState(TaskRef task) implements AnswerExpression {
        public Answer compute(TraceFacts trace, int at) throws Unavailable {
            TaskCreated created = named(trace, task);
            TaskInfo info = trace.stateAt(at).task(created.taskId());
            if (info == null) {
                throw new Unavailable("task " + task + " does not exist yet at this moment");
            }
            return Answer.of(word(info));
        }

        private static String word(TaskInfo info) {
            if (info.state() != LoopState.TaskState.DONE) {
                return info.state().name().toLowerCase(Locale.ROOT);
            }
            return switch (info.outcome()) {
                case RESULT -> "done";
                case EXCEPTION -> "failed";
                case CANCELLED -> "cancelled";
            };
        }

        public String text() {
            return "task-state " + task;
        }
    }

    /** {@code task-result "T"}: what the task finished with: its result's repr, the exception, or the cancellation. */
    record TaskResult(TaskRef task) implements AnswerExpression {
        public Answer compute(TraceFacts trace, int at) throws Unavailable {
            long id = named(trace, task).taskId();
            for (TraceEvent event : trace.events()) {
                if (event instanceof TaskDone done && done.taskId() == id) {
                    return Answer.of(done.text());
                }
            }
            throw new Unavailable("task " + task + " never finishes");
        }

        public String text() {
            return "task-result " + task;
        }
    }

    /** {@code next-exception}: the class of the next exception raised after the moment. */
    record NextException() implements AnswerExpression {
        public Answer compute(TraceFacts trace, int at) throws Unavailable {
            for (int i = at + 1; i < trace.size(); i++) {
                if (trace.event(i) instanceof ExceptionRaised raised) {
                    return Answer.of(raised.exceptionType());
                }
            }
            throw new Unavailable("no exception is raised after this moment");
        }

        public String text() {
            return "next-exception";
        }
    }

    /** {@code max-waiting-on KIND}: the most tasks ever waiting on that kind of thing at once, over the whole run. */
    record MaxWaitingOn(WaitReason.Kind kind) implements AnswerExpression {
        public Answer compute(TraceFacts trace, int at) {
            int most = 0;
            LoopState state = LoopState.initial();
            for (TraceEvent event : trace.events()) {
                state = state.next(event);
                most = Math.max(most, waitingOn(state));
            }
            return Answer.of(Integer.toString(most));
        }

        private int waitingOn(LoopState state) {
            return (int) state.tasks().values().stream()
                    .filter(t -> t.state() == LoopState.TaskState.WAITING && t.awaiting() != null
                            && t.awaiting().kind() == kind)
                    .count();
        }

        public String text() {
            return "max-waiting-on " + kind.name().toLowerCase(Locale.ROOT);
        }
    }
}
