package looplab.trace;

import looplab.trace.LoopState.Blocked;
import looplab.trace.LoopState.ConsoleLine;
import looplab.trace.LoopState.Ended;
import looplab.trace.LoopState.ExecutorJob;
import looplab.trace.LoopState.Frames;
import looplab.trace.LoopState.LineAt;
import looplab.trace.LoopState.ReadyHandle;
import looplab.trace.LoopState.Running;
import looplab.trace.LoopState.ScheduledTimer;
import looplab.trace.LoopState.TaskInfo;
import looplab.trace.LoopState.TaskState;
import looplab.trace.LoopState.WaitingTask;
import looplab.trace.LoopState.Worker;
import looplab.trace.TraceEvent.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Replays events into mutable state, one at a time, and takes {@link LoopState} snapshots of it.
 * This is the only place that decides what an event means for the loop's picture.
 */
final class LoopStateBuilder implements TraceEvent.Visitor<Void> {
    private int eventIndex = -1;
    private double clock;
    private int iteration;
    private Running running;
    private final Map<Long, ReadyHandle> ready = new LinkedHashMap<>();
    /** How many handles in {@code ready} run each task's step, so a step's end need not scan {@code _ready}. */
    private final Map<Long, Integer> readyHandlesByTask = new HashMap<>();
    private final Map<Long, ScheduledTimer> scheduled = new HashMap<>();
    private final Map<Long, ExecutorJob> executorQueue = new LinkedHashMap<>();
    private final Map<String, Worker> workers = new LinkedHashMap<>();
    private final Map<Long, TaskEntry> tasks = new LinkedHashMap<>();
    private final List<Long> doneOrder = new ArrayList<>();
    private final List<ConsoleLine> console = new ArrayList<>();
    private LineAt lastLine;
    private Blocked blocked;
    private Ended ended;
    private final Map<Long, Frames> taskFrames = new HashMap<>();
    private final Map<String, Frames> workerFrames = new HashMap<>();

    LoopStateBuilder() {
    }

    /** Continues from {@code state}, as if every event up to its {@code eventIndex} had been applied here. */
    LoopStateBuilder(LoopState state) {
        eventIndex = state.eventIndex();
        clock = state.clock();
        iteration = state.iteration();
        running = state.running();
        state.ready().forEach(this::addReady);
        state.scheduled().forEach(t -> scheduled.put(t.handleId(), t));
        state.executorQueue().forEach(j -> executorQueue.put(j.jobId(), j));
        state.workers().forEach(w -> workers.put(w.name(), w));
        state.tasks().values().forEach(t -> tasks.put(t.taskId(), new TaskEntry(t)));
        state.doneTasks().forEach(t -> doneOrder.add(t.taskId()));
        console.addAll(state.console());
        lastLine = state.lastLine();
        blocked = state.blocked();
        ended = state.ended();
        taskFrames.putAll(state.taskFrames());
        workerFrames.putAll(state.workerFrames());
    }

    void apply(TraceEvent event) {
        eventIndex++;
        clock = event.time();
        event.accept(this);
    }

    int eventIndex() {
        return eventIndex;
    }

    /** How many entries a snapshot copies (tasks, handles, timers, jobs, workers, console lines). */
    int entries() {
        return tasks.size() + doneOrder.size() + ready.size() + scheduled.size() + executorQueue.size()
                + workers.size() + console.size();
    }

    /** The executor worker thread called {@code name}, or null if it has not run a job yet. */
    Worker worker(String name) {
        return workers.get(name);
    }

    /** The task's current fields, or null if no such task was created. */
    TaskInfo taskInfo(long taskId) {
        TaskEntry task = tasks.get(taskId);
        return task == null ? null : task.info();
    }

