package looplab.ui;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import looplab.language.PythonSyntaxError;
import looplab.runtime.Runner;
import looplab.trace.TraceEvent;

/**
 * One finished run of a program, everything the window shows about it: the source that ran, its trace, what it
 * wrote, how it ended. A run that could not start says why ({@link #syntaxError} or {@link #problem}).
 *
 * @param events        the trace (empty when the engine emits none)
 * @param exitCode      as {@link Runner.Result}: 0 ok, 1 error, 3 budget; -1 when it did not run
 * @param syntaxError   set when the program did not parse
 * @param problem       set when LoopLab itself failed to run it (never the program's fault)
 * @param traceTruncated the trace hit {@link ProgramSession#MAX_EVENTS} and its tail was dropped
 */
public record ProgramRun(String source, String fileName, List<TraceEvent> events, String stdout, String stderr,
                         int exitCode, PythonSyntaxError syntaxError, String problem, boolean traceTruncated) {
    private static final Pattern BUDGET_LINE = Pattern.compile("line (\\d+)\\)");

    public boolean ranOutOfBudget() {
        return exitCode == Runner.EXIT_BUDGET;
    }

    /** The line a budget stopped the program at: the trace's last line, else the runner's message; 0 if unknown. */
    public int stoppedAtLine() {
        if (!ranOutOfBudget()) {
            return 0;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) instanceof TraceEvent.LineExecuted line) {
                return line.line();
            }
        }
        Matcher matcher = BUDGET_LINE.matcher(stderr);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** One line for the status bar. */
    public String summary() {
        if (syntaxError != null) {
            return syntaxError.kind() + " at line " + syntaxError.line() + ": " + syntaxError.message();
        }
        if (problem != null) {
            return problem;
        }
        return switch (exitCode) {
            case 0 -> "Finished (exit status 0)";
            case 1 -> "Stopped by an uncaught exception (exit status 1)";
            case Runner.EXIT_BUDGET -> "Stopped by LoopLab: the program used up its budget at line " + stoppedAtLine()
                    + " (runaway loop?). Edit it and press Run again.";
            default -> "Finished with exit status " + exitCode;
        };
    }
}
