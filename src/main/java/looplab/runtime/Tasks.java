package looplab.runtime;

import looplab.trace.WaitReason;
import looplab.vm.Errors;
import looplab.vm.ExceptionTypes;
import looplab.vm.PyBaseException;
import looplab.vm.PyException;
import looplab.vm.PyList;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PySet;
import looplab.vm.PyStr;
import looplab.vm.PyTuple;
import looplab.vm.Ops;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The functions of tasks.py: sleep, gather, shield, wait_for, wait, as_completed. */
final class Tasks {
    static final String FIRST_COMPLETED = "FIRST_COMPLETED";
    static final String FIRST_EXCEPTION = "FIRST_EXCEPTION";
    static final String ALL_COMPLETED = "ALL_COMPLETED";

    private Tasks() {
    }

    // ---- sleep -------------------------------------------------------------------------------------------

    /**
     * asyncio.sleep: sleep(0) is a bare yield (the task goes to the back of _ready); otherwise a future that a
     * timer resolves after delay seconds. The timer is cancelled if the sleep is interrupted.
     */
    static JavaCoroutine sleep(double delay, PyObject result) {
        return new JavaCoroutine("sleep", () -> {
            if (delay <= 0) {
                return JavaCoroutine.await(JavaCoroutine.YIELD, (v, e) -> {
                    if (e != null) {
                        throw e;
                    }
                    return JavaCoroutine.returning(result);
                });
            }
            EventLoop loop = EventLoop.getRunningLoop();
            Future future = loop.createFuture();
            String label = loop.trace.enabled() ? "sleep(" + looplab.vm.PyFloat.of(delay).repr() + ")" : null;
            TimerHandle h = loop.callLater(delay, setResultUnlessCancelled(), new PyObject[] {future, result}, label);
            if (label != null) {
                future.waitReason = WaitReason.timer(h.when, label);
            }
            return JavaCoroutine.await(future, (v, e) -> {
                h.cancel();
                if (e != null) {
                    throw e;
                }
                return JavaCoroutine.returning(v);
            });
        });
    }

    /** futures._set_result_unless_cancelled(fut, result). */
    static LoopCallback setResultUnlessCancelled() {
        return LoopCallback.plain("futures._set_result_unless_cancelled", args -> {
            Future fut = (Future) args[0];
            if (!fut.cancelled()) {
                fut.setResult(args[1]);
            }
        });
    }

    /** tasks._release_waiter(waiter, *args). */
    static LoopCallback releaseWaiter(Future waiter) {
        return LoopCallback.plain("_release_waiter", args -> {
            if (!waiter.done()) {
                waiter.setResult(PyNone.NONE);
            }
        });
    }

    // ---- gather ------------------------------------------------------------------------------------------

    /**
     * asyncio.gather: one future for many awaitables (coroutines become tasks, in argument order). Without
     * return_exceptions the first failure completes the gather; children keep running.
     */
    static Future gather(PyObject[] awaitables, boolean returnExceptions) {
        if (awaitables.length == 0) {
            EventLoop loop = EventLoop.getEventLoop();
            Future outer = loop.createFuture();
            outer.setResult(new PyList());
            return outer;
        }
        Map<PyObject, Future> argToFut = new IdentityHashMap<>();
        List<Future> children = new ArrayList<>();
        GatheringFuture[] outer = new GatheringFuture[1];
        int[] counts = new int[2]; // nfuts, nfinished
        LoopCallback doneCallback = LoopCallback.plain("gather._done_callback", args ->
                childDone((Future) args[0], outer[0], children, counts, returnExceptions));
        EventLoop loop = null;
        for (PyObject arg : awaitables) {
            Future fut = argToFut.get(arg);
            if (fut == null) {
                fut = loop == null ? ensureFuture(arg) : loop.ensureFuture(arg);
                loop = fut.loop;
                counts[0]++;
                argToFut.put(arg, fut);
                fut.addDoneCallback(doneCallback);
            }
            children.add(fut);
        }
        outer[0] = new GatheringFuture(loop, children);
        return outer[0];
    }