    LoopState snapshot() {
        Map<Long, TaskInfo> taskInfos = new LinkedHashMap<>();
        tasks.forEach((id, entry) -> taskInfos.put(id, entry.info()));
        List<TaskInfo> done = doneOrder.stream().map(taskInfos::get).toList();
        return new LoopState(eventIndex, clock, iteration, running,
                List.copyOf(ready.values()), sortedTimers(),
                waiting(taskInfos, k -> k == WaitReason.Kind.TIMER, TIMER_ORDER),
                waiting(taskInfos, k -> k == WaitReason.Kind.IO, CREATION_ORDER),
                waiting(taskInfos, k -> k == WaitReason.Kind.FUTURE || k == WaitReason.Kind.TASK, CREATION_ORDER),
                waiting(taskInfos, WaitReason.Kind::isPrimitive, CREATION_ORDER),
                waiting(taskInfos, k -> k == WaitReason.Kind.EXECUTOR, CREATION_ORDER),
                List.copyOf(executorQueue.values()), List.copyOf(workers.values()),
                Collections.unmodifiableMap(taskInfos), done,
                done.stream().filter(TaskInfo::isCancelled).toList(),
                List.copyOf(console), lastLine, blocked, ended, Map.copyOf(taskFrames), Map.copyOf(workerFrames));
    }

    private static final Comparator<WaitingTask> CREATION_ORDER = Comparator.comparingLong(WaitingTask::taskId);
    private static final Comparator<WaitingTask> TIMER_ORDER =
            Comparator.comparingDouble((WaitingTask w) -> w.reason().deadline()).thenComparing(CREATION_ORDER);

    private List<ScheduledTimer> sortedTimers() {
        List<ScheduledTimer> timers = new ArrayList<>(scheduled.values());
        timers.sort(Comparator.comparingDouble(ScheduledTimer::deadline).thenComparingLong(ScheduledTimer::handleId));
        return List.copyOf(timers);
    }

    private static List<WaitingTask> waiting(Map<Long, TaskInfo> tasks, Predicate<WaitReason.Kind> kind,
                                             Comparator<WaitingTask> order) {
        List<WaitingTask> waiting = new ArrayList<>();
        for (TaskInfo task : tasks.values()) {
            if (task.state() == TaskState.WAITING && task.awaiting() != null && kind.test(task.awaiting().kind())) {
                waiting.add(new WaitingTask(task.taskId(), task.name(), task.awaiting()));
            }
        }
        waiting.sort(order);
        return List.copyOf(waiting);
    }

    private void addReady(ReadyHandle handle) {
        ReadyHandle replaced = ready.put(handle.handleId(), handle);
        if (replaced != null) {
            countReady(replaced.taskId(), -1);
        }
        countReady(handle.taskId(), +1);
    }

    private void removeReady(long handleId) {
        ReadyHandle removed = ready.remove(handleId);
        if (removed != null) {
            countReady(removed.taskId(), -1);
        }
    }

    private void countReady(long taskId, int change) {
        readyHandlesByTask.merge(taskId, change, (count, delta) -> count + delta == 0 ? null : count + delta);
    }

    // ---- the loop ----

    @Override
    public Void visitIterationStarted(IterationStarted e) {
        iteration = e.iteration();
        return null;
    }

    @Override
    public Void visitIterationEnded(IterationEnded e) {
        return null;
    }

    @Override
    public Void visitClockAdvanced(ClockAdvanced e) {
        if (e.reason() == ClockReason.BLOCKING_CALL) {
            blocked = null;
        }
        return null;
    }

    @Override
    public Void visitLoopBlocked(LoopBlocked e) {
        blocked = new Blocked(e.line(), e.time() + e.duration(), e.taskId());
        return null;
    }

    // ---- handles ----

    @Override
    public Void visitHandleScheduled(HandleScheduled e) {
        addReady(new ReadyHandle(e.handleId(), e.callback(), e.taskId()));
        TaskEntry task = tasks.get(e.taskId());
        // A task rescheduling itself (yield of a bare None, an already-done future) stays RUNNING until its step ends.
        if (task != null && task.state != TaskState.RUNNING && task.state != TaskState.DONE) {
            task.state = TaskState.READY;
            task.awaiting = null;
        }
        return null;
    }

