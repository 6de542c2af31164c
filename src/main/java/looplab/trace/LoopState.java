package looplab.trace;

import looplab.trace.TraceEvent.Outcome;
import looplab.trace.TraceEvent.Stream;

import java.util.List;
import java.util.Map;

/**
 * What the event loop looks like after some prefix of a trace: a plain, immutable snapshot that the window
 * draws (lanes, clock, console) and that {@link TraceReplay} hands out for any event index.
 * Two snapshots of the same prefix are {@code equals}.
 *
 * <p>Its collections are persistent ({@link PersistentIdMap}, {@link KeyedList}, {@link PersistentVector},
 * {@link GroupedIds}): the snapshot after one more event shares with this one everything the event did not change,
 * so a step through a 100,000-task trace costs what changed. They are read as ordinary lists and maps. Only
 * {@code workers}, a handful of threads, is a plain list, copied when one changes.
 *
 * @param eventIndex         index of the last event applied, -1 before the first
 * @param clock              virtual loop time in seconds ({@code loop.time()})
 * @param iteration          the current or last {@code _run_once} iteration, 0 before the first
 * @param running            the handle the loop is running now (a task step or a callback), null when none
 * @param ready              {@code _ready}, in order: what the loop will run next
 * @param scheduled          {@code _scheduled}: pending timers, sorted by deadline (then by handle id)
 * @param waitingOnTimers    tasks sleeping on a timer, sorted by deadline (then by task id)
 * @param waitingOnIo        tasks waiting for a simulated I/O request, by task id
 * @param waitingOnFutures   tasks awaiting a future or another task, by task id
 * @param waitingOnPrimitives tasks waiting on a lock, semaphore, event, condition or queue, by task id
 * @param waitingOnExecutor  tasks awaiting an executor job, by task id
 * @param executorQueue      submitted executor jobs that no worker has started yet, in submission order
 * @param workers            executor worker threads seen so far, in order of appearance, with their current job
 * @param tasks              every task created so far, by id (ids count up in creation order, as the runtime
 *                           numbers {@code Task-1}, {@code Task-2} …)
 * @param doneTasks          tasks that finished (any outcome), in the order they finished
 * @param cancelledTasks     the subset of {@code doneTasks} that ended cancelled
 * @param doneNotCancelled   the rest of {@code doneTasks}: those that returned or raised (the stage's DONE lane)
 * @param console            everything printed so far
 * @param lastLine           the last line executed on any thread, null before any
 * @param blocked            set while blocking code holds the loop thread ({@link TraceEvent.LoopBlocked}), else null
 * @param ended              how the program ended, null while it runs
 * @param taskFrames         each task's latest call stack and innermost locals ({@link TraceEvent.FramesChanged}),
 *                           by task id; kept after the task is done (where it returned or raised)
 * @param workerFrames       the same for the job each executor worker runs, by worker name; gone when it finishes
 * @param unfinishedByLine   the ids of unfinished tasks by the line their coroutine is at (see
 *                           {@link #unfinishedTasksAt}); derived from {@code tasks}
 * @param awaitersByTask     the ids of tasks awaiting a task, by the awaited task's id (see {@link #tasksAwaiting});
 *                           derived from {@code tasks}
 */