    private static void childDone(Future fut, GatheringFuture outer, List<Future> children, int[] counts,
                                  boolean returnExceptions) {
        counts[1]++;
        if (outer == null || outer.done()) {
            if (!fut.cancelled()) {
                fut.exception();
            }
            return;
        }
        if (!returnExceptions) {
            if (fut.cancelled()) {
                outer.setException(fut.makeCancelledError());
                return;
            }
            PyBaseException exc = fut.retrieveException();
            if (exc != null) {
                outer.setException(exc);
                return;
            }
        }
        if (counts[1] == counts[0]) {
            List<PyObject> results = new ArrayList<>();
            for (Future child : children) {
                results.add(outcomeAsValue(child));
            }
            if (outer.cancelRequested) {
                outer.setException(fut.makeCancelledError());
            } else {
                outer.setResult(new PyList(results));
            }
        }
    }

    private static PyObject outcomeAsValue(Future child) {
        if (child.cancelled()) {
            PyObject message = child.cancelMessage == PyNone.NONE ? PyStr.of("") : child.cancelMessage;
            return new PyBaseException(ExceptionTypes.CANCELLED_ERROR, new PyObject[] {message});
        }
        PyBaseException exc = child.retrieveException();
        return exc != null ? exc : child.result;
    }

    static Future ensureFuture(PyObject awaitable) {
        if (awaitable instanceof Future f) {
            return f;
        }
        return EventLoop.getEventLoop().ensureFuture(awaitable);
    }

    // ---- shield ------------------------------------------------------------------------------------------

    /** asyncio.shield: an outer future that mirrors the inner one, so cancelling the outer spares the inner. */
    static Future shield(PyObject arg) {
        Future inner = ensureFuture(arg);
        if (inner.done()) {
            return inner;
        }
        Future outer = inner.loop.createFuture();
        LoopCallback innerDone = LoopCallback.plain("shield._inner_done_callback", args -> {
            if (outer.cancelled()) {
                if (!inner.cancelled()) {
                    inner.exception();
                }
                return;
            }
            if (inner.cancelled()) {
                outer.cancel(PyNone.NONE);
            } else if (inner.retrieveException() != null) {
                outer.setException(inner.exception);
            } else {
                outer.setResult(inner.result);
            }
        });
        LoopCallback outerDone = LoopCallback.plain("shield._outer_done_callback", args -> {
            if (!inner.done()) {
                inner.removeDoneCallback(innerDone);
            }
        });
        inner.addDoneCallback(innerDone);
        outer.addDoneCallback(outerDone);
        return outer;
    }

    // ---- wait_for ----------------------------------------------------------------------------------------

    /** asyncio.wait_for (3.11): wait with a timeout; on timeout cancel the inner task, wait for it, raise TimeoutError. */
    static JavaCoroutine waitFor(PyObject awaitable, PyObject timeout) {
        return new JavaCoroutine("wait_for", () -> {
            EventLoop loop = EventLoop.getRunningLoop();
            if (timeout == PyNone.NONE) {
                return JavaCoroutine.await(awaitable, Primitives::value);
            }
            double seconds = EventLoop.seconds(timeout);
            if (seconds <= 0) {
                Future fut = loop.ensureFuture(awaitable);
                if (fut.done()) {
                    return JavaCoroutine.returning(fut.result());
                }
                return JavaCoroutine.await(cancelAndWait(fut, loop), (v, e) -> resultOrTimeout(fut, e));
            }
            Future waiter = loop.createFuture();
            TimerHandle timeoutHandle = loop.callLater(seconds, releaseWaiter(waiter), new PyObject[] {waiter},
                    "wait_for timeout");
            LoopCallback cb = releaseWaiter(waiter);
            Future fut = loop.ensureFuture(awaitable);
            fut.addDoneCallback(cb);
            return JavaCoroutine.await(waiter, (v, e) -> {
                if (e != null) {
                    if (!e.matches(ExceptionTypes.CANCELLED_ERROR)) {
                        timeoutHandle.cancel();
                        throw e;
                    }
                    if (fut.done()) {
                        timeoutHandle.cancel();
                        return JavaCoroutine.returning(fut.result());
                    }
                    fut.removeDoneCallback(cb);
                    return JavaCoroutine.await(cancelAndWait(fut, loop), (v2, e2) -> {
                        timeoutHandle.cancel();
                        throw e2 != null ? e2 : e;
                    });
                }
                if (fut.done()) {
                    timeoutHandle.cancel();
                    return JavaCoroutine.returning(fut.result());
                }
                fut.removeDoneCallback(cb);
                return JavaCoroutine.await(cancelAndWait(fut, loop), (v2, e2) -> {
                    timeoutHandle.cancel();
                    if (e2 != null) {
                        throw e2;
                    }
                    return resultOrTimeout(fut, null);
                });
            });
        });
    }

