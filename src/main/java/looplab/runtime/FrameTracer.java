package looplab.runtime;

import looplab.trace.CallFrame;
import looplab.trace.TraceEmitter;
import looplab.vm.Frame;
import looplab.vm.PyGenerator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the trace what a debugger would show of a task or an executor job: its call stack and the innermost
 * frame's locals ({@code FramesChanged}). Only installed when tracing, so a run without a trace never pays for
 * it; and only a change is emitted (a moving innermost line is already told by {@code LineExecuted}).
 */
final class FrameTracer {
    private static final String MODULE_CODE = "<module>";
    private final TraceEmitter trace;
    /** The last state told for each task (by task number) and each worker thread (by thread name). */
    private final Map<Object, Told> told = new HashMap<>();

    /** What a {@code FramesChanged} said, with the innermost line left out. */
    private record Told(List<CallFrame> callers, String function, Map<String, String> locals) {
    }

    FrameTracer(TraceEmitter trace) {
        this.trace = trace;
    }

    /** A line is about to run in {@code frame}: inside a task's step, or in an executor job on a worker thread. */
    synchronized void lineStarting(Frame frame, int line, Task task, String threadName) {
        if (task != null) {
            Frame root = task.coro instanceof PyGenerator g ? g.frame : null;
            tell(task.number, task.number, threadName, runningStack(frame, root), line);
        } else if (WorkerThread.current() != null) {
            tell(threadName, -1, threadName, runningStack(frame, null), line);
        }
    }

    /** The task's step ended with its coroutine suspended at an await, or returned. */
    synchronized void stepEnded(Task task, String threadName) {
        if (!(task.coro instanceof PyGenerator coroutine)) {
            return;
        }
        List<Frame> frames = new ArrayList<>();
        for (PyGenerator g = coroutine; g != null; g = g.awaitedGenerator()) {
            frames.add(g.frame);
        }
        tell(task.number, task.number, threadName, frames, frames.get(frames.size() - 1).line());
    }

    /** A worker finished its job: its next job starts from an empty stack. */
    synchronized void jobFinished(String threadName) {
        told.remove(threadName);
    }

    /** The frames from the task's coroutine (or the job's function) down to {@code innermost}, outermost first. */
    private static List<Frame> runningStack(Frame innermost, Frame root) {
        List<Frame> frames = new ArrayList<>();
        for (Frame f = innermost; f != null && !f.code.name.equals(MODULE_CODE); f = f.back) {
            frames.add(f);
            if (f == root) {
                break;
            }
        }
        Collections.reverse(frames);
        return frames;
    }

    /** A running frame's own line is not stored yet when a line starts: {@code innermostLine} is that line. */
    private void tell(Object owner, long taskId, String threadName, List<Frame> frames, int innermostLine) {
        if (frames.isEmpty()) {
            return;
        }
        Frame innermost = frames.get(frames.size() - 1);
        List<CallFrame> stack = new ArrayList<>(frames.size());
        for (Frame f : frames) {
            stack.add(new CallFrame(f.code.qualname, f == innermost ? innermostLine : f.line()));
        }
        Map<String, String> locals = innermost.localReprs();
        Told now = new Told(stack.subList(0, stack.size() - 1), stack.get(stack.size() - 1).function(), locals);
        if (!now.equals(told.get(owner))) {
            told.put(owner, now);
            trace.framesChanged(taskId, threadName, stack, locals);
        }
    }
}
