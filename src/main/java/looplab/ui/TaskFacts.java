package looplab.ui;

import looplab.trace.CallFrame;
import looplab.trace.LoopState;
import looplab.trace.LoopState.Frames;
import looplab.trace.LoopState.TaskInfo;
import looplab.trace.LoopState.Worker;
import looplab.trace.TraceEvent.Outcome;
import looplab.trace.WaitReason;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the inspector says about one task at one moment, in words: the plain text behind {@link InspectorView},
 * read from the replayed {@link LoopState} only.
 */
final class TaskFacts {
    /** One row of the facts table. */
    record Fact(String name, String value) {
    }

    private final LoopState state;
    private final TaskInfo task;

    TaskFacts(LoopState state, TaskInfo task) {
        this.state = state;
        this.task = task;
    }

    List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        // Done and cancelled, as task.cancelled() says: the stage's lane and this must agree.
        facts.add(new Fact("state", task.isCancelled() ? "CANCELLED" : task.state().name()));
        if (task.awaiting() != null) {
            facts.add(new Fact("awaits", awaits(task.awaiting())));
        }
        String awaitedBy = awaitedBy();
        if (!awaitedBy.isEmpty()) {
            facts.add(new Fact("awaited by", awaitedBy));
        }
        facts.add(new Fact("line", task.line() == 0 ? "not started" : Integer.toString(task.line())));
        TaskInfo parent = state.task(task.parentTaskId());
        facts.add(new Fact("created by", parent == null ? "module level" : parent.name()));
        if (task.raising() != null) {
            facts.add(new Fact("raising", task.raising()));
        }
        if (task.cancelRequests() > 0) {
            facts.add(new Fact("cancel()", cancellations()));
        }
        if (task.outcome() != null) {
            facts.add(new Fact(outcomeName(task.outcome()), task.outcomeText()));
        }
        return facts;
    }

    /** The label, and the awaited task named with its coroutine, so "await Task-3" says which fetch that is. */
    private String awaits(WaitReason reason) {
        String text = StageLanes.reasonText(reason);
        if (reason.kind() == WaitReason.Kind.TASK && reason.taskId() != null) {
            TaskInfo awaited = state.task(reason.taskId());
            if (awaited != null && !text.contains(awaited.coroutine())) {
                text += " · " + awaited.name() + " " + awaited.coroutine();
            }
        }
        return text;
    }

    /** The first tasks awaiting this one, by name, and how many more: a gather of 100,000 names nobody reads. */
    private String awaitedBy() {
        List<TaskInfo> awaiting = state.tasksAwaiting(task.taskId());
        List<String> named = awaiting.subList(0, Math.min(awaiting.size(), NAMED_AWAITERS)).stream()
                .map(TaskInfo::name).toList();
        int others = awaiting.size() - named.size();
        return String.join(", ", named) + (others > 0 ? String.format(Locale.ROOT, " and %,d more", others) : "");
    }

    private static final int NAMED_AWAITERS = 20;

    private String cancellations() {
        String text = task.cancelRequests() + (task.cancelRequests() == 1 ? " request" : " requests");
        if (task.cancelledAtLine() > 0) {
            text += " · CancelledError thrown in at line " + task.cancelledAtLine();
        }
        return text;
    }

    private static String outcomeName(Outcome outcome) {
        return switch (outcome) {
            case RESULT -> "result";
            case EXCEPTION -> "exception";
            case CANCELLED -> "cancelled";
        };
    }

    /** The task's call stack and locals, or null before it ran a line (or when its coroutine is not Python). */
    Frames frames() {
        return state.framesOf(task.taskId());
    }

    /** The heading over the stack: a finished task's last stack is where it returned or raised. */
    String stackHeading() {
        if (task.outcome() == Outcome.EXCEPTION) {
            return "Where it raised (most recent call last)";
        }
        if (task.outcome() != null) {
            return "Where it ended";
        }
        return "Call stack (most recent call last)";
    }

    static String frameText(CallFrame frame) {
        return frame.function() + "()  line " + frame.line();
    }

    /** The worker running the job this task awaits, or null. */
    Worker executorWorker() {
        WaitReason reason = task.awaiting();
        if (reason == null || reason.kind() != WaitReason.Kind.EXECUTOR || reason.jobId() == null) {
            return null;
        }
        for (Worker worker : state.workers()) {
            if (worker.isBusy() && worker.job().jobId() == reason.jobId()) {
                return worker;
            }
        }
        return null;
    }

    Frames workerFrames(Worker worker) {
        return state.workerFrames().get(worker.name());
    }
}
