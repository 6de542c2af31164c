package looplab.trace;

import looplab.trace.TraceEvent.ClockReason;
import looplab.trace.TraceEvent.Outcome;
import looplab.trace.TraceEvent.Stream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A valid trace of a random program, made by a toy event loop that follows {@code _run_once}: main creates
 * {@code taskCount} tasks and gathers them; each task sleeps a few times (sometimes {@code sleep(0)}), prints,
 * sometimes blocks the loop, cancels a sleeping sibling, or raises.
 */
final class RandomTrace {
    private static final String MAIN = "MainThread";
    private static final long MAIN_TASK = 1;

    private record Handle(long handleId, long taskId, boolean timerCallback) {
    }

    private record Timer(long handleId, double deadline, long taskId) {
    }

    private static final class Sim {
        int remainingSleeps;
        Timer timer;
        boolean cancelRequested;
        boolean done;
    }

    private final Random random;
    private final int taskCount;
    private final Scenario scenario = new Scenario();
    private final TraceEmitter emit = scenario.emit;
    private final Deque<Handle> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>(
            Comparator.comparingDouble(Timer::deadline).thenComparingLong(Timer::handleId));
    private final Map<Long, Sim> tasks = new HashMap<>();
    private double now;
    private long nextHandle = 1000;
    private int finishedChildren;
    private boolean mainDone;

    private RandomTrace(long seed, int taskCount) {
        this.random = new Random(seed);
        this.taskCount = taskCount;
    }

    static List<TraceEvent> generate(long seed, int taskCount) {
        return new RandomTrace(seed, taskCount).run();
    }

    private List<TraceEvent> run() {
        emit.lineExecuted(-1, MAIN, 30);
        emit.taskCreated(MAIN_TASK, "Task-1", "main()", -1, 30);
        schedule(MAIN_TASK, "Task.__step");
        for (int iteration = 1; !mainDone; iteration++) {
            runOnce(iteration);
        }
        emit.programEnded(0, null);
        return scenario.events();
    }

    private void schedule(long taskId, String callback) {
        long handle = nextHandle++;
        ready.add(new Handle(handle, taskId, false));
        emit.handleScheduled(handle, callback, taskId);
    }

    private void runOnce(int iteration) {
        emit.iterationStarted(iteration);
        if (ready.isEmpty() && !timers.isEmpty() && timers.peek().deadline() > now) {
            double from = now;
            advanceTo(timers.peek().deadline());
            emit.clockAdvanced(from, now, ClockReason.TIMER);
        }
        while (!timers.isEmpty() && timers.peek().deadline() <= now) {
            Timer timer = timers.poll();
            tasks.get(timer.taskId()).timer = null;
            ready.add(new Handle(timer.handleId(), timer.taskId(), true));
            emit.timerFired(timer.handleId());
        }
        int ntodo = ready.size();
        for (int i = 0; i < ntodo; i++) {
            Handle handle = ready.poll();
            if (handle.timerCallback()) {
                runTimerCallback(handle);
            } else {
                runStep(handle);
            }
        }
        emit.iterationEnded(iteration);
    }

    private void advanceTo(double time) {
        now = time;
        scenario.at(time);
    }

    private void runTimerCallback(Handle handle) {
        emit.callbackStarted(handle.handleId(), "futures._set_result_unless_cancelled");
        schedule(handle.taskId(), "Task.__wakeup");
        emit.callbackEnded(handle.handleId());
    }

    private void runStep(Handle handle) {
        long taskId = handle.taskId();
        emit.taskStepStarted(taskId, handle.handleId());
        if (taskId == MAIN_TASK) {
            mainStep();
        } else {
            childStep(taskId, tasks.get(taskId));
        }
        emit.taskStepEnded(taskId);
    }

