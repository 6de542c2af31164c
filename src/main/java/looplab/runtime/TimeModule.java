package looplab.runtime;

import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.PyFloat;
import looplab.vm.PyInt;
import looplab.vm.PyModule;
import looplab.vm.PyNone;

/**
 * The {@code time} module on the virtual clock. time.time() is the clock plus a fixed epoch, so programs that
 * print differences of times print what CPython prints (rounded), and nothing depends on the real date.
 */
final class TimeModule {
    /** The virtual wall clock's value at virtual time 0: 2024-01-01T00:00:00Z. */
    static final double EPOCH = 1_704_067_200.0;

    private TimeModule() {
    }

    static PyModule create(AsyncioRuntime runtime) {
        PyModule module = new PyModule("time");
        module.function("time", (args, kw) -> PyFloat.of(EPOCH + now(runtime)))
                .function("monotonic", (args, kw) -> PyFloat.of(now(runtime)))
                .function("perf_counter", (args, kw) -> PyFloat.of(now(runtime)))
                .function("process_time", (args, kw) -> PyFloat.of(now(runtime)))
                .function("time_ns", (args, kw) -> PyInt.of(nanos(EPOCH + now(runtime))))
                .function("monotonic_ns", (args, kw) -> PyInt.of(nanos(now(runtime))))
                .function("perf_counter_ns", (args, kw) -> PyInt.of(nanos(now(runtime))))
                .function("sleep", (args, kw) -> {
                    Args.exactly("time.sleep", args, kw, 1);
                    double seconds = EventLoop.seconds(args[0]);
                    if (seconds < 0) {
                        throw Errors.valueError("sleep length must be non-negative");
                    }
                    runtime.blockingSleep(seconds);
                    return PyNone.NONE;
                });
        return module;
    }

    private static double now(AsyncioRuntime runtime) {
        return runtime.interpreter.clock().now();
    }

    private static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }
}
