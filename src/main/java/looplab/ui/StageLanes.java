package looplab.ui;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import looplab.trace.LoopState;
import looplab.trace.LoopState.ReadyHandle;
import looplab.trace.LoopState.ScheduledTimer;
import looplab.trace.LoopState.TaskInfo;
import looplab.trace.LoopState.WaitingTask;
import looplab.trace.LoopState.Worker;
import looplab.trace.TraceEvent.Outcome;
import looplab.trace.WaitReason;

/**
 * The loop stage as plain data: for one {@link LoopState}, the lanes and the tokens in them, in the order the
 * window draws them. Lanes longer than a limit keep their first and last tokens and say how many are hidden,
 * so a program with 10,000 tasks draws a few dozen nodes. Plain Java, no JavaFX.
 */
public final class StageLanes {
    /** A lane's place on the stage; the title is what the stage prints beside it. */
    public enum LaneKind {
        RUNNING("RUNNING"),
        READY("READY"),
        TIMERS("timers"),
        IO("I/O"),
        FUTURES("futures, tasks"),
        PRIMITIVES("locks, semaphores, events, queues"),
        AWAITING_EXECUTOR("executor jobs"),
        EXECUTOR("EXECUTOR"),
        DONE("DONE"),
        CANCELLED("CANCELLED");

        private final String title;

        LaneKind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        /** The waiting lanes are drawn as one WAITING group, one line per cause. */
        public boolean isWaiting() {
            return this == TIMERS || this == IO || this == FUTURES || this == PRIMITIVES || this == AWAITING_EXECUTOR;
        }
    }

    /**
     * One thing on the stage. {@code key} is stable across states ({@code task:2}, {@code handle:201},
     * {@code worker:…}) so the view can slide a token from its old lane to its new one.
     */
    public record Token(String key, long taskId, String name, String detail, String colour, String shape) {
        public boolean isTask() {
            return taskId >= 0;
        }
    }

    /** The tokens of one lane: all of them, or the first and last few of a long lane and how many are hidden. */
    public record Lane(LaneKind kind, List<Token> first, List<Token> last, int total) {
        public int hidden() {
            return total - first.size() - last.size();
        }

        public List<Token> shown() {
            List<Token> shown = new ArrayList<>(first);
            shown.addAll(last);
            return shown;
        }

        public boolean isEmpty() {
            return total == 0;
        }

        public Lane withNoTokens() {
            return new Lane(kind, List.of(), List.of(), 0);
        }
    }

    private final LoopState state;
    private final TaskPalette palette;
    private final int maxTokens;

    private StageLanes(LoopState state, TaskPalette palette, int maxTokens) {
        this.state = state;
        this.palette = palette;
        this.maxTokens = maxTokens;
    }

    /** The lanes for {@code state}; a lane with more than {@code maxTokens} tokens is collapsed. */
    public static List<Lane> of(LoopState state, TaskPalette palette, int maxTokens) {
        return new StageLanes(state, palette, Math.max(2, maxTokens)).lanes();
    }

    private List<Lane> lanes() {
        return List.of(
                lane(LaneKind.RUNNING, running(), token -> token),
                lane(LaneKind.READY, state.ready(), this::ready),
                lane(LaneKind.TIMERS, state.scheduled(), this::timer),
                lane(LaneKind.IO, state.waitingOnIo(), this::waiting),
                lane(LaneKind.FUTURES, state.waitingOnFutures(), this::waiting),
                lane(LaneKind.PRIMITIVES, state.waitingOnPrimitives(), this::waiting),
                lane(LaneKind.AWAITING_EXECUTOR, state.waitingOnExecutor(), this::waiting),
                lane(LaneKind.EXECUTOR, executor(), token -> token),
                lane(LaneKind.DONE, state.doneNotCancelled(), this::done),
                lane(LaneKind.CANCELLED, state.cancelledTasks(), this::done));
    }

    /** Only the tokens a lane shows are made: a step on a 10,000-task program formats a few dozen, not 10,000. */
    private <T> Lane lane(LaneKind kind, List<T> items, Function<T, Token> token) {
        if (items.size() <= maxTokens) {
            return new Lane(kind, tokens(items, token), List.of(), items.size());
        }
        int head = (maxTokens + 1) / 2;
        int tail = maxTokens - head;
        return new Lane(kind, tokens(items.subList(0, head), token),
                tokens(items.subList(items.size() - tail, items.size()), token), items.size());
    }

