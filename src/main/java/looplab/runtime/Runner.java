package looplab.runtime;

import java.util.concurrent.atomic.AtomicReference;

import looplab.language.PythonSyntaxError;
import looplab.trace.TraceSink;
import looplab.vm.ExceptionTypes;
import looplab.vm.ExecutionStopped;
import looplab.vm.Interpreter;
import looplab.vm.PyBaseException;
import looplab.vm.PyCode;
import looplab.vm.PyException;
import looplab.vm.PyInt;
import looplab.vm.PyModule;
import looplab.vm.PyNone;
import looplab.vm.Program;
import looplab.vm.Tracebacks;

/**
 * Runs one whole Python program, the way {@code python3 main.py} would: the single entry point that the
 * command line, the window and the tests share.
 */
public final class Runner {
    /** Exit status of a program stopped by its instruction or virtual-time budget. */
    public static final int EXIT_BUDGET = 3;
    /** Python frames may nest 1000 deep; each needs a few Java frames, so the VM thread gets a large stack. */
    private static final long VM_STACK_BYTES = 512L * 1024 * 1024;

    /**
     * @param maxInstructions instruction budget (VM instructions), 0 for the default
     * @param maxVirtualTime  virtual seconds the loop may reach before the run is stopped, 0 for no limit
     */
    public record Options(long maxInstructions, double maxVirtualTime, TraceSink trace) {
        public static Options defaults() {
            return new Options(0, 0, TraceSink.NONE);
        }
    }

    /** What the program ended with: its exit status (0 ok, 1 uncaught exception or syntax error, 3 budget). */
    public record Result(int exitCode) {
    }

    private Runner() {
    }

    public static Result run(String source, String fileName, Options options, OutputSink out) {
        AtomicReference<Result> result = new AtomicReference<>();
        Thread vm = new Thread(null, () -> result.set(runGuarded(source, fileName, options, out)), "looplab-vm",
                VM_STACK_BYTES);
        vm.start();
        try {
            vm.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(EXIT_BUDGET);
        }
        return result.get();
    }

    /**
     * A failure of LoopLab itself (never of the program) is reported as one Python-style line, not a Java stack
     * trace, and the run ends with exit status 1.
     */
    private static Result runGuarded(String source, String fileName, Options options, OutputSink out) {
        try {
            return runHere(source, fileName, options, out);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            out.stderr("SystemError: LoopLab internal error while running this program (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")\n");
            return new Result(1);
        }
    }

    /** Runs on the calling thread (which must have a large stack). */
    static Result runHere(String source, String fileName, Options options, OutputSink out) {
        Interpreter interp = new Interpreter();
        interp.setOutput((stderr, text) -> {
            if (stderr) {
                out.stderr(text);
            } else {
                out.stdout(text);
            }
        });
        interp.setInstructionBudget(options.maxInstructions());
        interp.clock().attach(interp);
        AsyncioRuntime runtime = StandardModules.install(interp, options);
        interp.sources.add(fileName, source);
        Result result = execute(interp, source, fileName, out);
        runtime.trace().programEnded(result.exitCode(), endMessage(result));
        return result;
    }

    private static String endMessage(Result result) {
        return switch (result.exitCode()) {
            case 0 -> "finished";
            case EXIT_BUDGET -> "stopped by its budget";
            default -> "ended with an error";
        };
    }

    private static Result execute(Interpreter interp, String source, String fileName, OutputSink out) {
        PyCode code;
        try {
            code = Program.compile(source, fileName);
        } catch (PythonSyntaxError e) {
            out.stderr(e.format(fileName));
            return new Result(1);
        }
        PyModule main = new PyModule("__main__");
        main.dict.put("__file__", looplab.vm.PyStr.of(fileName));
        interp.modules.add(main);
        try {
            interp.runModule(code, main);
            return new Result(0);
        } catch (PyException e) {
            return uncaught(e.value, interp, out);
        } catch (ExecutionStopped e) {
            out.stderr("LoopLab stopped the program: " + e.getMessage() + " (" + e.fileName + ", line " + e.line + ")\n");
            return new Result(EXIT_BUDGET);
        }
    }

    private static Result uncaught(PyBaseException exc, Interpreter interp, OutputSink out) {
        if (exc.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
            return systemExit(exc, out);
        }
        out.stderr(Tracebacks.format(exc, interp.sources));
        return new Result(1);
    }

    /** SystemExit: exit with its code; a non-integer code is printed to stderr and exits 1, as CPython does. */
    private static Result systemExit(PyBaseException exc, OutputSink out) {
        var code = exc.lookupAttr("code");
        if (code == null || code == PyNone.NONE) {
            return new Result(0);
        }
        if (code instanceof PyInt i) {
            return new Result((int) (i.isBig() ? 1 : i.value & 0xFF));
        }
        out.stderr(code.str() + "\n");
        return new Result(1);
    }
}
