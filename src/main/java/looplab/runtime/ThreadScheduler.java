package looplab.runtime;

import looplab.vm.ExecutionStopped;
import looplab.vm.Frame;
import looplab.vm.Interpreter;
import looplab.vm.VirtualClock;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * Runs the simulated threads of one program in lockstep on the virtual clock. Worker threads that sleep (or wait
 * for a job's future) are parked with a wake-up time; whoever waits for virtual time to pass — the event loop's
 * selector, or the main thread blocked in {@code time.sleep} or {@code Future.result()} — moves the clock to
 * each wake-up in turn and resumes that worker. While a worker runs, the shared clock stands still: its
 * instructions count on its own timeline (see {@link WorkerThread#now}).
 */
final class ThreadScheduler {
    private record WakeUp(double when, long sequence, WorkerThread worker, long parkNumber)
            implements Comparable<WakeUp> {
        @Override
        public int compareTo(WakeUp other) {
            int byWhen = Double.compare(when, other.when);
            return byWhen != 0 ? byWhen : Long.compare(sequence, other.sequence);
        }
    }

    final Interpreter interpreter;
    final AsyncioRuntime runtime;
    private final PriorityQueue<WakeUp> wakeUps = new PriorityQueue<>();
    private final List<WorkerThread> threads = new ArrayList<>();
    /** Workers parked until some future completes (a job waiting in Future.result()). */
    private final List<WorkerThread> waitingForFutures = new ArrayList<>();
    private long sequence;
    private long completions;
    private int workersRunning;
    private double secondsPerInstruction;

    ThreadScheduler(AsyncioRuntime runtime) {
        this.runtime = runtime;
        this.interpreter = runtime.interpreter;
    }

    WorkerThread newThread(String name, Runnable body) {
        WorkerThread thread = new WorkerThread(name, this, body);
        threads.add(thread);
        return thread;
    }

    /** The instruction cost that applies to workers (the shared clock's own is 0 while a worker runs). */
    double secondsPerInstruction() {
        return workersRunning > 0 ? secondsPerInstruction : interpreter.clock().secondsPerInstruction();
    }

    void enterWorker() {
        if (workersRunning++ == 0) {
            VirtualClock clock = interpreter.clock();
            secondsPerInstruction = clock.secondsPerInstruction();
            clock.setSecondsPerInstruction(0);
        }
    }

    void leaveWorker() {
        if (--workersRunning == 0) {
            interpreter.clock().setSecondsPerInstruction(secondsPerInstruction);
        }
    }

    /** Now, as the running thread sees it: a worker's own time, or the shared clock on the main thread. */
    double now() {
        WorkerThread worker = WorkerThread.current();
        return worker != null ? worker.now() : interpreter.clock().now();
    }

    // ---- parking and waking workers -------------------------------------------------------------------------

    /** Called on a worker: park until virtual time {@code when} (time.sleep, or catching up with its CPU time). */
    void sleepUntil(WorkerThread worker, double when) {
        wakeUps.add(new WakeUp(when, sequence++, worker, worker.parkNumber + 1));
        worker.park();
    }

    /** Called on a worker: park until {@code done} holds (checked whenever a job's future completes) or the deadline. */
    boolean waitOnWorker(WorkerThread worker, BooleanSupplier done, double deadline) {
        while (!done.getAsBoolean()) {
            if (worker.now() >= deadline) {
                return false;
            }
            if (deadline != Double.POSITIVE_INFINITY) {
                wakeUps.add(new WakeUp(deadline, sequence++, worker, worker.parkNumber + 1));
            }
            waitingForFutures.add(worker);
            worker.park();
            waitingForFutures.remove(worker);
        }
        return true;
    }

    long nextCompletion() {
        return ++completions;
    }

    /** A future completed at {@code when}: workers waiting for futures get to look again. */
    void futureCompleted(double when) {
        for (WorkerThread worker : List.copyOf(waitingForFutures)) {
            waitingForFutures.remove(worker);
            wakeUps.add(new WakeUp(when, sequence++, worker, worker.parkNumber));
        }
    }

    /** The earliest pending wake-up, or +infinity. */
    double nextWakeUp() {
        dropStaleWakeUps();
        return wakeUps.isEmpty() ? Double.POSITIVE_INFINITY : wakeUps.peek().when;
    }

    /** Resumes the worker of the earliest wake-up, from its wake-up time (the clock must have reached it). */
    void runNextWakeUp() {
        dropStaleWakeUps();
        WakeUp next = wakeUps.poll();
        if (next != null) {
            next.worker.resume(next.when);
        }
    }

    private void dropStaleWakeUps() {
        while (!wakeUps.isEmpty() && wakeUps.peek().parkNumber != wakeUps.peek().worker.parkNumber) {
            wakeUps.poll();
        }
    }

    // ---- blocking the main thread ----------------------------------------------------------------------------

    /**
     * time.sleep on the main (loop) thread: the loop is blocked for {@code seconds}, while workers whose wake-ups
     * fall in that span run at their instants (each stretch is its own LoopBlocked in the trace).
     */
    void blockFor(double seconds) {
        double end = interpreter.clock().now() + seconds;
        while (nextWakeUp() != Double.POSITIVE_INFINITY && nextWakeUp() <= end) {
            blockUntilInstant(nextWakeUp());
            runNextWakeUp();
        }
        blockUntilInstant(end);
    }

    /**
     * A blocking wait on the main thread ({@code Future.result()}, {@code executor.shutdown(wait=True)}): workers
     * run until {@code done} holds; false if {@code timeout} seconds passed first.
     */
    boolean blockUntil(BooleanSupplier done, double timeout) {
        WorkerThread worker = WorkerThread.current();
        if (worker != null) {
            return waitOnWorker(worker, done, worker.now() + timeout);
        }
        double deadline = interpreter.clock().now() + timeout;
        while (!done.getAsBoolean()) {
            double next = nextWakeUp();
            if (next == Double.POSITIVE_INFINITY && deadline == Double.POSITIVE_INFINITY) {
                throw waitingForever();
            }
            if (next > deadline) {
                blockUntilInstant(deadline);
                return false;
            }
            blockUntilInstant(next);
            runNextWakeUp();
        }
        return true;
    }

    private void blockUntilInstant(double when) {
        double now = interpreter.clock().now();
        if (when > now) {
            runtime.blockClock(when - now);
        }
    }

    private ExecutionStopped waitingForever() {
        Frame frame = interpreter.currentFrame();
        return new ExecutionStopped(ExecutionStopped.Reason.TIME_LIMIT,
                "the main thread would wait forever: it waits for a job that no worker thread will ever finish",
                frame == null ? "" : frame.code.fileName, frame == null ? 0 : frame.line());
    }

    // ---- the end of the run ----------------------------------------------------------------------------------

    /** Python exits only when its worker threads have finished: let every pending wake-up happen. */
    void joinAll() {
        while (nextWakeUp() != Double.POSITIVE_INFINITY) {
            blockUntilInstant(nextWakeUp());
            runNextWakeUp();
        }
    }

    /** Ends every Java thread still parked (the run is over, normally or not). */
    void abortAll() {
        for (WorkerThread thread : threads) {
            thread.abort();
        }
        wakeUps.clear();
    }
}
