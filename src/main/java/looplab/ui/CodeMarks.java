package looplab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import looplab.trace.LoopState;
import looplab.trace.LoopState.TaskInfo;
import looplab.trace.LoopState.TaskState;

/**
 * Where each task is in the code at one moment: for every line, the unfinished tasks whose coroutine is at it
 * (running, ready or suspended there), and the line running now on the loop thread. Plain Java, no JavaFX.
 *
 * @param tasksByLine  1-based line → the tasks at it, in creation order
 * @param runningLine  the line the loop thread is executing (or blocked in), 0 when none
 * @param runningTask  the task running it, -1 for code outside tasks
 * @param workerLines  lines executor workers are on now
 */
public record CodeMarks(Map<Integer, List<Mark>> tasksByLine, int runningLine, long runningTask,
                        List<Integer> workerLines) {

    /** One task at a line: its name, Okabe–Ito colour and shape. */
    public record Mark(long taskId, String name, String colour, String shape, boolean running) {
    }

    public static CodeMarks of(LoopState state, TaskPalette palette) {
        Map<Integer, List<Mark>> byLine = new TreeMap<>();
        long runningTask = state.running() == null ? -1 : state.running().taskId();
        for (TaskInfo task : state.tasks().values()) {
            if (task.state() == TaskState.DONE || task.line() <= 0) {
                continue;
            }
            boolean running = task.state() == TaskState.RUNNING;
            byLine.computeIfAbsent(task.line(), line -> new ArrayList<>())
                    .add(new Mark(task.taskId(), task.name(), palette.colour(task.taskId()),
                            palette.shape(task.taskId()), running));
        }
        List<Integer> workerLines = state.workers().stream()
                .filter(LoopState.Worker::isBusy).map(LoopState.Worker::line).filter(line -> line > 0).toList();
        return new CodeMarks(byLine, runningLine(state), runningTask, workerLines);
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

    public List<Mark> at(int line) {
        return tasksByLine.getOrDefault(line, List.of());
    }
}
