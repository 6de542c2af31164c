package looplab.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import looplab.trace.TraceEvent;

/**
 * Gives each task an identity that does not rely on colour alone: one of the seven Okabe–Ito colours (safe for
 * the common colour-vision deficiencies) and, as the colours repeat, a different shape. Tasks are numbered in
 * the order the trace creates them, so a task keeps its colour and shape for the whole run.
 */
public final class TaskPalette {
    public static final List<String> OKABE_ITO =
            List.of("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7");
    /** Shapes for the 1st, 2nd, … round of colours. */
    public static final List<String> SHAPES = List.of("●", "■", "▲", "◆", "★", "✚");
    /** Callbacks that are not tasks, and tasks the trace never created. */
    public static final String NEUTRAL = "#8C8C8C";

    private final Map<Long, Integer> ordinals;

    private TaskPalette(Map<Long, Integer> ordinals) {
        this.ordinals = ordinals;
    }

    public static TaskPalette of(List<TraceEvent> events) {
        Map<Long, Integer> ordinals = new HashMap<>();
        for (TraceEvent event : events) {
            if (event instanceof TraceEvent.TaskCreated created) {
                ordinals.putIfAbsent(created.taskId(), ordinals.size());
            }
        }
        return new TaskPalette(ordinals);
    }

    public String colour(long taskId) {
        Integer ordinal = ordinals.get(taskId);
        return ordinal == null ? NEUTRAL : OKABE_ITO.get(ordinal % OKABE_ITO.size());
    }

    public String shape(long taskId) {
        Integer ordinal = ordinals.get(taskId);
        return ordinal == null ? "◇" : SHAPES.get(ordinal / OKABE_ITO.size() % SHAPES.size());
    }
}
