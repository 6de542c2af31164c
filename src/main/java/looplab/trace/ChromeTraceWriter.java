package looplab.trace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import looplab.trace.TraceEvent.*;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a trace in the Chrome Trace Event format ({@code {"traceEvents": [...]}}), which Perfetto and
 * {@code chrome://tracing} open: one track per task, one for the loop thread, one per executor worker.
 * Task steps, callbacks, executor jobs and blocked-loop bands are "X" (complete) events; prints, cancellations and
 * task completions are "i" (instant) events. Timestamps are microseconds of virtual time, with one adjustment:
 * a step or job that takes no virtual time is given {@value #MIN_DURATION_US} µs so that it can be seen and
 * clicked, and everything after it is pushed back by as much (see docs/trace.md).
 */
public final class ChromeTraceWriter {
    static final long MIN_DURATION_US = 10;
    private static final int PID = 1;
    private static final int LOOP_TID = 1;

    private final ObjectMapper json = TraceJson.mapper();
    private final ArrayNode out = json.createArrayNode();
    private final Map<String, Integer> tids = new LinkedHashMap<>();
    private final Map<Long, String> taskNames = new HashMap<>();
    private final Map<Long, ExecutorJobSubmitted> jobs = new HashMap<>();
    private final Map<Long, Long> openStarts = new HashMap<>();
    /** The latest FramesChanged of each task (by id) and each worker (by name), shown in the args of its band. */
    private final Map<Object, FramesChanged> frames = new HashMap<>();
    /** The line each task and worker last started: the innermost frame's line, which FramesChanged leaves out. */
    private final Map<Object, Integer> lines = new HashMap<>();
    private long previousTs;
    private long runningStartTs;
    private String runningName;
    private long blockedStartTs;
    private LoopBlocked blocked;

    private ChromeTraceWriter() {
    }

    public static ObjectNode toJson(List<TraceEvent> events) {
        return new ChromeTraceWriter().convert(events);
    }

    public static void write(List<TraceEvent> events, Writer out) throws IOException {
        ObjectNode trace = toJson(events);
        TraceJson.mapper().writeValue(out, trace);
    }

    public static void write(List<TraceEvent> events, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(events, out);
        }
    }

    private ObjectNode convert(List<TraceEvent> events) {
        track("loop", "MainThread (event loop)", 0);
        for (TraceEvent event : events) {
            long ts = displayTs(event);
            convert(event, ts);
            previousTs = ts;
        }
        ObjectNode trace = json.createObjectNode();
        trace.set("traceEvents", out);
        trace.put("displayTimeUnit", "ms");
        return trace;
    }

    /**
     * Virtual time in µs, never before the previous event, and at least {@link #MIN_DURATION_US} after the start
     * of the step or job that this event ends.
     */
    private long displayTs(TraceEvent event) {
        long ts = Math.max(Math.round(event.time() * 1_000_000), previousTs);
        if (event instanceof TaskStepEnded || event instanceof CallbackEnded) {
            ts = Math.max(ts, runningStartTs + MIN_DURATION_US);
        } else if (event instanceof ExecutorJobFinished job && openStarts.containsKey(job.jobId())) {
            ts = Math.max(ts, openStarts.get(job.jobId()) + MIN_DURATION_US);
        }
        return ts;
    }

    private void convert(TraceEvent event, long ts) {
        if (event instanceof TaskCreated e) {
            taskNames.put(e.taskId(), e.name());
            track("task " + e.taskId(), e.name() + " " + e.coroutine(), 10_000 + e.taskId());
        } else if (event instanceof TaskStepStarted e) {
            runningStartTs = ts;
            runningName = taskName(e.taskId());
        } else if (event instanceof TaskStepEnded e) {
            complete(LOOP_TID, runningName, "step", runningStartTs, ts).put("taskId", e.taskId());
            ObjectNode args = complete(taskTid(e.taskId()), "step", "step", runningStartTs, ts).put("taskId", e.taskId());
            putFrames(args, frames.get(e.taskId()), lines.get(e.taskId()));
        } else if (event instanceof CallbackStarted e) {
            runningStartTs = ts;
            runningName = e.callback();
        } else if (event instanceof CallbackEnded e) {
            complete(LOOP_TID, runningName, "callback", runningStartTs, ts).put("handleId", e.handleId());
        } else if (event instanceof LoopBlocked e) {
            blocked = e;
            blockedStartTs = ts;
        } else if (event instanceof ClockAdvanced e && e.reason() == ClockReason.BLOCKING_CALL && blocked != null) {
            complete(LOOP_TID, "blocked at line " + blocked.line(), "blocked", blockedStartTs, ts)
                    .put("line", blocked.line());
            blocked = null;
        } else if (event instanceof ExecutorJobSubmitted e) {
            jobs.put(e.jobId(), e);
        } else if (event instanceof ExecutorJobStarted e) {
            workerTid(e.worker());
            openStarts.put(e.jobId(), ts);
        } else if (event instanceof ExecutorJobFinished e) {
            convertJobFinished(e, ts);
        } else if (event instanceof OutputPrinted e) {
            instant(tidOfTask(e.taskId()), "print", "output", ts).put("text", e.text()).put("stream",
                    e.stream().name().toLowerCase());
        } else if (event instanceof CancellationRequested e) {
            ObjectNode args = instant(taskTid(e.taskId()), "cancel()", "cancellation", ts);
            args.put("message", e.message());
        } else if (event instanceof CancellationDelivered e) {
            instant(taskTid(e.taskId()), "CancelledError delivered", "cancellation", ts).put("line", e.line());
        } else if (event instanceof FramesChanged e) {
            frames.put(owner(e.taskId(), e.threadName()), e);
        } else if (event instanceof LineExecuted e) {
            lines.put(owner(e.taskId(), e.threadName()), e.line());
        } else if (event instanceof TaskDone e) {
            instant(taskTid(e.taskId()), "done: " + e.outcome().name(), "task", ts).put("text", e.text());
        }
    }

    private void convertJobFinished(ExecutorJobFinished e, long ts) {
        Long start = openStarts.remove(e.jobId());
        ExecutorJobSubmitted job = jobs.get(e.jobId());
        int tid = workerTid(e.worker());
        String name = job == null ? "job " + e.jobId() : job.function();
        ObjectNode args = complete(tid, name, "executor", start == null ? ts : start, ts).put("jobId", e.jobId())
                .put("ok", e.ok());
        putFrames(args, frames.remove(e.worker()), lines.remove(e.worker()));
    }

    /** Where the step or job stopped: {@code "stack": "main:14 > fetch:7"} and the innermost frame's locals. */
    private static void putFrames(ObjectNode args, FramesChanged latest, Integer line) {
        if (latest == null) {
            return;
        }
        StringBuilder stack = new StringBuilder();
        for (CallFrame frame : latest.stack()) {
            int shown = frame == latest.innermost() && line != null ? line : frame.line();
            stack.append(stack.isEmpty() ? "" : " > ").append(frame.function()).append(':').append(shown);
        }
        args.put("stack", stack.toString());
        ObjectNode locals = args.putObject("locals");
        latest.locals().forEach(locals::put);
    }

    /** Frames and lines belong to a task, or (task -1) to the executor worker that runs them. */
    private static Object owner(long taskId, String threadName) {
        return taskId >= 0 ? taskId : threadName;
    }

    private String taskName(long taskId) {
        return taskNames.getOrDefault(taskId, "Task " + taskId);
    }

    private int taskTid(long taskId) {
        return track("task " + taskId, taskName(taskId), 10_000 + taskId);
    }

    private int workerTid(String worker) {
        return track("worker " + worker, worker, 1_000 + tids.size());
    }

    private int tidOfTask(long taskId) {
        return taskId < 0 ? LOOP_TID : taskTid(taskId);
    }

    /** The tid of the track called {@code key}, declaring it (thread_name, thread_sort_index) on first use. */
    private int track(String key, String threadName, long sortIndex) {
        Integer known = tids.get(key);
        if (known != null) {
            return known;
        }
        int tid = tids.size() + 1;
        tids.put(key, tid);
        metadata(tid, "thread_name").put("name", threadName);
        metadata(tid, "thread_sort_index").put("sort_index", sortIndex);
        return tid;
    }

    private ObjectNode metadata(int tid, String name) {
        ObjectNode event = out.addObject();
        event.put("name", name).put("ph", "M").put("pid", PID).put("tid", tid);
        return event.putObject("args");
    }

    /** Adds an "X" event and returns its args object. */
    private ObjectNode complete(int tid, String name, String category, long startTs, long endTs) {
        ObjectNode event = out.addObject();
        event.put("name", name).put("cat", category).put("ph", "X")
                .put("ts", startTs).put("dur", endTs - startTs).put("pid", PID).put("tid", tid);
        return event.putObject("args");
    }

    /** Adds a thread-scoped "i" event and returns its args object. */
    private ObjectNode instant(int tid, String name, String category, long ts) {
        ObjectNode event = out.addObject();
        event.put("name", name).put("cat", category).put("ph", "i").put("s", "t")
                .put("ts", ts).put("pid", PID).put("tid", tid);
        return event.putObject("args");
    }
}