    @Override
    public Void visitHandleCancelled(HandleCancelled e) {
        removeReady(e.handleId());
        return null;
    }

    @Override
    public Void visitCallbackStarted(CallbackStarted e) {
        removeReady(e.handleId());
        running = new Running(e.handleId(), -1, e.callback());
        return null;
    }

    @Override
    public Void visitCallbackEnded(CallbackEnded e) {
        running = null;
        return null;
    }

    @Override
    public Void visitTimerScheduled(TimerScheduled e) {
        scheduled.put(e.handleId(), new ScheduledTimer(e.handleId(), e.deadline(), e.taskId(), e.label()));
        return null;
    }

    @Override
    public Void visitTimerCancelled(TimerCancelled e) {
        scheduled.remove(e.handleId());
        return null;
    }

    @Override
    public Void visitTimerFired(TimerFired e) {
        ScheduledTimer timer = scheduled.remove(e.handleId());
        String label = timer == null ? "timer" : timer.label();
        addReady(new ReadyHandle(e.handleId(), label, -1));
        return null;
    }

    // ---- tasks ----

    @Override
    public Void visitTaskCreated(TaskCreated e) {
        tasks.put(e.taskId(), new TaskEntry(e));
        return null;
    }

    @Override
    public Void visitTaskStepStarted(TaskStepStarted e) {
        removeReady(e.handleId());
        TaskEntry task = tasks.get(e.taskId());
        running = new Running(e.handleId(), e.taskId(), task == null ? "Task " + e.taskId() : task.name);
        if (task != null) {
            task.state = TaskState.RUNNING;
            task.awaiting = null;
        }
        return null;
    }

    @Override
    public Void visitTaskStepEnded(TaskStepEnded e) {
        running = null;
        TaskEntry task = tasks.get(e.taskId());
        if (task != null && task.state == TaskState.RUNNING) {
            task.state = stateAfterStep(task);
        }
        return null;
    }

    /** A wakeup already in {@code _ready} wins over the suspension: the awaited future completed during the step. */
    private TaskState stateAfterStep(TaskEntry task) {
        if (readyHandlesByTask.containsKey(task.taskId)) {
            task.awaiting = null;
            return TaskState.READY;
        }
        return TaskState.WAITING;
    }

    @Override
    public Void visitTaskSuspended(TaskSuspended e) {
        TaskEntry task = tasks.get(e.taskId());
        if (task != null) {
            task.awaiting = e.reason();
            if (task.state != TaskState.RUNNING) {
                task.state = TaskState.WAITING;
            }
        }
        return null;
    }

    @Override
    public Void visitTaskDone(TaskDone e) {
        TaskEntry task = tasks.get(e.taskId());
        if (task != null && task.state != TaskState.DONE) {
            task.state = TaskState.DONE;
            task.awaiting = null;
            task.raising = null;
            task.outcome = e.outcome();
            task.outcomeText = e.text();
            doneOrder.add(e.taskId());
        }
        return null;
    }

    @Override
    public Void visitCancellationRequested(CancellationRequested e) {
        TaskEntry task = tasks.get(e.taskId());
        if (task != null) {
            task.cancelRequests++;
        }
        return null;
    }

    @Override
    public Void visitCancellationDelivered(CancellationDelivered e) {
        TaskEntry task = tasks.get(e.taskId());
        if (task != null) {
            task.line = e.line();
            task.cancelledAtLine = e.line();
            task.raising = "CancelledError";
        }
        return null;
    }

    // ---- code ----

