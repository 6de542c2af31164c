package looplab.trace;

import looplab.trace.LoopState.TaskInfo;
import looplab.trace.TraceEvent.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trace drawn as rows of coloured bands: one row for the loop thread (RUNNING and BLOCKED bands), one per
 * executor worker (a RUNNING band per job), one per task (its state over time). Along the x axis either virtual
 * time (seconds) or loop iterations ({@link Axis}). Within a row segments are in order and do not overlap.
 */
public final class Timeline {

    public enum Axis {
        /** x is virtual loop time in seconds. Steps that take no virtual time are zero-width segments. */
        TIME,
        /**
         * x is the loop iteration: the events of iteration n are spread evenly over [n, n + 1), so that
         * everything that happens in one iteration gets width even when no virtual time passes.
         * Events before the first iteration (module-level code) lie in [0, 1).
         */
        ITERATION
    }

    public enum SegmentState {
        READY, RUNNING, WAITING_TIMER, WAITING_IO, WAITING_FUTURE, WAITING_PRIMITIVE, IN_EXECUTOR, DONE, CANCELLED,
        /** Loop row only: blocking code holds the loop thread. */
        BLOCKED
    }

    public enum RowKind {
        LOOP, WORKER, TASK,
        /** After {@link #aggregated}: how many tasks are in one state; each segment's {@code count} says. */
        TASK_STATE_COUNT
    }

    /** A band [start, end) on a row; {@code count} is 1 except on TASK_STATE_COUNT rows. */
    public record Segment(double start, double end, SegmentState state, String label, int count) {
    }

    /** {@code taskId} is -1 except on TASK rows. */
    public record Row(RowKind kind, String title, long taskId, List<Segment> segments) {
    }

    private final Axis axis;
    private final double start;
    private final double end;
    private final Row loopRow;
    private final List<Row> workerRows;
    private final List<Row> taskRows;

    private Timeline(Axis axis, double start, double end, Row loopRow, List<Row> workerRows, List<Row> taskRows) {
        this.axis = axis;
        this.start = start;
        this.end = end;
        this.loopRow = loopRow;
        this.workerRows = workerRows;
        this.taskRows = taskRows;
    }

    public static Timeline of(List<TraceEvent> events, Axis axis) {
        return new TimelineBuilder(events, axis).build();
    }

    public Axis axis() {
        return axis;
    }

    public double start() {
        return start;
    }

    public double end() {
        return end;
    }

    public Row loopRow() {
        return loopRow;
    }

    public List<Row> workerRows() {
        return workerRows;
    }

    /** One row per task (in creation order), or per task state after {@link #aggregated}. */
    public List<Row> taskRows() {
        return taskRows;
    }

    /** Loop row, then worker rows, then task rows. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(loopRow);
        rows.addAll(workerRows);
        rows.addAll(taskRows);
        return rows;
    }

    /**
     * This timeline, or when it has more than {@code maxTaskRows} task rows, one with them collapsed into one
     * TASK_STATE_COUNT row per state: each segment is a stretch where {@code count} tasks were in that state.
     * Zero-width task segments (steps taking no virtual time on the TIME axis) do not show in the counts.
     */
    public Timeline aggregated(int maxTaskRows) {
        if (taskRows.size() <= maxTaskRows) {
            return this;
        }
        Map<SegmentState, List<Segment>> byState = new EnumMap<>(SegmentState.class);
        for (Row row : taskRows) {
            for (Segment segment : row.segments()) {
                byState.computeIfAbsent(segment.state(), s -> new ArrayList<>()).add(segment);
            }
        }
        List<Row> counted = new ArrayList<>();
        byState.forEach((state, segments) -> {
            List<Segment> counts = counts(state, segments);
            if (!counts.isEmpty()) {
                counted.add(new Row(RowKind.TASK_STATE_COUNT, state.name(), -1, counts));
            }
        });
        return new Timeline(axis, start, end, loopRow, workerRows, List.copyOf(counted));
    }

