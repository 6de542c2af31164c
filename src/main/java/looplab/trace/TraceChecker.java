package looplab.trace;

import looplab.trace.TraceEvent.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a trace keeps the guarantees of docs/trace.md ("Guarantees"), so that the runtime's tests can
 * assert {@code TraceChecker.problems(events).isEmpty()} and the replay can rely on them.
 * Each problem names the offending event's seq.
 */
public final class TraceChecker implements TraceEvent.Visitor<Void> {
    private static final double EPSILON = 1e-9;

    private final List<String> problems = new ArrayList<>();
    private final Set<Long> createdTasks = new HashSet<>();
    private final Set<Long> doneTasks = new HashSet<>();
    private final Map<Long, Long> readyHandles = new HashMap<>();
    private final Set<Long> pendingTimers = new HashSet<>();
    private final Set<Long> submittedJobs = new HashSet<>();
    private final Map<Long, String> startedJobs = new HashMap<>();
    private TraceEvent current;
    private TraceEvent previous;
    private int iteration;
    private boolean inIteration;
    private long steppingTask = -1;
    private long runningCallback = -1;
    private LoopBlocked blocked;
    private boolean ended;

    private TraceChecker() {
    }

    /** Every broken guarantee, in trace order; empty for a well-formed trace. */
    public static List<String> problems(List<TraceEvent> events) {
        TraceChecker checker = new TraceChecker();
        for (int i = 0; i < events.size(); i++) {
            checker.check(events.get(i), i);
        }
        checker.checkEnd();
        return checker.problems;
    }

    private void check(TraceEvent event, int index) {
        current = event;
        if (event.seq() != index) {
            problem("seq should be " + index);
        }
        if (previous != null && event.time() < previous.time() - EPSILON) {
            problem("time went back from " + previous.time() + " to " + event.time());
        }
        if (ended) {
            problem("event after ProgramEnded");
        }
        event.accept(this);
        previous = event;
    }

    /** A program stopped by its budget may end mid-step or blocked; only ProgramEnded itself is required. */
    private void checkEnd() {
        current = null;
        if (!ended) {
            problem("no ProgramEnded");
        }
    }

    private void problem(String text) {
        problems.add("seq " + (current == null ? "?" : current.seq()) + " (" + name(current) + "): " + text);
    }

    private static String name(TraceEvent event) {
        return event == null ? "end" : event.getClass().getSimpleName();
    }

    private void requireTask(long taskId) {
        if (!createdTasks.contains(taskId)) {
            problem("task " + taskId + " was not created");
        }
    }

    private void requireTaskOrNone(long taskId) {
        if (taskId != -1) {
            requireTask(taskId);
        }
    }

    private void requireNotRunning() {
        if (steppingTask >= 0 || runningCallback >= 0) {
            problem("a handle starts while another is running");
        }
    }

    private void requireSteppingTask(long taskId) {
        if (steppingTask != taskId) {
            problem("task " + taskId + " is not the task whose step is running");
        }
    }

    private void takeReady(long handleId) {
        if (readyHandles.remove(handleId) == null) {
            problem("handle " + handleId + " is not in _ready");
        }
        if (!inIteration) {
            problem("handle run outside an iteration");
        }
    }

    @Override
    public Void visitIterationStarted(IterationStarted e) {
        if (inIteration) {
            problem("iteration " + iteration + " has not ended");
        }
        if (e.iteration() != iteration + 1) {
            problem("iteration should be " + (iteration + 1));
        }
        iteration = e.iteration();
        inIteration = true;
        return null;
    }

    @Override
    public Void visitIterationEnded(IterationEnded e) {
        if (!inIteration || e.iteration() != iteration) {
            problem("ends iteration " + e.iteration() + " which is not running");
        }
        requireNotRunning();
        inIteration = false;
        return null;
    }

    @Override
    public Void visitClockAdvanced(ClockAdvanced e) {
        if (previous != null && Math.abs(e.from() - previous.time()) > EPSILON) {
            problem("from " + e.from() + " is not the clock " + previous.time());
        }
        if (Math.abs(e.to() - e.time()) > EPSILON || e.to() < e.from()) {
            problem("to " + e.to() + " must equal time and not be before from");
        }
        if (isSelectorWait(e.reason()) && (!inIteration || steppingTask >= 0 || runningCallback >= 0)) {
            problem("the loop waits in its selector only inside _run_once, between handles");
        }
        boolean blockingCall = e.reason() == ClockReason.BLOCKING_CALL;
        if (blockingCall != (blocked != null)) {
            problem(blockingCall ? "BLOCKING_CALL without LoopBlocked" : "the clock moved while the loop is blocked");
        } else if (blockingCall && Math.abs(blocked.time() + blocked.duration() - e.to()) > EPSILON) {
            problem("blocked loop should resume at " + (blocked.time() + blocked.duration()));
        }
        blocked = null;
        return null;
    }

    private static boolean isSelectorWait(ClockReason reason) {
        return reason == ClockReason.TIMER || reason == ClockReason.IO || reason == ClockReason.EXECUTOR;
    }

    @Override
    public Void visitLoopBlocked(LoopBlocked e) {
        requireTaskOrNone(e.taskId());
        if (blocked != null) {
            problem("the loop is already blocked");
        }
        blocked = e;
        return null;
    }

    @Override
    public Void visitHandleScheduled(HandleScheduled e) {
        requireTaskOrNone(e.taskId());
        if (doneTasks.contains(e.taskId())) {
            problem("task " + e.taskId() + " is done");
        }
        if (readyHandles.containsKey(e.handleId()) || pendingTimers.contains(e.handleId())) {
            problem("handle " + e.handleId() + " is already pending");
        }
        readyHandles.put(e.handleId(), e.taskId());
        return null;
    }

