package looplab.runtime;

import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.ExceptionTypes;
import looplab.vm.PyIterator;
import looplab.vm.PyModule;
import looplab.vm.PyObject;
import looplab.vm.PySet;
import looplab.vm.PyStr;
import looplab.vm.PyTuple;
import looplab.vm.PyType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code concurrent.futures} module (and its package {@code concurrent}): ThreadPoolExecutor, Future,
 * wait, as_completed and the exceptions. Waiting blocks the calling thread on the virtual clock while the
 * simulated worker threads run.
 */
final class ConcurrentFuturesModule {
    static final String FIRST_COMPLETED = "FIRST_COMPLETED";
    static final String FIRST_EXCEPTION = "FIRST_EXCEPTION";
    static final String ALL_COMPLETED = "ALL_COMPLETED";
    static final PyType ERROR = PyType.userClass("Error", "Error", "concurrent.futures._base",
            new PyType[] {ExceptionTypes.EXCEPTION}, Map.of());
    /** Not asyncio's CancelledError (in 3.11 they are different classes); run_in_executor converts it. */
    static final PyType CANCELLED_ERROR = PyType.userClass("CancelledError", "CancelledError",
            "concurrent.futures._base", new PyType[] {ERROR}, Map.of());
    private static final PyType AS_COMPLETED = PyType.builtin("generator", PyIterator.class);

    private ConcurrentFuturesModule() {
    }

    static PyModule createPackage() {
        return new PyModule("concurrent");
    }

    static PyModule create(AsyncioRuntime runtime) {
        PyModule m = new PyModule("concurrent.futures");
        m.add("ThreadPoolExecutor", ThreadPoolExecutor.type(runtime))
                .add("Executor", ThreadPoolExecutor.TYPE)
                .add("Future", ConcurrentFuture.TYPE)
                .add("CancelledError", CANCELLED_ERROR)
                .add("TimeoutError", ExceptionTypes.TIMEOUT_ERROR)
                .add("InvalidStateError", ExceptionTypes.INVALID_STATE_ERROR)
                .add("FIRST_COMPLETED", PyStr.of(FIRST_COMPLETED))
                .add("FIRST_EXCEPTION", PyStr.of(FIRST_EXCEPTION))
                .add("ALL_COMPLETED", PyStr.of(ALL_COMPLETED));
        m.function("wait", (args, kw) -> {
            PyObject[] a = Args.bind("wait", args, kw, 1, "fs", "timeout", "return_when");
            return wait(runtime, futures(a[0]), ConcurrentFuture.timeout(a[1]),
                    a[2] == null ? ALL_COMPLETED : a[2].str());
        });
        m.function("as_completed", (args, kw) -> {
            PyObject[] a = Args.bind("as_completed", args, kw, 1, "fs", "timeout");
            return asCompleted(runtime, futures(a[0]), ConcurrentFuture.timeout(a[1]));
        });
        return m;
    }

    private static Set<ConcurrentFuture> futures(PyObject fs) {
        Set<ConcurrentFuture> result = new LinkedHashSet<>();
        for (PyObject f : Tasks.items(fs)) {
            result.add(ConcurrentFuture.checked(f));
        }
        return result;
    }

    /** wait(fs, timeout, return_when): (done, not_done) once return_when is satisfied or the timeout passed. */
    static PyTuple wait(AsyncioRuntime runtime, Set<ConcurrentFuture> fs, double timeout, String returnWhen) {
        runtime.threads.blockUntil(() -> satisfied(fs, returnWhen), timeout);
        List<PyObject> done = new ArrayList<>();
        List<PyObject> notDone = new ArrayList<>();
        for (ConcurrentFuture f : fs) {
            (f.done() ? done : notDone).add(f);
        }
        return new PyTuple(new PySet(false, done), new PySet(false, notDone));
    }

    private static boolean satisfied(Set<ConcurrentFuture> fs, String returnWhen) {
        long finished = fs.stream().filter(ConcurrentFuture::done).count();
        return switch (returnWhen) {
            case FIRST_COMPLETED -> finished > 0;
            case FIRST_EXCEPTION -> finished == fs.size()
                    || fs.stream().anyMatch(f -> f.done() && !f.cancelled() && f.exception != null);
            default -> finished == fs.size();
        };
    }

    /** as_completed(fs, timeout): the futures in the order they complete, waiting for each as needed. */
    static PyObject asCompleted(AsyncioRuntime runtime, Set<ConcurrentFuture> fs, double timeout) {
        List<ConcurrentFuture> pending = new ArrayList<>(fs);
        int total = pending.size();
        double endTime = runtime.threads.now() + timeout;
        return new PyIterator(AS_COMPLETED) {
            @Override
            public PyObject next() {
                if (pending.isEmpty()) {
                    return null;
                }
                double left = endTime - runtime.threads.now();
                if (!runtime.threads.blockUntil(() -> pending.stream().anyMatch(ConcurrentFuture::done), Math.max(0, left))) {
                    throw Errors.raise(ExceptionTypes.TIMEOUT_ERROR, pending.size() + " (of " + total + ") futures unfinished");
                }
                ConcurrentFuture first = pending.stream().filter(ConcurrentFuture::done)
                        .min(Comparator.comparingLong(f -> f.completionOrder)).orElseThrow();
                pending.remove(first);
                return first;
            }
        };
    }
}
