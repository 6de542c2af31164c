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
import looplab.trace.LoopState.Worker;
import looplab.trace.TraceEvent.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Replays events into state, one at a time, and takes {@link LoopState} snapshots of it.
 * This is the only place that decides what an event means for the loop's picture.
 *
 * <p>The state is held in persistent collections, changed under one {@link Edit} between two snapshots: a snapshot
 * takes the collections as they are (O(1)), and the next event copies only the paths it changes, so consecutive
 * snapshots share everything else and a step costs what it changed, not the number of tasks. A builder continues
 * from any snapshot in O(1) too.
 */
final class LoopStateBuilder implements TraceEvent.Visitor<Void> {
    /** Changes in place what was made since the last snapshot; renewed at every snapshot. */
    private Edit edit = new Edit();
    private int eventIndex = -1;
    private double clock;
    private int iteration;
    private Running running;
    private ReadyQueue ready = ReadyQueue.empty();
    private KeyedList<ScheduledTimer> scheduled = KeyedList.sortedBy(ScheduledTimer::handleId,
            timer -> new Deadline(timer.deadline(), timer.handleId()));
    private KeyedList<ExecutorJob> executorQueue = KeyedList.inInsertionOrder(ExecutorJob::jobId);
    private List<Worker> workers = List.of();
    private PersistentIdMap<TaskInfo> tasks = PersistentIdMap.empty();
    /** The lanes and indexes that file the tasks by their fields (waiting lanes, done lists, lines). */
    private final TaskLists lists;
    /** False for a builder that follows only tasks and workers ({@link #forTaskStates}). */
    private final boolean keepsPicture;
    private PersistentVector<ConsoleLine> console = PersistentVector.empty();
    private LineAt lastLine;
    private Blocked blocked;
    private Ended ended;
    private PersistentIdMap<Frames> taskFrames = PersistentIdMap.empty();
    private PersistentSortedMap<String, Frames> workerFrames = PersistentSortedMap.empty();
    /**
     * The tasks the event being applied changed (one, or none, for almost every event), written back into
     * {@code tasks} and its indexes after it.
     */
    private final List<TaskEntry> touched = new ArrayList<>(2);

    LoopStateBuilder() {
        this(true);
    }

    private LoopStateBuilder(boolean keepsPicture) {
        this.keepsPicture = keepsPicture;
        lists = new TaskLists();
    }

    /**
     * A builder for {@link Timeline}, which reads only each task's fields and the workers: it keeps no timers and
     * files no task in lanes, lists or indexes (what only a snapshot shows), which is about half of replaying a
     * large trace. It takes no snapshot.
     */
    static LoopStateBuilder forTaskStates() {
        return new LoopStateBuilder(false);
    }

    /** Continues from {@code state}, as if every event up to its {@code eventIndex} had been applied here. */
    LoopStateBuilder(LoopState state) {
        keepsPicture = true;
        eventIndex = state.eventIndex();
        clock = state.clock();
        iteration = state.iteration();
        running = state.running();
        ready = state.ready();
        scheduled = state.scheduled();
        lists = new TaskLists(state);
        executorQueue = state.executorQueue();
        workers = state.workers();
        tasks = state.tasks();
        console = state.console();
        lastLine = state.lastLine();
        blocked = state.blocked();
        ended = state.ended();
        taskFrames = state.taskFrames();
        workerFrames = state.workerFrames();
    }

    void apply(TraceEvent event) {
        eventIndex++;
        clock = event.time();
        event.accept(this);
        writeBackTouchedTasks();
    }

    int eventIndex() {
        return eventIndex;
    }

    /** How many entries the state holds (tasks, handles, timers, jobs, workers, console lines). */
    int entries() {
        return tasks.size() + lists.doneTasks().size() + ready.size() + scheduled.size() + executorQueue.size()
                + workers.size() + console.size();
    }

    /** How many tree nodes were made since the last snapshot: what a snapshot taken now adds to memory. */
    long nodesMadeSinceSnapshot() {
        return edit.nodesMade();
    }

    /** The executor worker thread called {@code name}, or null if it has not run a job yet. */
    Worker worker(String name) {
        for (Worker worker : workers) {
            if (worker.name().equals(name)) {
                return worker;
            }
        }
        return null;
    }

