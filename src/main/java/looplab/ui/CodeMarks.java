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

    private static int runningLine(LoopState state) {
        if (state.isLoopBlocked()) {
            return state.blocked().line();
        }
        if (state.lastLine() == null || state.ended() != null && state.ended().exitCode() == 0) {
            return 0;
        }
        boolean onLoopThread = state.lastLine().threadName().equals("MainThread");
        return onLoopThread ? state.lastLine().line() : 0;
    }

    public List<Mark> at(int line) {
        return tasksByLine.getOrDefault(line, List.of());
    }
}
