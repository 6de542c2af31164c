package looplab.lessons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import looplab.trace.LoopState;
import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.OutputPrinted;
import looplab.trace.TraceEvent.Stream;
import looplab.trace.TraceEvent.TaskCreated;
import looplab.trace.TraceReplay;

/** The questions anchors and answers ask of one run's trace: its tasks, its printed lines, its states. Built by {@link LessonRun}. */
public final class TraceFacts {
    private static final String LOOP_INTERNAL = "BaseEventLoop.";
    private final List<TraceEvent> events;
    private final Map<Long, TaskCreated> tasks = new HashMap<>();
    private final List<TaskCreated> tasksInOrder = new ArrayList<>();
    private TraceReplay replay;

    TraceFacts(List<TraceEvent> events) {
        this.events = List.copyOf(events);
        for (TraceEvent event : events) {
            if (event instanceof TaskCreated created) {
                tasks.put(created.taskId(), created);
                tasksInOrder.add(created);
            }
        }
    }

    List<TraceEvent> events() {
        return events;
    }

    int size() {
        return events.size();
    }

    TraceEvent event(int index) {
        return events.get(index);
    }

    boolean isTask(long taskId, TaskRef ref) {
        TaskCreated task = tasks.get(taskId);
        return task != null && ref.matches(task);
    }

    /** The first task, in creation order, that {@code ref} names; null if none. */
    TaskCreated task(TaskRef ref) {
        return tasksInOrder.stream().filter(ref::matches).findFirst().orElse(null);
    }

    TaskCreated task(long taskId) {
        return tasks.get(taskId);
    }

    /**
     * The program's own tasks, without the ones {@code asyncio.run} makes to shut the loop down
     * ({@code BaseEventLoop.shutdown_asyncgens}, {@code shutdown_default_executor}), which no lesson asks about.
     */
    List<TaskCreated> programTasks() {
        return tasksInOrder.stream().filter(task -> !task.coroutine().startsWith(LOOP_INTERNAL)).toList();
    }

    LoopState stateAt(int index) {
        if (replay == null) {
            replay = new TraceReplay(events);
        }
        return replay.stateAt(index);
    }

    /** Every stdout line printed, in order, with the index of the event that printed it. */
    List<PrintedLine> printedLines() {
        List<PrintedLine> lines = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof OutputPrinted out && out.stream() == Stream.STDOUT) {
                pending.append(out.text());
                int newline;
                while ((newline = pending.indexOf("\n")) >= 0) {
                    lines.add(new PrintedLine(i, out.time(), pending.substring(0, newline)));
                    pending.delete(0, newline + 1);
                }
            }
        }
        if (!pending.isEmpty()) {
            lines.add(new PrintedLine(events.size() - 1, events.get(events.size() - 1).time(), pending.toString()));
        }
        return lines;
    }

    /** One line of stdout: the event that completed it, the clock then, and its text without the newline. */
    record PrintedLine(int eventIndex, double time, String text) {
    }
}
