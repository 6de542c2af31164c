package looplab.runtime;

import looplab.trace.CallFrame;
import looplab.trace.TraceEmitter;
import looplab.vm.Frame;
import looplab.vm.PyBytes;
import looplab.vm.PyFloat;
import looplab.vm.PyGenerator;
import looplab.vm.PyInt;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyStr;
import looplab.vm.SafeRepr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /**
     * What a {@code FramesChanged} said (with the innermost line left out), and the frames, outer lines and
     * local values it was made from: a line that finds those unchanged tells nothing, without making a repr.
     */
    private record Told(List<CallFrame> callers, String function, Map<String, String> locals,
                        List<Frame> frames, int[] outerLines, PyObject[] values, String[] valueReprs) {
        boolean saysTheSameAs(Told other) {
            return other != null && callers.equals(other.callers) && function.equals(other.function)
                    && locals.equals(other.locals);
        }

        /** Same frames at the same outer lines, holding the same values, each with a repr that cannot change. */
        boolean sameState(List<Frame> nowFrames, int[] nowOuterLines, PyObject[] nowValues) {
            if (nowFrames.size() != frames.size() || !Arrays.equals(nowOuterLines, outerLines)
                    || nowValues.length != values.length) {
                return false;
            }
            for (int i = 0; i < frames.size(); i++) {
                if (nowFrames.get(i) != frames.get(i)) {
                    return false;
                }
            }
            for (int i = 0; i < values.length; i++) {
                if (nowValues[i] != values[i] || nowValues[i] != null && !hasFixedRepr(nowValues[i])) {
                    return false;
                }
            }
            return true;
        }

        /** The repr told for slot i when it still holds that value and that repr cannot have changed, or null. */
        String reprStillTrue(int slot, PyObject value) {
            boolean same = slot < values.length && values[slot] == value && hasFixedRepr(value);
            return same ? valueReprs[slot] : null;
        }
    }

    /** Values whose repr is the same as long as they are the same object: immutable, and holding nothing. */
    private static boolean hasFixedRepr(PyObject value) {
        return value instanceof PyInt || value instanceof PyStr || value instanceof PyFloat
                || value instanceof PyBytes || value == PyNone.NONE;
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
        if (coroutine.finished()) {
            // A returned task runs no more lines: what it last told (frames, values) need not be kept alive.
            told.remove(task.number);
        }
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
        int[] outerLines = new int[frames.size() - 1];
        for (int i = 0; i < outerLines.length; i++) {
            outerLines[i] = frames.get(i).line();
        }
        PyObject[] values = innermost.localValues();
        Told last = told.get(owner);
        if (last != null && last.sameState(frames, outerLines, values)) {
            return;
        }
        String[] reprs = reprs(values, last);
        Told now = new Told(callers(frames, outerLines), innermost.code.qualname, locals(innermost, values, reprs),
                frames, outerLines, values, reprs);
        told.put(owner, now);
        if (!now.saysTheSameAs(last)) {
            trace.framesChanged(taskId, threadName, stack(now, innermostLine), now.locals());
        }
    }

    private static List<CallFrame> callers(List<Frame> frames, int[] outerLines) {
        List<CallFrame> callers = new ArrayList<>(outerLines.length);
        for (int i = 0; i < outerLines.length; i++) {
            callers.add(new CallFrame(frames.get(i).code.qualname, outerLines[i]));
        }
        return callers;
    }

    private static List<CallFrame> stack(Told told, int innermostLine) {
        List<CallFrame> stack = new ArrayList<>(told.callers());
        stack.add(new CallFrame(told.function(), innermostLine));
        return stack;
    }

    /** Each bound slot's repr; one already told for the same unchanging value is not made again. */
    private static String[] reprs(PyObject[] values, Told last) {
        String[] reprs = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                String known = last == null ? null : last.reprStillTrue(i, values[i]);
                reprs[i] = known != null ? known : SafeRepr.of(values[i]);
            }
        }
        return reprs;
    }

    /** As {@link Frame#localReprs()}: bound names in slot order. */
    private static Map<String, String> locals(Frame frame, PyObject[] values, String[] reprs) {
        Map<String, String> locals = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                locals.put(frame.localName(i), reprs[i]);
            }
        }
        return locals;
    }
}