public record LoopState(int eventIndex, double clock, int iteration, Running running,
                        ReadyQueue ready, KeyedList<ScheduledTimer> scheduled,
                        KeyedList<WaitingTask> waitingOnTimers, KeyedList<WaitingTask> waitingOnIo,
                        KeyedList<WaitingTask> waitingOnFutures, KeyedList<WaitingTask> waitingOnPrimitives,
                        KeyedList<WaitingTask> waitingOnExecutor,
                        KeyedList<ExecutorJob> executorQueue, List<Worker> workers,
                        PersistentIdMap<TaskInfo> tasks, KeyedList<TaskInfo> doneTasks,
                        KeyedList<TaskInfo> cancelledTasks, KeyedList<TaskInfo> doneNotCancelled,
                        PersistentVector<ConsoleLine> console, LineAt lastLine, Blocked blocked, Ended ended,
                        PersistentIdMap<Frames> taskFrames, PersistentSortedMap<String, Frames> workerFrames,
                        GroupedIds unfinishedByLine, GroupedIds awaitersByTask) {

    /** The state before any event: clock 0, nothing created, nothing ready. */
    public static LoopState initial() {
        return new LoopStateBuilder().snapshot();
    }

    /** The state after also applying {@code event}, the next event of the trace. */
    public LoopState next(TraceEvent event) {
        LoopStateBuilder builder = new LoopStateBuilder(this);
        builder.apply(event);
        return builder.snapshot();
    }

    public TaskInfo task(long taskId) {
        return tasks.get(taskId);
    }

    /** The task's call stack and innermost locals, or null before its first line. */
    public Frames framesOf(long taskId) {
        return taskFrames.get(taskId);
    }

    /**
     * The unfinished tasks whose coroutine is at {@code line} (running, ready or suspended there), by id: a view,
     * read in O(log n) per task, so a line where 100,000 tasks wait costs nothing until its tasks are read.
     */
    public List<TaskInfo> unfinishedTasksAt(int line) {
        return tasksOf(unfinishedByLine.in(line));
    }

    /** The lines where unfinished tasks are (see {@link #unfinishedTasksAt}), in order. */
    public List<Integer> linesWithUnfinishedTasks() {
        List<Long> lines = unfinishedByLine.groups();
        return new java.util.AbstractList<>() {
            @Override
            public Integer get(int index) {
                return Math.toIntExact(lines.get(index));
            }

            @Override
            public int size() {
                return lines.size();
            }
        };
    }

    /** The tasks suspended in {@code await} on task {@code taskId} (or about to be, in the step that awaits it). */
    public List<TaskInfo> tasksAwaiting(long taskId) {
        return tasksOf(awaitersByTask.in(taskId));
    }

    private List<TaskInfo> tasksOf(List<Long> ids) {
        return new java.util.AbstractList<>() {
            @Override
            public TaskInfo get(int index) {
                return tasks.get(ids.get(index));
            }

            @Override
            public int size() {
                return ids.size();
            }
        };
    }

    public boolean isLoopBlocked() {
        return blocked != null;
    }

    /** Where a task is in its life, as the lanes show it. */
    public enum TaskState {
        /** Created; its first {@code __step} is not yet in {@code _ready} (a transient state). */
        CREATED,
        /** A handle for its {@code __step} or {@code __wakeup} is in {@code _ready}. */
        READY,
        /** Its {@code __step} is running on the loop thread. */
        RUNNING,
        /** Suspended on {@link TaskInfo#awaiting()}. */
        WAITING,
        /** Finished; see {@link TaskInfo#outcome()}. */
        DONE
    }

    /**
     * @param line           the line the task's coroutine last executed, 0 before its first step
     * @param awaiting       what it waits for while WAITING (kept during the step that suspends it), else null
     * @param cancelRequests how many times {@code cancel()} was called on it
     * @param raising        {@code "ValueError: msg"} while an exception is in flight in the task, else null
     * @param outcome        set once DONE
     * @param outcomeText    the result's repr, {@code "ValueError: msg"} or the cancellation text, once DONE
     * @param cancelledAtLine the line where {@code CancelledError} was last thrown into it, 0 if never
     */
    public record TaskInfo(long taskId, String name, String coroutine, long parentTaskId, TaskState state, int line,
                           WaitReason awaiting, int cancelRequests, String raising, Outcome outcome,
                           String outcomeText, int cancelledAtLine) {
        /** The short text for "what is it waiting for", or empty. */
        public String awaitingLabel() {
            return awaiting == null ? "" : awaiting.label();
        }

        public boolean isCancelled() {
            return outcome == Outcome.CANCELLED;
        }

        /**
         * How the task ended, in the words the stage and the timeline both use: {@code "→ 42"}, {@code "raised
         * ValueError: bad"}, or the cancellation text; null while it runs.
         */
        public String outcomeSummary() {
            if (outcome == null) {
                return null;
            }
            String text = outcomeText == null ? "" : outcomeText;
            return switch (outcome) {
                case RESULT -> "→ " + text;
                case EXCEPTION -> "raised " + text;
                case CANCELLED -> text;
            };
        }
    }

    /**
     * A task's or a job's call stack, outermost first, and the innermost frame's locals (name to a short repr).
     * The innermost frame's line follows every {@link TraceEvent.LineExecuted}.
     */
    public record Frames(List<CallFrame> stack, Map<String, String> locals) {
        public CallFrame innermost() {
            return stack.get(stack.size() - 1);
        }

        /** The frames that called or awaited the innermost one, innermost last. */
        public List<CallFrame> callers() {
            return stack.subList(0, stack.size() - 1);
        }

        Frames atLine(int line) {
            CallFrame moved = innermost().atLine(line);
            if (moved == innermost()) {
                return this;
            }
            List<CallFrame> frames = new java.util.ArrayList<>(stack);
            frames.set(frames.size() - 1, moved);
            return new Frames(List.copyOf(frames), locals);
        }
    }

    /** What the loop thread is running: a task's step ({@code taskId >= 0}) or another callback. */
    public record Running(long handleId, long taskId, String label) {
        public boolean isTaskStep() {
            return taskId >= 0;
        }
    }

    /** A handle in {@code _ready}; {@code taskId} is -1 unless it runs a task's step. */
    public record ReadyHandle(long handleId, String callback, long taskId) {
    }

    /** A {@code TimerHandle} in {@code _scheduled}. */
    public record ScheduledTimer(long handleId, double deadline, long taskId, String label) {
    }

    public record WaitingTask(long taskId, String name, WaitReason reason) {
    }

    public record ExecutorJob(long jobId, String function, String executor) {
    }

    /** An executor worker thread; {@code job} is null while it is idle. {@code line} is its last line, 0 if none. */
    public record Worker(String name, ExecutorJob job, int line) {
        public boolean isBusy() {
            return job != null;
        }
    }

    /** Text printed at virtual time {@code time} by task {@code taskId} (-1 outside tasks). */
    public record ConsoleLine(double time, Stream stream, String text, long taskId) {
    }

    public record LineAt(long taskId, String threadName, int line) {
    }

    /** The loop thread is stuck in blocking code at {@code line} until virtual time {@code until}. */
    public record Blocked(int line, double until, long taskId) {
    }

    public record Ended(int exitCode, String message) {
    }
}