    private void mainStep() {
        if (tasks.isEmpty()) {
            tasks.put(MAIN_TASK, new Sim());
            for (long id = 2; id < taskCount + 2; id++) {
                emit.lineExecuted(MAIN_TASK, MAIN, 25);
                emit.taskCreated(id, "Task-" + id, "work(" + (id - 2) + ")", MAIN_TASK, 25);
                Sim sim = new Sim();
                sim.remainingSleeps = random.nextInt(4);
                tasks.put(id, sim);
                schedule(id, "Task.__step");
            }
            emit.lineExecuted(MAIN_TASK, MAIN, 26);
            emit.taskSuspended(MAIN_TASK, WaitReason.future(1, "gather(...)"));
        } else {
            emit.lineExecuted(MAIN_TASK, MAIN, 27);
            emit.outputPrinted(Stream.STDOUT, "all done\n", MAIN_TASK);
            emit.taskDone(MAIN_TASK, Outcome.RESULT, "None");
            mainDone = true;
        }
    }

    private void childStep(long taskId, Sim sim) {
        emit.lineExecuted(taskId, MAIN, 10 + random.nextInt(5));
        if (sim.cancelRequested) {
            emit.cancellationDelivered(taskId, 12);
            finish(taskId, sim, Outcome.CANCELLED, "CancelledError");
            return;
        }
        maybePrint(taskId);
        maybeBlock(taskId);
        maybeCancelSibling(taskId);
        if (sim.remainingSleeps == 0) {
            finishNormally(taskId, sim);
        } else {
            sim.remainingSleeps--;
            sleep(taskId, sim);
        }
    }

    private void maybePrint(long taskId) {
        if (random.nextInt(3) == 0) {
            emit.outputPrinted(Stream.STDOUT, "task " + taskId + " at " + now + "\n", taskId);
        }
    }

    private void maybeBlock(long taskId) {
        if (random.nextInt(50) == 0) {
            double duration = 0.1 * (1 + random.nextInt(5));
            emit.lineExecuted(taskId, MAIN, 15);
            emit.loopBlocked(15, duration, taskId);
            double from = now;
            advanceTo(now + duration);
            emit.clockAdvanced(from, now, ClockReason.BLOCKING_CALL);
        }
    }

    private void maybeCancelSibling(long taskId) {
        if (random.nextInt(30) != 0) {
            return;
        }
        List<Long> sleeping = new ArrayList<>();
        tasks.forEach((id, sim) -> {
            if (sim.timer != null && !sim.cancelRequested && !sim.done) {
                sleeping.add(id);
            }
        });
        if (sleeping.isEmpty()) {
            return;
        }
        sleeping.sort(Long::compare);
        long victim = sleeping.get(random.nextInt(sleeping.size()));
        Sim sim = tasks.get(victim);
        emit.lineExecuted(taskId, MAIN, 16);
        emit.cancellationRequested(victim, random.nextBoolean() ? null : "stop");
        sim.cancelRequested = true;
        timers.remove(sim.timer);
        emit.timerCancelled(sim.timer.handleId());
        sim.timer = null;
        schedule(victim, "Task.__wakeup");
    }

    private void finishNormally(long taskId, Sim sim) {
        if (random.nextInt(10) == 0) {
            emit.exceptionRaised(taskId, "ValueError", "bad " + taskId, 17);
            finish(taskId, sim, Outcome.EXCEPTION, "ValueError: bad " + taskId);
        } else {
            emit.lineExecuted(taskId, MAIN, 18);
            finish(taskId, sim, Outcome.RESULT, String.valueOf(taskId * 2));
        }
    }

    private void finish(long taskId, Sim sim, Outcome outcome, String text) {
        sim.done = true;
        emit.taskDone(taskId, outcome, text);
        finishedChildren++;
        if (finishedChildren == taskCount) {
            schedule(MAIN_TASK, "Task.__wakeup");
        }
    }

    private void sleep(long taskId, Sim sim) {
        if (random.nextInt(5) == 0) {
            schedule(taskId, "Task.__step");
            return;
        }
        double delay = 0.1 * (1 + random.nextInt(20));
        double deadline = now + delay;
        String label = String.format("sleep(%.1f)", delay);
        Timer timer = new Timer(nextHandle++, deadline, taskId);
        timers.add(timer);
        sim.timer = timer;
        emit.timerScheduled(timer.handleId(), deadline, taskId, label);
        emit.taskSuspended(taskId, WaitReason.timer(deadline, label));
    }
}
