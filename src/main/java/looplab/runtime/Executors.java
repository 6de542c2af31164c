package looplab.runtime;

import looplab.trace.WaitReason;
import looplab.vm.Args;
import looplab.vm.ExceptionTypes;
import looplab.vm.PyBaseException;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.modules.ContextVars;

import java.util.Arrays;

/**
 * Where asyncio meets executors: {@code loop.run_in_executor} (base_events.py), {@code futures.wrap_future}
 * (futures.py), {@code asyncio.to_thread} (threads.py) and {@code loop.shutdown_default_executor}.
 */
final class Executors {
    private Executors() {
    }

    /** The loop's default executor, made on first use as CPython does: ThreadPoolExecutor(thread_name_prefix='asyncio'). */
    static ThreadPoolExecutor defaultExecutor(EventLoop loop) {
        if (!(loop.defaultExecutor instanceof ThreadPoolExecutor)) {
            loop.defaultExecutor = new ThreadPoolExecutor(loop.runtime, null, "asyncio");
        }
        return (ThreadPoolExecutor) loop.defaultExecutor;
    }

    /** loop.run_in_executor(executor, func, *args): an asyncio future chained to the job's concurrent future. */
    static Future runInExecutor(EventLoop loop, PyObject executor, PyObject fn, PyObject[] args) {
        loop.checkClosed();
        ThreadPoolExecutor pool = executor == PyNone.NONE ? defaultExecutor(loop) : ThreadPoolExecutor.checked(executor);
        long jobId = loop.runtime.peekJobId();
        Future future = loop.createFuture();
        if (loop.trace.enabled()) {
            future.waitReason = WaitReason.executor(jobId, "run_in_executor(" + ThreadPoolExecutor.functionName(fn) + ")");
        }
        ConcurrentFuture job = pool.submit(fn, args, Args.NO_KEYWORDS);
        chain(job, future, loop);
        return future;
    }

    /**
     * futures._chain_future from a concurrent future to an asyncio one: cancelling the asyncio future cancels
     * the job (if it has not started); the job's outcome reaches the loop through call_soon_threadsafe, as
     * {@code _set_state}, at the instant the job finished.
     */
    static void chain(ConcurrentFuture source, Future destination, EventLoop loop) {
        destination.addDoneCallback(LoopCallback.plain("_call_check_cancel", a -> {
            if (destination.cancelled()) {
                source.cancel();
            }
        }));
        source.addDoneCallback(LoopCallback.plain("_call_set_state", a -> {
            if (loop.isClosed()) {
                return;
            }
            loop.callSoon(LoopCallback.plain("_set_state", b -> copyState(source, destination)), new PyObject[0]);
        }));
    }

    /** futures._copy_future_state: nothing to do if the awaiting side was cancelled meanwhile. */
    private static void copyState(ConcurrentFuture source, Future destination) {
        if (destination.cancelled()) {
            return;
        }
        if (source.cancelled()) {
            destination.cancel(PyNone.NONE);
        } else if (source.exception != null) {
            destination.setException(convert(source.exception));
        } else {
            destination.setResult(source.result(0));
        }
    }

    /** futures._convert_future_exc: concurrent.futures.CancelledError becomes asyncio's. */
    private static PyBaseException convert(PyBaseException exc) {
        if (exc.isInstance(ConcurrentFuturesModule.CANCELLED_ERROR)) {
            return new PyBaseException(ExceptionTypes.CANCELLED_ERROR, exc.args.items);
        }
        return exc;
    }

    /** asyncio.to_thread(func, /, *args, **kwargs): run_in_executor on the default executor, awaited. */
    static JavaCoroutine toThread(PyObject fn, PyObject[] args, String[] kwnames) {
        return new JavaCoroutine("to_thread", () -> {
            EventLoop loop = EventLoop.getRunningLoop();
            ThreadPoolExecutor pool = defaultExecutor(loop);
            long jobId = loop.runtime.peekJobId();
            Future future = loop.createFuture();
            if (loop.trace.enabled()) {
                future.waitReason = WaitReason.executor(jobId, "to_thread(" + ThreadPoolExecutor.functionName(fn) + ")");
            }
            // As threads.to_thread: the function runs in a copy of the caller's contextvars context.
            chain(pool.submit(fn, args, kwnames, ContextVars.copyCurrent(loop.runtime.interpreter)), future, loop);
            return JavaCoroutine.await(future, (v, e) -> {
                if (e != null) {
                    throw e;
                }
                return JavaCoroutine.returning(v);
            });
        });
    }

    /**
     * loop.shutdown_default_executor(): the default executor stops taking jobs, and the coroutine finishes when
     * its workers have finished their jobs (the loop keeps running meanwhile, as in CPython).
     */
    static JavaCoroutine shutdownDefaultExecutor(EventLoop loop) {
        return new JavaCoroutine("BaseEventLoop.shutdown_default_executor", () -> {
            if (!(loop.defaultExecutor instanceof ThreadPoolExecutor pool)) {
                return JavaCoroutine.returning(PyNone.NONE);
            }
            Future done = loop.createFuture();
            pool.shutdown(false, false);
            pool.whenTerminated(() -> loop.callSoon(LoopCallback.plain("_do_shutdown", a -> {
                if (!done.done()) {
                    done.setResult(PyNone.NONE);
                }
            }), new PyObject[0]));
            return JavaCoroutine.await(done, (v, e) -> {
                if (e != null) {
                    throw e;
                }
                return JavaCoroutine.returning(PyNone.NONE);
            });
        });
    }

    static PyObject[] rest(PyObject[] args, int from) {
        return Arrays.copyOfRange(args, Math.min(from, args.length), args.length);
    }
}
