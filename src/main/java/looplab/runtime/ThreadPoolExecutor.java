package looplab.runtime;

import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.PyBaseException;
import looplab.vm.PyBool;
import looplab.vm.PyException;
import looplab.vm.PyInt;
import looplab.vm.PyIterator;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyStr;
import looplab.vm.PyType;
import looplab.vm.modules.ContextVars;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * concurrent.futures.ThreadPoolExecutor (concurrent/futures/thread.py) on simulated threads: submit() queues a
 * job; an idle worker takes it at once, else a new worker is started while there are fewer than max_workers,
 * else the job waits in the queue until a worker finishes its current job. Workers are named as CPython names
 * them: {@code ThreadPoolExecutor-0_0}, or {@code asyncio_0} for the loop's default executor.
 */
final class ThreadPoolExecutor extends PyObject {
    static final PyType TYPE = PyType.builtin("ThreadPoolExecutor", ThreadPoolExecutor.class);
    /**
     * os.cpu_count() as LoopLab pretends it is: the corpus was recorded on a 2-core machine, so the default
     * executor has min(32, 2 + 4) = 6 workers there and here.
     */
    static final int VIRTUAL_CPU_COUNT = 2;

    /** A submitted call: thread.py's _WorkItem. */
    private record Job(long id, PyObject fn, PyObject[] args, String[] kwnames, PyObject context,
                       ConcurrentFuture future) {
    }

    private final AsyncioRuntime runtime;
    final String namePrefix;
    private final int maxWorkers;
    private final ArrayDeque<Job> queue = new ArrayDeque<>();
    private final List<WorkerThread> workers = new ArrayList<>();
    /** Workers waiting for a job, longest-waiting first (the order in which they would wake on the queue). */
    private final ArrayDeque<WorkerThread> idle = new ArrayDeque<>();
    private final List<Runnable> whenTerminated = new ArrayList<>();
    private boolean shutdown;