    /** {@code try: return fut.result() except CancelledError as exc: raise TimeoutError() from exc}. */
    private static JavaCoroutine.Step resultOrTimeout(Future fut, PyException awaitError) {
        if (awaitError != null) {
            throw awaitError;
        }
        try {
            return JavaCoroutine.returning(fut.result());
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.CANCELLED_ERROR)) {
                throw e;
            }
            PyBaseException timeout = new PyBaseException(ExceptionTypes.TIMEOUT_ERROR, new PyObject[0]);
            timeout.cause = e.value;
            timeout.context = e.value;
            timeout.suppressContext = true;
            throw timeout.toThrowable();
        }
    }

    /** tasks._cancel_and_wait: cancel fut and wait until it is really done. */
    static JavaCoroutine cancelAndWait(Future fut, EventLoop loop) {
        return new JavaCoroutine("_cancel_and_wait", () -> {
            Future waiter = loop.createFuture();
            LoopCallback cb = releaseWaiter(waiter);
            fut.addDoneCallback(cb);
            fut.cancel(PyNone.NONE);
            return JavaCoroutine.await(waiter, (v, e) -> {
                fut.removeDoneCallback(cb);
                if (e != null) {
                    throw e;
                }
                return JavaCoroutine.returning(PyNone.NONE);
            });
        });
    }

    // ---- wait --------------------------------------------------------------------------------------------

    /** asyncio.wait: (done, pending) sets once return_when is satisfied or the timeout passes. */
    static JavaCoroutine wait(PyObject fs, PyObject timeout, String returnWhen) {
        if (fs instanceof Future || Task.isCoroutine(fs)) {
            throw Errors.typeError("expect a list of futures, not " + fs.type().name());
        }
        PyObject[] items = items(fs);
        if (items.length == 0) {
            throw Errors.valueError("Set of Tasks/Futures is empty.");
        }
        if (!returnWhen.equals(FIRST_COMPLETED) && !returnWhen.equals(FIRST_EXCEPTION) && !returnWhen.equals(ALL_COMPLETED)) {
            throw Errors.valueError("Invalid return_when value: " + returnWhen);
        }
        return new JavaCoroutine("wait", () -> {
            EventLoop loop = EventLoop.getRunningLoop();
            Set<Future> futures = new LinkedHashSet<>();
            for (PyObject item : items) {
                if (Task.isCoroutine(item)) {
                    throw Errors.typeError("Passing coroutines is forbidden, use tasks explicitly.");
                }
                futures.add(loop.ensureFuture(item));
            }
            return waitInternal(futures, timeout, returnWhen, loop);
        });
    }

    private static JavaCoroutine.Step waitInternal(Set<Future> fs, PyObject timeout, String returnWhen, EventLoop loop) {
        Future waiter = loop.createFuture();
        TimerHandle[] timeoutHandle = new TimerHandle[1];
        if (timeout != PyNone.NONE) {
            timeoutHandle[0] = loop.callLater(EventLoop.seconds(timeout), releaseWaiter(waiter), new PyObject[] {waiter},
                    "wait timeout");
        }
        int[] counter = {fs.size()};
        LoopCallback onCompletion = LoopCallback.plain("_wait._on_completion", args -> {
            Future f = (Future) args[0];
            counter[0]--;
            if (counter[0] <= 0 || returnWhen.equals(FIRST_COMPLETED)
                    || returnWhen.equals(FIRST_EXCEPTION) && !f.cancelled() && f.retrieveException() != null) {
                if (timeoutHandle[0] != null) {
                    timeoutHandle[0].cancel();
                }
                if (!waiter.done()) {
                    waiter.setResult(PyNone.NONE);
                }
            }
        });
        for (Future f : fs) {
            f.addDoneCallback(onCompletion);
        }
        return JavaCoroutine.await(waiter, (v, e) -> {
            if (timeoutHandle[0] != null) {
                timeoutHandle[0].cancel();
            }
            for (Future f : fs) {
                f.removeDoneCallback(onCompletion);
            }
            if (e != null) {
                throw e;
            }
            PySet done = new PySet(false);
            PySet pending = new PySet(false);
            for (Future f : fs) {
                (f.done() ? done : pending).add(f);
            }
            return JavaCoroutine.returning(new PyTuple(done, pending));
        });
    }

    // ---- as_completed ------------------------------------------------------------------------------------

    /** asyncio.as_completed: an iterator of coroutines, each returning the next result to arrive. */
    static PyObject asCompleted(PyObject fs, PyObject timeout) {
        if (fs instanceof Future || Task.isCoroutine(fs)) {
            throw Errors.typeError("expect an iterable of futures, not " + fs.type().name());
        }
        EventLoop loop = EventLoop.getEventLoop();
        Queue done = new Queue(Queue.TYPE, 0);
        Set<Future> todo = new LinkedHashSet<>();
        Map<PyObject, Boolean> seen = new IdentityHashMap<>();
        for (PyObject f : items(fs)) {
            if (seen.put(f, Boolean.TRUE) == null) {
                todo.add(loop.ensureFuture(f));
            }
        }
        TimerHandle[] timeoutHandle = new TimerHandle[1];
        LoopCallback[] onCompletion = new LoopCallback[1];
        onCompletion[0] = LoopCallback.plain("as_completed._on_completion", args -> {
            Future f = (Future) args[0];
            if (todo.isEmpty()) {
                return;
            }
            todo.remove(f);
            done.putNowait(f);
            if (todo.isEmpty() && timeoutHandle[0] != null) {
                timeoutHandle[0].cancel();
            }
        });
        LoopCallback onTimeout = LoopCallback.plain("as_completed._on_timeout", args -> {
            for (Future f : todo) {
                f.removeDoneCallback(onCompletion[0]);
                done.putNowait(PyNone.NONE);
            }
            todo.clear();
        });
        for (Future f : todo) {
            f.addDoneCallback(onCompletion[0]);
        }
        if (!todo.isEmpty() && timeout != PyNone.NONE) {
            timeoutHandle[0] = loop.callLater(EventLoop.seconds(timeout), onTimeout, new PyObject[0], "as_completed timeout");
        }
        List<PyObject> waits = new ArrayList<>();
        for (int i = 0; i < todo.size(); i++) {
            waits.add(new JavaCoroutine("as_completed.<locals>._wait_for_one", () ->
                    JavaCoroutine.await(done.get(), (f, e) -> {
                        if (e != null) {
                            throw e;
                        }
                        if (f == PyNone.NONE) {
                            throw Errors.raise(ExceptionTypes.TIMEOUT_ERROR, null);
                        }
                        return JavaCoroutine.returning(((Future) f).result());
                    })));
        }
        return new PyList(waits).iter();
    }

    /** The items of any iterable, in iteration order. */
    static PyObject[] items(PyObject iterable) {
        List<PyObject> out = new ArrayList<>();
        PyObject it = Ops.iter(iterable);
        for (PyObject x = it.next(); x != null; x = it.next()) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }
}