    @Override
    public Void visitHandleCancelled(HandleCancelled e) {
        if (readyHandles.remove(e.handleId()) == null) {
            problem("handle " + e.handleId() + " is not in _ready");
        }
        return null;
    }

    @Override
    public Void visitCallbackStarted(CallbackStarted e) {
        requireNotRunning();
        takeReady(e.handleId());
        runningCallback = e.handleId();
        return null;
    }

    @Override
    public Void visitCallbackEnded(CallbackEnded e) {
        if (runningCallback != e.handleId()) {
            problem("handle " + e.handleId() + " is not the running callback");
        }
        runningCallback = -1;
        return null;
    }

    @Override
    public Void visitTimerScheduled(TimerScheduled e) {
        requireTaskOrNone(e.taskId());
        if (!pendingTimers.add(e.handleId())) {
            problem("timer " + e.handleId() + " is already scheduled");
        }
        return null;
    }

    @Override
    public Void visitTimerCancelled(TimerCancelled e) {
        if (!pendingTimers.remove(e.handleId())) {
            problem("timer " + e.handleId() + " is not scheduled");
        }
        return null;
    }

    @Override
    public Void visitTimerFired(TimerFired e) {
        if (!inIteration) {
            problem("due timers move to _ready only inside _run_once");
        }
        if (!pendingTimers.remove(e.handleId())) {
            problem("timer " + e.handleId() + " is not scheduled");
        }
        readyHandles.put(e.handleId(), -1L);
        return null;
    }

    @Override
    public Void visitTaskCreated(TaskCreated e) {
        requireTaskOrNone(e.parentTaskId());
        if (!createdTasks.add(e.taskId())) {
            problem("task " + e.taskId() + " was already created");
        }
        return null;
    }

    @Override
    public Void visitTaskStepStarted(TaskStepStarted e) {
        requireTask(e.taskId());
        requireNotRunning();
        Long owner = readyHandles.get(e.handleId());
        if (owner != null && owner != e.taskId()) {
            problem("handle " + e.handleId() + " belongs to task " + owner);
        }
        takeReady(e.handleId());
        if (doneTasks.contains(e.taskId())) {
            problem("task " + e.taskId() + " is done");
        }
        steppingTask = e.taskId();
        return null;
    }

    @Override
    public Void visitTaskStepEnded(TaskStepEnded e) {
        requireSteppingTask(e.taskId());
        steppingTask = -1;
        return null;
    }

    @Override
    public Void visitTaskSuspended(TaskSuspended e) {
        requireSteppingTask(e.taskId());
        if (e.reason() == null || e.reason().kind() == null) {
            problem("no wait reason");
        }
        return null;
    }

    @Override
    public Void visitTaskDone(TaskDone e) {
        requireSteppingTask(e.taskId());
        if (!doneTasks.add(e.taskId())) {
            problem("task " + e.taskId() + " is already done");
        }
        return null;
    }

    @Override
    public Void visitCancellationRequested(CancellationRequested e) {
        requireTask(e.taskId());
        return null;
    }

    @Override
    public Void visitCancellationDelivered(CancellationDelivered e) {
        requireSteppingTask(e.taskId());
        return null;
    }

    @Override
    public Void visitLineExecuted(LineExecuted e) {
        if (e.taskId() != -1) {
            requireSteppingTask(e.taskId());
        }
        return null;
    }

    @Override
    public Void visitFramesChanged(FramesChanged e) {
        if (e.taskId() != -1) {
            requireSteppingTask(e.taskId());
        } else if (!startedJobs.containsValue(e.threadName())) {
            problem("frames of " + e.threadName() + ", which runs no executor job");
        }
        if (e.stack().isEmpty()) {
            problem("frames change to an empty stack");
        }
        return null;
    }

    @Override
    public Void visitExceptionRaised(ExceptionRaised e) {
        requireTaskOrNone(e.taskId());
        return null;
    }

    @Override
    public Void visitExceptionCaught(ExceptionCaught e) {
        requireTaskOrNone(e.taskId());
        return null;
    }

    @Override
    public Void visitExceptionPropagated(ExceptionPropagated e) {
        requireTask(e.fromTaskId());
        requireTaskOrNone(e.toTaskId());
        return null;
    }

    @Override
    public Void visitOutputPrinted(OutputPrinted e) {
        requireTaskOrNone(e.taskId());
        return null;
    }

    @Override
    public Void visitExecutorJobSubmitted(ExecutorJobSubmitted e) {
        if (!submittedJobs.add(e.jobId())) {
            problem("job " + e.jobId() + " was already submitted");
        }
        return null;
    }

    @Override
    public Void visitExecutorJobStarted(ExecutorJobStarted e) {
        if (!submittedJobs.contains(e.jobId()) || startedJobs.containsKey(e.jobId())) {
            problem("job " + e.jobId() + " was not submitted, or already started");
        }
        if (startedJobs.containsValue(e.worker())) {
            problem("worker " + e.worker() + " is busy");
        }
        startedJobs.put(e.jobId(), e.worker());
        return null;
    }

    @Override
    public Void visitExecutorJobFinished(ExecutorJobFinished e) {
        String worker = startedJobs.remove(e.jobId());
        if (!e.worker().equals(worker)) {
            problem("job " + e.jobId() + " is not running on " + e.worker());
        }
        return null;
    }

    @Override
    public Void visitProgramEnded(ProgramEnded e) {
        ended = true;
        return null;
    }
}