    /** A sweep over the segments' ends: the number of segments covering each stretch of x, merged when equal. */
    private static List<Segment> counts(SegmentState state, List<Segment> segments) {
        Map<Double, Integer> deltas = new LinkedHashMap<>();
        for (Segment segment : segments) {
            deltas.merge(segment.start(), 1, Integer::sum);
            deltas.merge(segment.end(), -1, Integer::sum);
        }
        List<Map.Entry<Double, Integer>> points = new ArrayList<>(deltas.entrySet());
        points.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        List<Segment> counts = new ArrayList<>();
        int count = 0;
        for (int i = 0; i + 1 < points.size(); i++) {
            count += points.get(i).getValue();
            double from = points.get(i).getKey();
            double to = points.get(i + 1).getKey();
            if (count > 0) {
                addCount(counts, new Segment(from, to, state, count + " " + state.name(), count));
            }
        }
        return List.copyOf(counts);
    }

    private static void addCount(List<Segment> counts, Segment segment) {
        int last = counts.size() - 1;
        if (last >= 0 && counts.get(last).count() == segment.count() && counts.get(last).end() == segment.start()) {
            Segment merged = counts.get(last);
            counts.set(last, new Segment(merged.start(), segment.end(), merged.state(), merged.label(), merged.count()));
        } else {
            counts.add(segment);
        }
    }

    /** Walks the trace once, replaying task states through {@link LoopStateBuilder} so they mean what they mean there. */
    private static final class TimelineBuilder {
        private final List<TraceEvent> events;
        private final Axis axis;
        private final double[] x;
        private final LoopStateBuilder replay = LoopStateBuilder.forTaskStates();
        private final RowBuilder loop = new RowBuilder(RowKind.LOOP, "MainThread (event loop)", -1);
        private final Map<String, RowBuilder> workers = new LinkedHashMap<>();
        private final Map<Long, RowBuilder> tasks = new LinkedHashMap<>();
        private String runningLabel;

        TimelineBuilder(List<TraceEvent> events, Axis axis) {
            this.events = events;
            this.axis = axis;
            this.x = axis == Axis.TIME ? timePositions(events) : iterationPositions(events);
        }

        Timeline build() {
            for (int i = 0; i < events.size(); i++) {
                TraceEvent event = events.get(i);
                replay.apply(event);
                onLoopThread(event, x[i]);
                onWorker(event, x[i]);
                onTask(event, x[i]);
            }
            double start = x.length == 0 ? 0 : x[0];
            double end = x.length == 0 ? 0 : x[x.length - 1];
            return new Timeline(axis, start, end, loop.build(end),
                    workers.values().stream().map(w -> w.build(end)).toList(),
                    tasks.values().stream().map(t -> t.build(end)).toList());
        }

        private void onLoopThread(TraceEvent event, double at) {
            if (event instanceof TaskStepStarted step) {
                TaskInfo task = replay.taskInfo(step.taskId());
                runningLabel = task == null ? "Task " + step.taskId() : task.name();
                loop.enter(at, SegmentState.RUNNING, runningLabel);
            } else if (event instanceof CallbackStarted callback) {
                runningLabel = callback.callback();
                loop.enter(at, SegmentState.RUNNING, runningLabel);
            } else if (event instanceof TaskStepEnded || event instanceof CallbackEnded) {
                runningLabel = null;
                loop.leave(at);
            } else if (event instanceof LoopBlocked blocked) {
                loop.enter(at, SegmentState.BLOCKED, "blocked at line " + blocked.line());
            } else if (event instanceof ClockAdvanced clock && clock.reason() == ClockReason.BLOCKING_CALL) {
                if (runningLabel != null) {
                    loop.enter(at, SegmentState.RUNNING, runningLabel);
                } else {
                    loop.leave(at);
                }
            }
        }

        private void onWorker(TraceEvent event, double at) {
            if (event instanceof ExecutorJobStarted job) {
                LoopState.Worker worker = replay.worker(job.worker());
                String function = worker == null || worker.job() == null ? "job " + job.jobId() : worker.job().function();
                worker(job.worker()).enter(at, SegmentState.RUNNING, function);
            } else if (event instanceof ExecutorJobFinished job) {
                worker(job.worker()).leave(at);
            }
        }