    /** The workers with {@code changed} in place of the one of its name, or after the others when it is new. */
    private void putWorker(Worker changed) {
        List<Worker> updated = new ArrayList<>(workers);
        int at = updated.indexOf(worker(changed.name()));
        if (at >= 0) {
            updated.set(at, changed);
        } else {
            updated.add(changed);
        }
        workers = List.copyOf(updated);
    }

    /** The task's current fields, or null if no such task was created. */
    TaskInfo taskInfo(long taskId) {
        TaskEntry task = touched(taskId);
        return task != null ? task.info() : tasks.get(taskId);
    }

    LoopState snapshot() {
        if (!keepsPicture) {
            throw new IllegalStateException("a builder for task states takes no snapshot");
        }
        LoopState state = new LoopState(eventIndex, clock, iteration, running, ready, scheduled,
                lists.waitingOnTimers(), lists.waitingOnIo(), lists.waitingOnFutures(), lists.waitingOnPrimitives(),
                lists.waitingOnExecutor(), executorQueue, workers, tasks, lists.doneTasks(), lists.cancelledTasks(),
                lists.doneNotCancelled(), console, lastLine, blocked, ended, taskFrames, workerFrames,
                lists.unfinishedByLine(), lists.awaitersByTask());
        // From here on the snapshot owns every node: the next change copies its path instead of changing it.
        edit = new Edit();
        return state;
    }

    // ---- tasks and their indexes ----

    /** The task's fields, to change while applying the current event; null if no such task was created. */
    private TaskEntry task(long taskId) {
        TaskEntry entry = touched(taskId);
        if (entry == null) {
            TaskInfo info = tasks.get(taskId);
            if (info == null) {
                return null;
            }
            entry = new TaskEntry(info);
            touched.add(entry);
        }
        return entry;
    }

    private TaskEntry touched(long taskId) {
        for (TaskEntry entry : touched) {
            if (entry.taskId == taskId) {
                return entry;
            }
        }
        return null;
    }

    private void writeBackTouchedTasks() {
        for (TaskEntry entry : touched) {
            TaskInfo before = entry.before;
            TaskInfo after = entry.info();
            if (!after.equals(before)) {
                tasks = tasks.with(after.taskId(), after, edit);
                if (keepsPicture) {
                    lists.refile(before, after, edit);
                }
            }
        }
        touched.clear();
    }

    // ---- _ready ----

    private void addReady(ReadyHandle handle) {
        ready = ready.with(handle, edit);
    }

    private void removeReady(long handleId) {
        ready = ready.without(handleId, edit);
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
        TaskEntry task = task(e.taskId());
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
        if (keepsPicture) {
            scheduled = scheduled.with(new ScheduledTimer(e.handleId(), e.deadline(), e.taskId(), e.label()), edit);
        }
        return null;
    }

    @Override
    public Void visitTimerCancelled(TimerCancelled e) {
        scheduled = scheduled.without(e.handleId(), edit);
        return null;
    }

    @Override
    public Void visitTimerFired(TimerFired e) {
        ScheduledTimer timer = scheduled.find(e.handleId());
        scheduled = scheduled.without(e.handleId(), edit);
        String label = timer == null ? "timer" : timer.label();
        addReady(new ReadyHandle(e.handleId(), label, -1));
        return null;
    }

    // ---- tasks ----

    @Override
    public Void visitTaskCreated(TaskCreated e) {
        TaskEntry replaced = touched(e.taskId());
        touched.remove(replaced);
        touched.add(new TaskEntry(e, replaced != null ? replaced.before : tasks.get(e.taskId())));
        return null;
    }

    @Override
    public Void visitTaskStepStarted(TaskStepStarted e) {
        removeReady(e.handleId());
        TaskEntry task = task(e.taskId());
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
        TaskEntry task = task(e.taskId());
        if (task != null && task.state == TaskState.RUNNING) {
            task.state = stateAfterStep(task);
        }
        return null;
    }

    /** A wakeup already in {@code _ready} wins over the suspension: the awaited future completed during the step. */
    private TaskState stateAfterStep(TaskEntry task) {
        if (ready.hasHandleFor(task.taskId)) {
            task.awaiting = null;
            return TaskState.READY;
        }
        return TaskState.WAITING;
    }