    @Override
    public Void visitLineExecuted(LineExecuted e) {
        lastLine = new LineAt(e.taskId(), e.threadName(), e.line());
        TaskEntry task = tasks.get(e.taskId());
        if (task != null) {
            task.line = e.line();
            taskFrames.computeIfPresent(e.taskId(), (id, frames) -> frames.atLine(e.line()));
        } else {
            workerFrames.computeIfPresent(e.threadName(), (name, frames) -> frames.atLine(e.line()));
        }
        Worker worker = workers.get(e.threadName());
        if (worker != null) {
            workers.put(worker.name(), new Worker(worker.name(), worker.job(), e.line()));
        }
        return null;
    }

    @Override
    public Void visitFramesChanged(FramesChanged e) {
        Frames frames = new Frames(e.stack(), e.locals());
        if (e.taskId() >= 0) {
            taskFrames.put(e.taskId(), frames);
        } else {
            workerFrames.put(e.threadName(), frames);
        }
        return null;
    }

    @Override
    public Void visitExceptionRaised(ExceptionRaised e) {
        TaskEntry task = tasks.get(e.taskId());
        if (task != null) {
            task.raising = e.message() == null || e.message().isEmpty()
                    ? e.exceptionType() : e.exceptionType() + ": " + e.message();
        }
        return null;
    }

    @Override
    public Void visitExceptionCaught(ExceptionCaught e) {
        TaskEntry task = tasks.get(e.taskId());
        if (task != null) {
            task.raising = null;
        }
        return null;
    }

    @Override
    public Void visitExceptionPropagated(ExceptionPropagated e) {
        return null;
    }

    @Override
    public Void visitOutputPrinted(OutputPrinted e) {
        console.add(new ConsoleLine(e.time(), e.stream(), e.text(), e.taskId()));
        return null;
    }

    // ---- executors ----

    @Override
    public Void visitExecutorJobSubmitted(ExecutorJobSubmitted e) {
        executorQueue.put(e.jobId(), new ExecutorJob(e.jobId(), e.function(), e.executor()));
        return null;
    }

    @Override
    public Void visitExecutorJobStarted(ExecutorJobStarted e) {
        ExecutorJob job = executorQueue.remove(e.jobId());
        if (job == null) {
            job = new ExecutorJob(e.jobId(), "job " + e.jobId(), "");
        }
        workers.put(e.worker(), new Worker(e.worker(), job, 0));
        return null;
    }

    @Override
    public Void visitExecutorJobFinished(ExecutorJobFinished e) {
        Worker worker = workers.get(e.worker());
        workers.put(e.worker(), new Worker(e.worker(), null, worker == null ? 0 : worker.line()));
        workerFrames.remove(e.worker());
        return null;
    }

    @Override
    public Void visitProgramEnded(ProgramEnded e) {
        running = null;
        blocked = null;
        ended = new Ended(e.exitCode(), e.message());
        return null;
    }

    /** A task's fields while replaying; {@link #info()} freezes them. */
    private static final class TaskEntry {
        final long taskId;
        final String name;
        final String coroutine;
        final long parentTaskId;
        TaskState state;
        int line;
        WaitReason awaiting;
        int cancelRequests;
        String raising;
        Outcome outcome;
        String outcomeText;
        int cancelledAtLine;

        TaskEntry(TaskCreated e) {
            taskId = e.taskId();
            name = e.name();
            coroutine = e.coroutine();
            parentTaskId = e.parentTaskId();
            state = TaskState.CREATED;
        }

        TaskEntry(TaskInfo t) {
            taskId = t.taskId();
            name = t.name();
            coroutine = t.coroutine();
            parentTaskId = t.parentTaskId();
            state = t.state();
            line = t.line();
            awaiting = t.awaiting();
            cancelRequests = t.cancelRequests();
            raising = t.raising();
            outcome = t.outcome();
            outcomeText = t.outcomeText();
            cancelledAtLine = t.cancelledAtLine();
        }

        TaskInfo info() {
            return new TaskInfo(taskId, name, coroutine, parentTaskId, state, line, awaiting, cancelRequests, raising,
                    outcome, outcomeText, cancelledAtLine);
        }
    }
}
