package looplab.runtime;

import looplab.vm.ExecutionStopped;
import looplab.vm.Interpreter;
import looplab.vm.ThreadState;

import java.util.concurrent.Semaphore;

/**
 * A simulated OS thread that runs Python frames: an executor worker. It is a real Java thread with its own
 * {@link ThreadState}, but it runs in lockstep with the thread that resumed it: exactly one thread executes
 * Python at a time, and the baton passes only at {@link #resume} and {@link #park}. So every run is
 * deterministic, whatever the JVM's scheduler does.
 *
 * <p>A worker has its own virtual timeline ({@link #now}): it starts a slice at the instant it was resumed, and its
 * instructions advance its own time, not the loop's clock (the worker runs as if on a core of its own; the GIL is
 * not simulated).
 */
final class WorkerThread {
    /** Python frames nest up to the recursion limit; each takes a few Java frames. */
    private static final long STACK_BYTES = 256L * 1024 * 1024;
    private static final ThreadLocal<WorkerThread> CURRENT = new ThreadLocal<>();
    /** How a stop inside a worker is reported (the loop was not blocked: a worker was busy). */
    static final String WORKER_STOPPED = "worker thread ";

    final String name;
    final ThreadState state;
    private final ThreadScheduler scheduler;
    private final Runnable body;
    private final Semaphore go = new Semaphore(0);
    private final Semaphore back = new Semaphore(0);
    private Thread thread;
    /** The worker's own time when its current slice started (or when it was last paused). */
    private double sliceStart;
    private long instructionsAtSliceStart;
    private boolean aborted;
    private boolean ended;
    /** What ended the thread abnormally (the run was stopped): rethrown on the thread that resumed it. */
    private RuntimeException failure;
    /** Bumped at every park: a wake-up scheduled for an older park is stale. */
    long parkNumber;

    WorkerThread(String name, ThreadScheduler scheduler, Runnable body) {
        this.name = name;
        this.state = new ThreadState(name);
        this.scheduler = scheduler;
        this.body = body;
    }

    /** The worker whose Python code is running on this Java thread, or null on the main (loop) thread. */
    static WorkerThread current() {
        return CURRENT.get();
    }

    boolean ended() {
        return ended;
    }

    /** This worker's virtual time: where its slice started plus what its instructions cost since. */
    double now() {
        Interpreter interp = scheduler.interpreter;
        return sliceStart + (interp.executedInstructions() - instructionsAtSliceStart) * scheduler.secondsPerInstruction();
    }

    // ---- the resuming side -----------------------------------------------------------------------------------

    /**
     * Runs this worker from virtual time {@code at} until it parks (sleeps, waits, is idle) or ends; the calling
     * thread waits meanwhile. A run stopped inside the worker (budget, time limit) is rethrown here.
     */
    void resume(double at) {
        Interpreter interp = scheduler.interpreter;
        WorkerThread caller = current();
        if (caller != null) {
            caller.pause();
        }
        ThreadState callerState = interp.threadState;
        sliceStart = at;
        instructionsAtSliceStart = interp.executedInstructions();
        interp.threadState = state;
        scheduler.enterWorker();
        try {
            handOver();
        } finally {
            scheduler.leaveWorker();
            interp.threadState = callerState;
            if (caller != null) {
                caller.unpause();
            }
        }
        if (failure != null) {
            RuntimeException f = failure;
            failure = null;
            throw f;
        }
    }

    private void handOver() {
        if (thread == null) {
            thread = new Thread(null, this::main, "looplab-" + name, STACK_BYTES);
            thread.setDaemon(true);
            thread.start();
        }
        go.release();
        back.acquireUninterruptibly();
    }

    /** Another worker runs inside this one's slice (a job submitted from a worker): its instructions are not ours. */
    private void pause() {
        sliceStart = now();
    }

    private void unpause() {
        instructionsAtSliceStart = scheduler.interpreter.executedInstructions();
    }

    /** Ends a parked thread without running any more Python: used when the run is over. */
    void abort() {
        if (thread == null || ended) {
            return;
        }
        aborted = true;
        go.release();
        back.acquireUninterruptibly();
    }

    // ---- the worker's side -----------------------------------------------------------------------------------

    private void main() {
        CURRENT.set(this);
        AsyncioRuntime.setCurrent(scheduler.runtime);
        go.acquireUninterruptibly();
        try {
            if (!aborted) {
                body.run();
            }
        } catch (Aborted a) {
            // The run is over; the frames have unwound without running Python code.
        } catch (ExecutionStopped stop) {
            failure = new ExecutionStopped(stop.reason, stop.getMessage() + "; " + WORKER_STOPPED + name
                    + " was running at line " + stop.line, stop.fileName, stop.line);
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            failure = new IllegalStateException("worker thread " + name + " failed", e);
        } finally {
            ended = true;
            back.release();
        }
    }

    /** Gives the baton back and waits until someone resumes this worker (a wake-up, a new job). */
    void park() {
        parkNumber++;
        back.release();
        go.acquireUninterruptibly();
        if (aborted) {
            throw new Aborted();
        }
    }

    /** Unwinds a worker's Java stack when the run ends while it is parked. Not a Python exception. */
    private static final class Aborted extends Error {
        Aborted() {
            super(null, null, false, false);
        }
    }
}
