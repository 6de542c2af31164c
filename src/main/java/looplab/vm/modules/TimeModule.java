package looplab.vm.modules;

import static looplab.vm.modules.ModuleFunctions.function;

import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.Interpreter;
import looplab.vm.Ops;
import looplab.vm.PyFloat;
import looplab.vm.PyInt;
import looplab.vm.PyModule;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyStr;

/**
 * Python's time module on the program's virtual clock ({@link Interpreter#clock()}): nothing reads the real
 * time, so a program's timings are the same on every run and every machine. {@code time.time()} is
 * {@link #EPOCH} plus the virtual seconds since the program started; monotonic() and perf_counter() are those
 * seconds themselves. {@code time.sleep} blocks the whole program: it calls the interpreter's
 * {@link Sleeper}, which by default just advances the clock; the asyncio runtime installs its own while an event
 * loop runs (a blocking sleep inside a coroutine stalls the loop, and the trace shows it).
 */
public final class TimeModule {
    /** The wall-clock time at which every program starts: 2024-01-01T00:00:00Z (the runtime's time module uses it too). */
    public static final double EPOCH = 1_704_067_200.0;

    /** What time.sleep(seconds) does; seconds is already checked to be finite and non-negative. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Interpreter interp, double seconds);
    }

    /** The default sleeper: a blocking sleep just moves the virtual clock on. */
    public static final Sleeper ADVANCE_CLOCK = (interp, seconds) -> interp.clock().advance(seconds);

    private TimeModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("time");
        clockFunction(m, "time", () -> EPOCH + interp.clock().now());
        clockFunction(m, "monotonic", () -> interp.clock().now());
        clockFunction(m, "perf_counter", () -> interp.clock().now());
        clockFunction(m, "process_time", () -> interp.clock().now());
        nanosecondFunction(m, "time_ns", () -> EPOCH + interp.clock().now());
        nanosecondFunction(m, "monotonic_ns", () -> interp.clock().now());
        nanosecondFunction(m, "perf_counter_ns", () -> interp.clock().now());
        function(m, "sleep", (a, k) -> {
            Args.exactly("sleep", a, k, 1);
            double seconds = sleepLength(a[0]);
            Sleeper sleeper = interp.sleeper != null ? interp.sleeper : ADVANCE_CLOCK;
            sleeper.sleep(interp, seconds);
            return PyNone.NONE;
        });
        return m;
    }

    private static void clockFunction(PyModule m, String name, java.util.function.DoubleSupplier seconds) {
        function(m, name, (a, k) -> {
            Args.exactly(name, a, k, 0);
            return PyFloat.of(seconds.getAsDouble());
        });
    }

    private static void nanosecondFunction(PyModule m, String name, java.util.function.DoubleSupplier seconds) {
        function(m, name, (a, k) -> {
            Args.exactly(name, a, k, 0);
            return PyInt.of(new java.math.BigDecimal(seconds.getAsDouble()).movePointRight(9).toBigInteger());
        });
    }

    private static double sleepLength(PyObject arg) {
        if (arg instanceof PyStr || !(arg instanceof PyInt || arg instanceof PyFloat)
                && arg.type().lookup("__float__") == null && arg.type().lookup("__index__") == null) {
            throw Errors.typeError("'" + arg.type().name() + "' object cannot be interpreted as an integer");
        }
        double seconds = Ops.toDouble(arg);
        if (Double.isNaN(seconds)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        if (seconds < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        if (Double.isInfinite(seconds)) {
            throw Errors.overflow("timestamp too large to convert to C _PyTime_t");
        }
        return seconds;
    }
}