    @Override
    public Void visitTaskSuspended(TaskSuspended e) {
        TaskEntry task = task(e.taskId());
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
        TaskEntry task = task(e.taskId());
        if (task != null && task.state != TaskState.DONE) {
            task.state = TaskState.DONE;
            task.awaiting = null;
            task.raising = null;
            task.outcome = e.outcome();
            task.outcomeText = e.text();
        }
        return null;
    }

    @Override
    public Void visitCancellationRequested(CancellationRequested e) {
        TaskEntry task = task(e.taskId());
        if (task != null) {
            task.cancelRequests++;
        }
        return null;
    }

    @Override
    public Void visitCancellationDelivered(CancellationDelivered e) {
        TaskEntry task = task(e.taskId());
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
        TaskEntry task = task(e.taskId());
        if (task != null) {
            task.line = e.line();
            taskFrames = atLine(taskFrames, e.taskId(), e.line());
        } else {
            workerFrames = atLine(workerFrames, e.threadName(), e.line());
        }
        Worker worker = worker(e.threadName());
        if (worker != null && worker.line() != e.line()) {
            putWorker(new Worker(worker.name(), worker.job(), e.line()));
        }
        return null;
    }

    /** The frames under {@code key} moved to {@code line}; unchanged when there are none. */
    private PersistentIdMap<Frames> atLine(PersistentIdMap<Frames> frames, long taskId, int line) {
        Frames now = frames.get(taskId);
        return now == null ? frames : frames.with(taskId, now.atLine(line), edit);
    }

    private PersistentSortedMap<String, Frames> atLine(PersistentSortedMap<String, Frames> frames, String worker,
                                                      int line) {
        Frames now = frames.get(worker);
        return now == null ? frames : frames.with(worker, now.atLine(line), edit);
    }

    @Override
    public Void visitFramesChanged(FramesChanged e) {
        Frames frames = new Frames(e.stack(), e.locals());
        if (e.taskId() >= 0) {
            taskFrames = taskFrames.with(e.taskId(), frames, edit);
        } else {
            workerFrames = workerFrames.with(e.threadName(), frames, edit);
        }
        return null;
    }

    @Override
    public Void visitExceptionRaised(ExceptionRaised e) {
        TaskEntry task = task(e.taskId());
        if (task != null) {
            task.raising = e.message() == null || e.message().isEmpty()
                    ? e.exceptionType() : e.exceptionType() + ": " + e.message();
        }
        return null;
    }

    @Override
    public Void visitExceptionCaught(ExceptionCaught e) {
        TaskEntry task = task(e.taskId());
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
        console = console.plus(new ConsoleLine(e.time(), e.stream(), e.text(), e.taskId()), edit);
        return null;
    }

    // ---- executors ----

    @Override
    public Void visitExecutorJobSubmitted(ExecutorJobSubmitted e) {
        executorQueue = executorQueue.with(new ExecutorJob(e.jobId(), e.function(), e.executor()), edit);
        return null;
    }

    @Override
    public Void visitExecutorJobStarted(ExecutorJobStarted e) {
        ExecutorJob job = executorQueue.find(e.jobId());
        executorQueue = executorQueue.without(e.jobId(), edit);
        if (job == null) {
            job = new ExecutorJob(e.jobId(), "job " + e.jobId(), "");
        }
        putWorker(new Worker(e.worker(), job, 0));
        return null;
    }

    @Override
    public Void visitExecutorJobFinished(ExecutorJobFinished e) {
        Worker worker = worker(e.worker());
        putWorker(new Worker(e.worker(), null, worker == null ? 0 : worker.line()));
        workerFrames = workerFrames.without(e.worker(), edit);
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
        /** The task's fields before the current event, null for a task it creates. */
        final TaskInfo before;
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

        TaskEntry(TaskCreated e, TaskInfo replaced) {
            before = replaced;
            taskId = e.taskId();
            name = e.name();
            coroutine = e.coroutine();
            parentTaskId = e.parentTaskId();
            state = TaskState.CREATED;
        }

        TaskEntry(TaskInfo t) {
            before = t;
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
