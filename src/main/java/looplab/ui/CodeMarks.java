package looplab.ui;

import java.util.AbstractList;
import java.util.List;
import looplab.trace.LoopState;
import looplab.trace.LoopState.TaskInfo;

/**
 * Where each task is in the code at one moment: for every line, the unfinished tasks whose coroutine is at it
 * (running, ready or suspended there), and the line running now on the loop thread. Plain Java, no JavaFX.
 *
 * <p>The tasks at a line are read from the state's index of them, only when a gutter asks: a step through a
 * 100,000-task trace marks the few lines on screen, it does not list every task.
 */
public final class CodeMarks {
    /** One task at a line: its name, Okabe–Ito colour and shape. */
    public record Mark(long taskId, String name, String colour, String shape, boolean running) {
    }

    /** What a line's gutter shows: one task (the running one when it is there) and how many tasks are at the line. */
    public record Shown(Mark first, int count) {
    }

    private final LoopState state;
    private final TaskPalette palette;
    private final int runningLine;
    private final long runningTask;
    private final List<Integer> workerLines;

    private CodeMarks(LoopState state, TaskPalette palette) {
        this.state = state;
        this.palette = palette;
        this.runningLine = runningLine(state);
        this.runningTask = state.running() == null ? -1 : state.running().taskId();
        this.workerLines = state.workers().stream()
                .filter(LoopState.Worker::isBusy).map(LoopState.Worker::line).filter(line -> line > 0).toList();
    }

    public static CodeMarks of(LoopState state, TaskPalette palette) {
        return new CodeMarks(state, palette);
    }

    /** The line the loop thread is executing (or blocked in), 0 when none. */
    public int runningLine() {
        return runningLine;
    }

    /** The task running it, -1 for code outside tasks. */
    public long runningTask() {
        return runningTask;
    }

    /** Lines executor workers are on now. */
    public List<Integer> workerLines() {
        return workerLines;
    }

    /** The tasks at {@code line} (1-based), by id (the order they were created in): a view, made mark by mark. */
    public List<Mark> at(int line) {
        List<TaskInfo> tasks = state.unfinishedTasksAt(line);
        return new AbstractList<>() {
            @Override
            public Mark get(int index) {
                return mark(tasks.get(index));
            }

            @Override
            public int size() {
                return tasks.size();
            }
        };
    }

    /** What the gutter of {@code line} shows, or null when no task is at it. */
    public Shown shown(int line) {
        List<TaskInfo> tasks = state.unfinishedTasksAt(line);
        if (tasks.isEmpty()) {
            return null;
        }
        // The running task is among them exactly when it is unfinished and at this line (the index's own rule).
        TaskInfo running = runningTask < 0 ? null : state.task(runningTask);
        boolean runsHere = running != null && running.line() == line && running.state() != LoopState.TaskState.DONE;
        return new Shown(mark(runsHere ? running : tasks.get(0)), tasks.size());
    }

    private Mark mark(TaskInfo task) {
        return new Mark(task.taskId(), task.name(), palette.colour(task.taskId()), palette.shape(task.taskId()),
                task.state() == LoopState.TaskState.RUNNING);
    }

    /** The lines where unfinished tasks are, in order: one per line, however many tasks are at it. */
    public List<Integer> linesWithTasks() {
        return state.linesWithUnfinishedTasks();
    }

    /**
     * Whether {@code other} surely shows the same: the same lines emphasised and the very same index of tasks by
     * line (a snapshot shares it when no task moved). False may still mean the same marks; comparing them all would
     * read every task.
     */
    boolean showsTheSameAs(CodeMarks other) {
        return other != null && runningLine == other.runningLine && runningTask == other.runningTask
                && workerLines.equals(other.workerLines) && palette == other.palette
                && state.unfinishedByLine() == other.state.unfinishedByLine();
    }

    /**
     * The loop thread's line, only while code runs on it: inside a handle, at module level before the loop
     * starts, or stuck in a blocking call. Between handles nothing runs, and no line is emphasised.
     */
    private static int runningLine(LoopState state) {
        if (state.isLoopBlocked()) {
            return state.blocked().line();
        }
        if (state.ended() != null) {
            return 0;
        }
        if (state.running() != null && state.running().isTaskStep()) {
            TaskInfo task = state.task(state.running().taskId());
            return task == null ? 0 : task.line();
        }
        boolean codeRuns = state.running() != null || state.iteration() == 0;
        if (!codeRuns || state.lastLine() == null) {
            return 0;
        }
        return state.lastLine().threadName().equals(LOOP_THREAD) ? state.lastLine().line() : 0;
    }

    /** The loop thread's name in the trace ({@code LineExecuted.threadName}); workers have others. */
    private static final String LOOP_THREAD = "MainThread";
}