    ThreadPoolExecutor(AsyncioRuntime runtime, Integer maxWorkers, String threadNamePrefix) {
        this.runtime = runtime;
        int workersWanted = maxWorkers == null ? Math.min(32, VIRTUAL_CPU_COUNT + 4) : maxWorkers;
        if (workersWanted <= 0) {
            throw Errors.valueError("max_workers must be greater than 0");
        }
        this.maxWorkers = workersWanted;
        this.namePrefix = threadNamePrefix == null || threadNamePrefix.isEmpty()
                ? "ThreadPoolExecutor-" + runtime.nextExecutorNumber() : threadNamePrefix;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- submitting --------------------------------------------------------------------------------------

    /** submit(fn, *args, **kwargs): the job's future; a free or new worker starts it right away. */
    ConcurrentFuture submit(PyObject fn, PyObject[] args, String[] kwnames) {
        return submit(fn, args, kwnames, null);
    }

    /**
     * As submit, the job running in {@code context} (a contextvars.Context, as asyncio.to_thread passes a copy of
     * the caller's); null: the worker thread's own context, as a new thread has in CPython.
     */
    ConcurrentFuture submit(PyObject fn, PyObject[] args, String[] kwnames, PyObject context) {
        if (shutdown) {
            throw Errors.runtimeError("cannot schedule new futures after shutdown");
        }
        ConcurrentFuture future = new ConcurrentFuture(runtime.threads);
        Job job = new Job(runtime.nextJobId(), fn, args, kwnames, context, future);
        runtime.trace.executorJobSubmitted(job.id, functionName(fn) + "()", namePrefix);
        queue.addLast(job);
        adjustThreadCount();
        return future;
    }

    /** thread.py's _adjust_thread_count: wake an idle worker, or start a new one if the pool is not full. */
    private void adjustThreadCount() {
        double now = runtime.threads.now();
        if (!idle.isEmpty()) {
            idle.pollFirst().resume(now);
        } else if (workers.size() < maxWorkers) {
            WorkerThread[] created = new WorkerThread[1];
            created[0] = runtime.threads.newThread(namePrefix + "_" + workers.size(), () -> work(created[0]));
            workers.add(created[0]);
            created[0].resume(now);
        }
    }

    static String functionName(PyObject fn) {
        PyObject name = fn.lookupAttr("__qualname__");
        if (name == null) {
            name = fn.lookupAttr("__name__");
        }
        return name instanceof PyStr s ? s.value : fn.type().name();
    }

    // ---- a worker's life (thread.py's _worker) ----------------------------------------------------------------

    private void work(WorkerThread me) {
        while (true) {
            Job job = queue.pollFirst();
            if (job != null) {
                run(me, job);
            } else if (shutdown) {
                workerExited(me);
                return;
            } else {
                idle.addLast(me);
                me.park();
            }
        }
    }

    private void run(WorkerThread me, Job job) {
        if (!job.future.setRunningOrNotifyCancel()) {
            return;
        }
        runtime.trace.executorJobStarted(job.id, me.name);
        PyObject[] value = new PyObject[1];
        PyBaseException error = null;
        try {
            ContextVars.runIn(runtime.interpreter, job.context, () -> value[0] = job.fn.call(job.args, job.kwnames));
        } catch (PyException e) {
            error = e.value;
        }
        catchUp(me);
        runtime.trace.executorJobFinished(job.id, me.name, error == null);
        if (runtime.frames != null) {
            runtime.frames.jobFinished(me.name);
        }
        if (error != null) {
            job.future.setException(error);
        } else {
            job.future.setResult(value[0]);
        }
    }

    /**
     * The job's own CPU time put the worker ahead of the shared clock: its completion is seen at the instant the
     * worker reached, so wait for the clock to get there.
     */
    private void catchUp(WorkerThread me) {
        double finished = me.now();
        if (finished > runtime.interpreter.clock().now()) {
            runtime.threads.sleepUntil(me, finished);
        }
    }

    private void workerExited(WorkerThread me) {
        workers.remove(me);
        if (workers.isEmpty()) {
            List<Runnable> hooks = List.copyOf(whenTerminated);
            whenTerminated.clear();
            hooks.forEach(Runnable::run);
        }
    }

    // ---- shutting down -----------------------------------------------------------------------------------

    /** shutdown(wait, cancel_futures): no new jobs; idle workers exit; with wait, block until every worker has. */
    void shutdown(boolean wait, boolean cancelFutures) {
        shutdown = true;
        if (cancelFutures) {
            while (!queue.isEmpty()) {
                queue.pollFirst().future.cancel();
            }
        }
        double now = runtime.threads.now();
        while (!idle.isEmpty()) {
            idle.pollFirst().resume(now);
        }
        if (wait) {
            runtime.threads.blockUntil(workers::isEmpty, Double.POSITIVE_INFINITY);
        }
    }

    /** Runs {@code hook} once every worker has exited after shutdown (at once if none is left). */
    void whenTerminated(Runnable hook) {
        if (workers.isEmpty()) {
            hook.run();
        } else {
            whenTerminated.add(hook);
        }
    }

    // ---- map ---------------------------------------------------------------------------------------------

    /** Executor.map: every call submitted now; the iterator gives results in argument order, waiting as needed. */
    PyObject map(PyObject fn, PyObject[] iterables, double timeout) {
        List<PyObject[]> calls = zip(iterables);
        List<ConcurrentFuture> futures = new ArrayList<>();
        for (PyObject[] call : calls) {
            futures.add(submit(fn, call, Args.NO_KEYWORDS));
        }
        double endTime = runtime.threads.now() + timeout;
        ArrayDeque<ConcurrentFuture> pending = new ArrayDeque<>(futures);
        return new PyIterator(MAP_ITERATOR) {
            @Override
            public PyObject next() {
                ConcurrentFuture next = pending.pollFirst();
                if (next == null) {
                    return null;
                }
                try {
                    return next.result(Math.max(0, endTime - runtime.threads.now()));
                } catch (PyException e) {
                    pending.forEach(ConcurrentFuture::cancel);
                    throw e;
                }
            }
        };
    }

    private static final PyType MAP_ITERATOR = PyType.builtin("generator", PyIterator.class);

    private static List<PyObject[]> zip(PyObject[] iterables) {
        List<PyObject[]> columns = new ArrayList<>();
        int length = Integer.MAX_VALUE;
        for (PyObject iterable : iterables) {
            PyObject[] items = Tasks.items(iterable);
            columns.add(items);
            length = Math.min(length, items.length);
        }
        List<PyObject[]> calls = new ArrayList<>();
        for (int i = 0; i < (iterables.length == 0 ? 0 : length); i++) {
            PyObject[] call = new PyObject[iterables.length];
            for (int j = 0; j < iterables.length; j++) {
                call[j] = columns.get(j)[i];
            }
            calls.add(call);
        }
        return calls;
    }

    // ---- Python face -------------------------------------------------------------------------------------

    static ThreadPoolExecutor checked(PyObject o) {
        if (o instanceof ThreadPoolExecutor e) {
            return e;
        }
        throw Errors.typeError("expected a ThreadPoolExecutor, got " + o.type().name());
    }

    /** The class of one runtime: its instances run on that runtime's simulated threads. */
    static PyType type(AsyncioRuntime runtime) {
        PyType type = PyType.builtin("ThreadPoolExecutor", TYPE);
        type.factory((t, args, kw) -> {
            PyObject[] a = Args.bind("ThreadPoolExecutor", args, kw, 0, "max_workers", "thread_name_prefix",
                    "initializer", "initargs");
            Integer max = a[0] == null || a[0] == PyNone.NONE ? null : ((PyInt) a[0]).intValue();
            String prefix = a[1] == null ? "" : a[1].str();
            return new ThreadPoolExecutor(runtime, max, prefix);
        });
        return type;
    }

    static {
        TYPE.method("submit", (args, kw) -> {
            if (Args.positional(args, kw).length < 2) {
                throw Errors.typeError("submit expected at least 1 argument, got 0");
            }
            int nkw = kw.length;
            PyObject[] rest = Arrays.copyOfRange(args, 2, args.length);
            return checked(args[0]).submit(args[1], rest, nkw == 0 ? Args.NO_KEYWORDS : kw);
        }).method("map", (args, kw) -> {
            PyObject timeout = Args.keyword(args, kw, "timeout");
            PyObject[] positional = Args.positional(args, kw);
            if (positional.length < 2) {
                throw Errors.typeError("map() missing 1 required positional argument: 'fn'");
            }
            return checked(args[0]).map(positional[1], Arrays.copyOfRange(positional, 2, positional.length),
                    ConcurrentFuture.timeout(timeout));
        }).method("shutdown", (args, kw) -> {
            PyObject[] a = Args.bind("shutdown", args, kw, 1, "self", "wait", "cancel_futures");
            checked(args[0]).shutdown(a[1] == null || a[1].isTrue(), a[2] != null && a[2].isTrue());
            return PyNone.NONE;
        }).method("__enter__", (args, kw) -> args[0])
                .method("__exit__", (args, kw) -> {
                    checked(args[0]).shutdown(true, false);
                    return PyBool.FALSE;
                });
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "_max_workers" -> PyInt.of(maxWorkers);
            case "_thread_name_prefix" -> PyStr.of(namePrefix);
            default -> super.lookupAttr(name);
        };
    }

    @Override
    public String repr() {
        return "<concurrent.futures.thread.ThreadPoolExecutor object at "
                + String.format("0x%012x", System.identityHashCode(this) * 16L) + ">";
    }
}
