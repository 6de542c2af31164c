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
 */
public final class ConsoleRows {
    /** One line of output; {@code time} is empty for text the trace did not time. */
    public record Row(String time, String text, boolean stderr, boolean fresh) {
    }

    private ConsoleRows() {
    }

    public static List<Row> of(StageViewModel model, ProgramRun run) {
        LoopState state = model.state();
        List<Row> rows = new ArrayList<>();
        int fresh = freshFrom(model);
        List<ConsoleLine> console = state.console();
        for (int i = 0; i < console.size(); i++) {
            ConsoleLine line = console.get(i);
            addLines(rows, StageLanes.seconds(line.time()), line.text(), line.stream() == Stream.STDERR, i >= fresh);
        }
        if (run != null && (model.atEnd() || run.events().isEmpty())) {
            addUntraced(rows, run, console);
        }
        return rows;
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