        private RowBuilder worker(String name) {
            return workers.computeIfAbsent(name, n -> new RowBuilder(RowKind.WORKER, n, -1));
        }

        private void onTask(TraceEvent event, double at) {
            long taskId = affectedTask(event);
            TaskInfo task = taskId < 0 ? null : replay.taskInfo(taskId);
            if (task == null) {
                return;
            }
            RowBuilder row = tasks.computeIfAbsent(taskId,
                    id -> new RowBuilder(RowKind.TASK, task.name() + " " + task.coroutine(), id));
            SegmentState state = segmentState(task);
            if (state != row.state) {
                row.enter(at, state, task.state() == LoopState.TaskState.DONE ? task.outcomeSummary() : task.awaitingLabel());
            }
        }

        /** The task whose state {@code event} may change, or -1. */
        private static long affectedTask(TraceEvent event) {
            if (event instanceof TaskCreated e) return e.taskId();
            if (event instanceof HandleScheduled e) return e.taskId();
            if (event instanceof TaskStepStarted e) return e.taskId();
            if (event instanceof TaskStepEnded e) return e.taskId();
            if (event instanceof TaskSuspended e) return e.taskId();
            if (event instanceof TaskDone e) return e.taskId();
            return -1;
        }

        private static SegmentState segmentState(TaskInfo task) {
            switch (task.state()) {
                case CREATED:
                case READY:
                    return SegmentState.READY;
                case RUNNING:
                    return SegmentState.RUNNING;
                case DONE:
                    return task.isCancelled() ? SegmentState.CANCELLED : SegmentState.DONE;
                default:
                    return waitingState(task.awaiting());
            }
        }

        private static SegmentState waitingState(WaitReason reason) {
            if (reason == null) {
                return SegmentState.WAITING_FUTURE;
            }
            switch (reason.kind()) {
                case TIMER:
                    return SegmentState.WAITING_TIMER;
                case IO:
                    return SegmentState.WAITING_IO;
                case EXECUTOR:
                    return SegmentState.IN_EXECUTOR;
                case FUTURE:
                case TASK:
                    return SegmentState.WAITING_FUTURE;
                default:
                    return SegmentState.WAITING_PRIMITIVE;
            }
        }
    }

    private static double[] timePositions(List<TraceEvent> events) {
        return events.stream().mapToDouble(TraceEvent::time).toArray();
    }

    /** Iteration n's events at n + k/m (k-th of m); events before the first iteration in [0, 1). */
    private static double[] iterationPositions(List<TraceEvent> events) {
        double[] x = new double[events.size()];
        int blockStart = 0;
        int iteration = 0;
        for (int i = 0; i <= events.size(); i++) {
            boolean blockEnds = i == events.size() || events.get(i) instanceof IterationStarted;
            if (blockEnds && i > blockStart) {
                spread(x, blockStart, i, iteration);
            }
            if (blockEnds && i < events.size()) {
                blockStart = i;
                iteration = ((IterationStarted) events.get(i)).iteration();
            }
        }
        return x;
    }

    private static void spread(double[] x, int from, int to, int iteration) {
        int count = to - from;
        for (int k = 0; k < count; k++) {
            x[from + k] = iteration + (double) k / count;
        }
    }

    /** Collects one row's segments: entering a state closes the open segment. */
    private static final class RowBuilder {
        private final RowKind kind;
        private final String title;
        private final long taskId;
        private final List<Segment> segments = new ArrayList<>();
        private SegmentState state;
        private String label;
        private double since;

        RowBuilder(RowKind kind, String title, long taskId) {
            this.kind = kind;
            this.title = title;
            this.taskId = taskId;
        }

        void enter(double at, SegmentState newState, String newLabel) {
            leave(at);
            state = newState;
            label = newLabel;
            since = at;
        }

        void leave(double at) {
            if (state != null) {
                segments.add(new Segment(since, at, state, label, 1));
            }
            state = null;
        }

        Row build(double end) {
            leave(Math.max(end, since));
            return new Row(kind, title, taskId, List.copyOf(segments));
        }
    }
}
