package looplab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import looplab.trace.LoopState;
import looplab.trace.TraceEvent;
import looplab.trace.TraceReplay;

/**
 * Where the window is in a trace: the index of the last event shown and the {@link LoopState} after it. Every
 * control (step, back, restart, end, a click on the timeline) only moves this index; what the loop looks like
 * there is always {@link TraceReplay#stateAt}, so stepping back is replaying. Plain Java, no JavaFX.
 */
public final class StageViewModel {
    /** The index before the first event: the stage before the program starts. */
    public static final int START = -1;

    private final List<Consumer<StageViewModel>> listeners = new ArrayList<>();
    private TraceReplay replay;
    private TaskPalette palette;
    private int index = START;
    private int previousIndex = START;
    private LoopState state;
    private LoopState previousState;

    public StageViewModel(TraceReplay replay) {
        load(replay);
    }

    public static StageViewModel of(List<TraceEvent> events) {
        return new StageViewModel(new TraceReplay(events));
    }

    /** Shows a new trace from its start. */
    public void load(TraceReplay newReplay) {
        replay = newReplay;
        palette = TaskPalette.of(newReplay.events());
        index = START;
        previousIndex = START;
        state = newReplay.stateAt(START);
        previousState = state;
        fireChanged();
    }

    /** Called after every move, on the caller's thread. */
    public void addListener(Consumer<StageViewModel> listener) {
        listeners.add(listener);
    }

    public TraceReplay replay() {
        return replay;
    }

    public TaskPalette palette() {
        return palette;
    }

    public int index() {
        return index;
    }

    /** The index shown before the last move, so views can tell what changed (e.g. lines printed since). */
    public int previousIndex() {
        return previousIndex;
    }

    public LoopState state() {
        return state;
    }

    /** The state shown before the last move. */
    public LoopState previousState() {
        return previousState;
    }

    /** The event just applied, or null at the start. */
    public TraceEvent currentEvent() {
        return index == START ? null : replay.event(index);
    }

    public boolean atStart() {
        return index == START;
    }

    public boolean atEnd() {
        return index == replay.end();
    }

    public void step(Grain grain) {
        jumpTo(switch (grain) {
            case LINE -> replay.nextLine(index);
            case TASK_STEP -> replay.nextTaskStep(index);
            case ITERATION -> replay.nextIteration(index);
        });
    }

    /** Back to the previous stop of {@code grain}; from the first stop (or before any), back to the start. */
    public void back(Grain grain) {
        if (index <= 0) {
            jumpTo(START);
            return;
        }
        int stop = switch (grain) {
            case LINE -> replay.previousLine(index);
            case TASK_STEP -> replay.previousTaskStep(index);
            case ITERATION -> replay.previousIteration(index);
        };
        jumpTo(stop < index && isStop(stop, grain) ? stop : START);
    }

    /** {@code previous*} answers 0 when there is no earlier stop; event 0 is a stop only if it is of that grain. */
    private boolean isStop(int candidate, Grain grain) {
        if (candidate != 0) {
            return true;
        }
        TraceEvent first = replay.event(0);
        return switch (grain) {
            case LINE -> first instanceof TraceEvent.LineExecuted;
            case TASK_STEP -> first instanceof TraceEvent.TaskStepStarted || first instanceof TraceEvent.CallbackStarted;
            case ITERATION -> first instanceof TraceEvent.IterationStarted;
        };
    }

    public void restart() {
        jumpTo(START);
    }

    public void toEnd() {
        jumpTo(replay.end());
    }

    /** Shows the state after event {@code target}, clamped into the trace. */
    public void jumpTo(int target) {
        int clamped = Math.max(START, Math.min(target, replay.end()));
        previousIndex = index;
        previousState = state;
        index = clamped;
        state = replay.stateAt(clamped);
        fireChanged();
    }

    /** Shows the last event at or before virtual time {@code seconds} (the start when none is). */
    public void jumpToTime(double seconds) {
        jumpTo(TimelinePositions.of(replay.events(), looplab.trace.Timeline.Axis.TIME).lastIndexAtOrBefore(seconds));
    }

    private void fireChanged() {
        for (Consumer<StageViewModel> listener : List.copyOf(listeners)) {
            listener.accept(this);
        }
    }
}
