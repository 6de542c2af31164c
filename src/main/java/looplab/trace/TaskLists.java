package looplab.trace;

import looplab.trace.LoopState.TaskInfo;
import looplab.trace.LoopState.TaskState;
import looplab.trace.LoopState.WaitingTask;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The lists and indexes of a {@link LoopState} that file tasks by their fields: the stage's waiting lanes, the
 * done, cancelled and other finished tasks, the unfinished tasks by line and the tasks by the task they await. They
 * follow from {@code tasks} alone; {@link LoopStateBuilder} tells them how each task changed, and they move it
 * between lists in O(log n) instead of being rebuilt from every task at every step.
 */
final class TaskLists {
    private final Map<WaitingLane, KeyedList<WaitingTask>> waiting = new EnumMap<>(WaitingLane.class);
    private KeyedList<TaskInfo> doneTasks;
    private KeyedList<TaskInfo> cancelledTasks;
    private KeyedList<TaskInfo> doneNotCancelled;
    private GroupedIds unfinishedByLine;
    private GroupedIds awaitersByTask;

    TaskLists() {
        for (WaitingLane lane : WaitingLane.values()) {
            waiting.put(lane, lane == WaitingLane.TIMERS
                    ? KeyedList.sortedBy(WaitingTask::taskId, w -> new Deadline(w.reason().deadline(), w.taskId()))
                    : KeyedList.inIdOrder(WaitingTask::taskId));
        }
        doneTasks = KeyedList.inInsertionOrder(TaskInfo::taskId);
        cancelledTasks = KeyedList.inInsertionOrder(TaskInfo::taskId);
        doneNotCancelled = KeyedList.inInsertionOrder(TaskInfo::taskId);
        unfinishedByLine = GroupedIds.empty();
        awaitersByTask = GroupedIds.empty();
    }

    TaskLists(LoopState state) {
        waiting.put(WaitingLane.TIMERS, state.waitingOnTimers());
        waiting.put(WaitingLane.IO, state.waitingOnIo());
        waiting.put(WaitingLane.FUTURES, state.waitingOnFutures());
        waiting.put(WaitingLane.PRIMITIVES, state.waitingOnPrimitives());
        waiting.put(WaitingLane.EXECUTOR, state.waitingOnExecutor());
        doneTasks = state.doneTasks();
        cancelledTasks = state.cancelledTasks();
        doneNotCancelled = state.doneNotCancelled();
        unfinishedByLine = state.unfinishedByLine();
        awaitersByTask = state.awaitersByTask();
    }

    KeyedList<WaitingTask> waitingOnTimers() {
        return waiting.get(WaitingLane.TIMERS);
    }

    KeyedList<WaitingTask> waitingOnIo() {
        return waiting.get(WaitingLane.IO);
    }

    KeyedList<WaitingTask> waitingOnFutures() {
        return waiting.get(WaitingLane.FUTURES);
    }

    KeyedList<WaitingTask> waitingOnPrimitives() {
        return waiting.get(WaitingLane.PRIMITIVES);
    }

    KeyedList<WaitingTask> waitingOnExecutor() {
        return waiting.get(WaitingLane.EXECUTOR);
    }

    KeyedList<TaskInfo> doneTasks() {
        return doneTasks;
    }

    KeyedList<TaskInfo> cancelledTasks() {
        return cancelledTasks;
    }

    KeyedList<TaskInfo> doneNotCancelled() {
        return doneNotCancelled;
    }

    GroupedIds unfinishedByLine() {
        return unfinishedByLine;
    }

    GroupedIds awaitersByTask() {
        return awaitersByTask;
    }

    /**
     * Moves a changed task between the lists and indexes that hold it; {@code before} is null for a new task.
     * Changes are made under {@code edit} (see {@link Edit}).
     */
    void refile(TaskInfo before, TaskInfo after, Edit edit) {
        refileWaiting(before, after, edit);
        unfinishedByLine = refiled(unfinishedByLine, lineGroup(before), lineGroup(after), after.taskId(), edit);
        awaitersByTask = refiled(awaitersByTask, awaitedTask(before), awaitedTask(after), after.taskId(), edit);
        refileDone(before, after, edit);
    }

    private void refileWaiting(TaskInfo before, TaskInfo after, Edit edit) {
        WaitingLane from = WaitingLane.of(before);
        WaitingLane to = WaitingLane.of(after);
        if (from == to && (to == null || Objects.equals(before.awaiting(), after.awaiting())
                && before.name().equals(after.name()))) {
            return;
        }
        if (from != null && from != to) {
            waiting.put(from, waiting.get(from).without(after.taskId(), edit));
        }
        if (to != null) {
            WaitingTask waits = new WaitingTask(after.taskId(), after.name(), after.awaiting());
            waiting.put(to, waiting.get(to).with(waits, edit));
        }
    }

    /**
     * A task is in {@code doneTasks} from its first {@code TaskDone} on, with its current fields (a done task may
     * still count {@code cancel()} calls). Only a malformed trace takes a task out of DONE; its entry then keeps the
     * fields it had when it last left DONE.
     */
    private void refileDone(TaskInfo before, TaskInfo after, Edit edit) {
        if (after.state() != TaskState.DONE && (before == null || before.state() != TaskState.DONE)) {
            return;
        }
        doneTasks = doneTasks.with(after, edit);
        if (after.isCancelled()) {
            cancelledTasks = cancelledTasks.with(after, edit);
            doneNotCancelled = doneNotCancelled.without(after.taskId(), edit);
        } else {
            doneNotCancelled = doneNotCancelled.with(after, edit);
            cancelledTasks = cancelledTasks.without(after.taskId(), edit);
        }
    }

    private static GroupedIds refiled(GroupedIds groups, Long before, Long after, long taskId, Edit edit) {
        if (Objects.equals(before, after)) {
            return groups;
        }
        GroupedIds refiled = before == null ? groups : groups.without(before, taskId, edit);
        return after == null ? refiled : refiled.with(after, taskId, edit);
    }

    /** The line an unfinished task is at, as the code view marks it; null once done or before its first line. */
    private static Long lineGroup(TaskInfo task) {
        return task == null || task.state() == TaskState.DONE || task.line() <= 0 ? null : (long) task.line();
    }

    /** The task this one awaits (an {@code await task}), or null. */
    private static Long awaitedTask(TaskInfo task) {
        WaitReason reason = task == null ? null : task.awaiting();
        return reason == null || reason.kind() != WaitReason.Kind.TASK ? null : reason.taskId();
    }

    /** The stage's waiting lanes, one per cause; a task is in one while WAITING on something of its kind. */
    private enum WaitingLane {
        TIMERS, IO, FUTURES, PRIMITIVES, EXECUTOR;

        static WaitingLane of(TaskInfo task) {
            if (task == null || task.state() != TaskState.WAITING || task.awaiting() == null) {
                return null;
            }
            WaitReason.Kind kind = task.awaiting().kind();
            return switch (kind) {
                case TIMER -> TIMERS;
                case IO -> IO;
                case FUTURE, TASK -> FUTURES;
                case EXECUTOR -> EXECUTOR;
                default -> kind.isPrimitive() ? PRIMITIVES : null;
            };
        }
    }
}
