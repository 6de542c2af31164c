package looplab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import looplab.runtime.Runner;
import looplab.trace.TraceSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code looplab run FILE.py}: runs a program headless, like {@code python3 FILE.py}, and exits with the
 * program's status. Loads no JavaFX class, so it works without a display.
 */
@Command(name = "run",
        description = "Runs a Python program without a window, like python3 FILE.py.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the program finished",
            "1:uncaught exception or syntax error (traceback on stderr)",
            "2:the file could not be opened, or bad command-line options",
            "3:the instruction or virtual-time budget ran out",
            "70:internal error in LoopLab itself"})
public final class RunCommand implements Callable<Integer> {
    /** As python3 does for a file it cannot open. */
    static final int EXIT_CANNOT_OPEN = 2;
    static final int EXIT_SYNTAX_ERROR = 1;
    /** sysexits.h's EX_SOFTWARE: the program did not fail, LoopLab did. */
    public static final int EXIT_INTERNAL_ERROR = 70;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.py", description = "the Python program to run")
    private Path file;

    @Option(names = "--max-instructions", paramLabel = "N",
            description = "stop after N interpreter instructions (exit status 3); 0 = the engine's default budget")
    private long maxInstructions;

    @Option(names = "--max-time", paramLabel = "SECONDS",
            description = "stop once the event loop's virtual clock passes SECONDS (exit status 3); 0 = no limit")
    private double maxVirtualTime;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "write every event of the run (tasks, queues, timers, clock, output) to FILE")
    private Path traceFile;

    @Option(names = "--trace-format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (one JSON object per event, docs/trace.md) or chrome (Chrome Trace Event JSON for"
                    + " Perfetto and chrome://tracing); default: ${DEFAULT-VALUE}")
    private String traceFormat;

    private final ProgramEngine engine;

    public RunCommand(ProgramEngine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() {
        checkBudgets();
        // python3 names the program by its absolute, unnormalised path, in tracebacks and in errors.
        Path program = file.toAbsolutePath();
        String source;
        try {
            source = ProgramFile.read(program);
        } catch (ProgramFile.CannotOpen e) {
            err().println("looplab: " + e.getMessage());
            return EXIT_CANNOT_OPEN;
        } catch (ProgramFile.NotUtf8 e) {
            err().println(e.getMessage());
            return EXIT_SYNTAX_ERROR;
        }
        return execute(source, program.toString());
    }

    /** The budgets the command line asked for, as the engine takes them. */
    Runner.Options options() {
        return options(TraceSink.NONE);
    }

    Runner.Options options(TraceSink trace) {
        return new Runner.Options(maxInstructions, maxVirtualTime, trace);
    }

    private TraceOutput.Format traceFormat() {
        return switch (traceFormat.toLowerCase(java.util.Locale.ROOT)) {
            case "jsonl", "json-lines" -> TraceOutput.Format.JSONL;
            case "chrome" -> TraceOutput.Format.CHROME;
            default -> throw new ParameterException(spec.commandLine(),
                    "--trace-format must be jsonl or chrome, not " + traceFormat);
        };
    }

    private int execute(String source, String fileName) {
        TraceOutput.Format format = traceFormat();
        try (TraceOutput trace = TraceOutput.open(traceFile, format)) {
            return engine.run(source, fileName, options(trace.sink()), new StreamOutputSink(out(), err())).exitCode();
        } catch (java.io.IOException e) {
            err().println("looplab: cannot write the trace to " + traceFile + ": " + e.getMessage());
            return EXIT_CANNOT_OPEN;
        } catch (RuntimeException e) {
            // The program's own errors arrive as tracebacks through the sink; anything thrown is LoopLab's bug.
            err().println("looplab: internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return EXIT_INTERNAL_ERROR;
        }
    }

    private void checkBudgets() {
        if (maxInstructions < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--max-instructions must be 0 or more, not " + maxInstructions);
        }
        if (maxVirtualTime < 0 || Double.isNaN(maxVirtualTime) || Double.isInfinite(maxVirtualTime)) {
            throw new ParameterException(spec.commandLine(),
                    "--max-time must be a number of seconds, 0 or more, not " + maxVirtualTime);
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