    private static <T> List<Token> tokens(List<T> items, Function<T, Token> token) {
        return items.stream().map(token).toList();
    }

    private List<Token> running() {
        LoopState.Running running = state.running();
        if (running == null) {
            return List.of();
        }
        String blocked = state.isLoopBlocked() ? " · BLOCKED at line " + state.blocked().line() : "";
        if (running.isTaskStep()) {
            TaskInfo task = state.task(running.taskId());
            String line = task == null || task.line() == 0 ? "" : " · line " + task.line();
            return List.of(task(running.taskId(), coroutine(running.taskId()) + line + blocked));
        }
        return List.of(new Token("handle:" + running.handleId(), -1, running.label(), "callback" + blocked,
                TaskPalette.NEUTRAL, "◇"));
    }

    private Token ready(ReadyHandle handle) {
        if (handle.taskId() >= 0) {
            return task(handle.taskId(), coroutine(handle.taskId()));
        }
        return new Token("handle:" + handle.handleId(), -1, handle.callback(), "callback", TaskPalette.NEUTRAL, "◇");
    }

    private Token timer(ScheduledTimer timer) {
        String when = "due " + seconds(timer.deadline()) + " (" + seconds(Math.max(0, timer.deadline() - state.clock()))
                + " left)";
        if (timer.taskId() >= 0) {
            return task(timer.taskId(), timer.label() + " · " + when);
        }
        return new Token("handle:" + timer.handleId(), -1, timer.label(), when, TaskPalette.NEUTRAL, "◇");
    }

    private Token waiting(WaitingTask waiting) {
        return task(waiting.taskId(), reasonText(waiting.reason()));
    }

    /** What a waiting token says it waits for: the label, plus what the label may leave out. */
    static String reasonText(WaitReason reason) {
        if (reason == null) {
            return "";
        }
        String label = reason.label() == null ? "" : reason.label();
        return switch (reason.kind()) {
            case IO -> reason.request() == null || label.contains(reason.request()) ? label : label + " · " + reason.request();
            case SEMAPHORE -> reason.value() == null || reason.capacity() == null ? label
                    : label + " · " + reason.value() + "/" + reason.capacity() + " free";
            case QUEUE -> reason.operation() == null ? label : label + " · " + reason.operation();
            default -> label;
        };
    }

    /** The workers, then the jobs no worker has started: as one list, so a long queue is not formatted whole. */
    private List<Token> executor() {
        List<Worker> workers = state.workers();
        List<LoopState.ExecutorJob> queue = state.executorQueue();
        return new AbstractList<>() {
            @Override
            public Token get(int index) {
                return index < workers.size() ? worker(workers.get(index)) : queued(queue.get(index - workers.size()));
            }

            @Override
            public int size() {
                return workers.size() + queue.size();
            }
        };
    }

    private static Token worker(Worker worker) {
        String job = worker.isBusy()
                ? worker.job().function() + (worker.line() > 0 ? " · line " + worker.line() : "")
                : "idle";
        return new Token("worker:" + worker.name(), -1, worker.name(), job, TaskPalette.NEUTRAL, "⚙");
    }

    private static Token queued(LoopState.ExecutorJob job) {
        return new Token("job:" + job.jobId(), -1, job.function(), "queued, no free worker", TaskPalette.NEUTRAL,
                "⚙");
    }

    private Token done(TaskInfo task) {
        return task(task.taskId(), task.outcomeSummary());
    }

    private Token task(long taskId, String detail) {
        TaskInfo task = state.task(taskId);
        String name = task == null ? "Task " + taskId : task.name();
        return new Token("task:" + taskId, taskId, name, detail, palette.colour(taskId), palette.shape(taskId));
    }

    private String coroutine(long taskId) {
        TaskInfo task = state.task(taskId);
        return task == null ? "" : task.coroutine();
    }

    /** Virtual time as the clock shows it: seconds with millisecond precision. */
    public static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f s", seconds);
    }
}
