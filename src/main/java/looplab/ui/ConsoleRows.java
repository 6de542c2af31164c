package looplab.ui;

import java.util.ArrayList;
import java.util.List;
import looplab.trace.LoopState;
import looplab.trace.LoopState.ConsoleLine;
import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.Stream;

/**
 * The console at one moment, as rows of text with the virtual time each was printed: what the program printed up
 * to the event shown, with the rows printed by the last move marked fresh. Text written outside the trace
 * (a traceback, LoopLab's budget message, or everything when the engine records no trace) is added at the end
 * of the run with no time. Plain Java, no JavaFX.
 *
 * <p>An instance keeps the rows it made for one run: a step re-shows every line printed so far, and a program that
 * printed 10,000 lines would otherwise have them all formatted again, and compared as new, at every step.
 */
public final class ConsoleRows {
    /** One line of output; {@code time} is empty for text the trace did not time. */
    public record Row(String time, String text, boolean stderr, boolean fresh) {
    }

    /** The run the rows were made for: another run (another object, even if equal) starts afresh. */
    private ProgramRun madeFor;
    /** The console lines rows were made for, in order, and the (not fresh) rows of each. */
    private final List<ConsoleLine> linesMade = new ArrayList<>();
    private final List<List<Row>> rowsMade = new ArrayList<>();

    /** The rows at the model's moment, made afresh (for tests; the window keeps one instance per run). */
    public static List<Row> of(StageViewModel model, ProgramRun run) {
        return new ConsoleRows().rows(model, run);
    }

    public List<Row> rows(StageViewModel model, ProgramRun run) {
        if (run != madeFor) {
            madeFor = run;
            linesMade.clear();
            rowsMade.clear();
        }
        LoopState state = model.state();
        List<Row> rows = new ArrayList<>();
        int fresh = freshFrom(model);
        List<ConsoleLine> console = state.console();
        for (int i = 0; i < console.size(); i++) {
            ConsoleLine line = console.get(i);
            if (i >= fresh) {
                addLines(rows, StageLanes.seconds(line.time()), line.text(), line.stream() == Stream.STDERR, true);
            } else {
                rows.addAll(settledRows(i, line));
            }
        }
        if (run != null && (model.atEnd() || run.events().isEmpty())) {
            addUntraced(rows, run, console);
        }
        return rows;
    }

    /** The rows of console line {@code i}, not fresh: the ones made at an earlier step if it was the same line. */
    private List<Row> settledRows(int i, ConsoleLine line) {
        if (i < linesMade.size() && linesMade.get(i).equals(line)) {
            return rowsMade.get(i);
        }
        if (i < linesMade.size()) {
            // Another line at this place (a re-run, or lines made after a step back that differ): forget from here.
            linesMade.subList(i, linesMade.size()).clear();
            rowsMade.subList(i, rowsMade.size()).clear();
        }
        List<Row> made = new ArrayList<>(1);
        addLines(made, StageLanes.seconds(line.time()), line.text(), line.stream() == Stream.STDERR, false);
        if (i == linesMade.size()) {
            linesMade.add(line);
            rowsMade.add(made);
        }
        return made;
    }

    /** Index of the first console line printed by the last move forward (or, stepping back, at this event). */
    private static int freshFrom(StageViewModel model) {
        int now = model.state().console().size();
        if (model.index() > model.previousIndex()) {
            return Math.min(now, model.previousState().console().size());
        }
        return model.currentEvent() instanceof TraceEvent.OutputPrinted ? now - 1 : now;
    }

    private static void addUntraced(List<Row> rows, ProgramRun run, List<ConsoleLine> console) {
        boolean tracedStdout = console.stream().anyMatch(line -> line.stream() == Stream.STDOUT);
        boolean tracedStderr = console.stream().anyMatch(line -> line.stream() == Stream.STDERR);
        if (!tracedStdout && run.events().isEmpty()) {
            addLines(rows, "", run.stdout(), false, false);
        }
        if (!tracedStderr) {
            addLines(rows, "", run.stderr(), true, false);
        }
    }

    private static void addLines(List<Row> rows, String time, String text, boolean stderr, boolean fresh) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) {
            rows.add(new Row(time, line, stderr, fresh));
        }
    }
}
