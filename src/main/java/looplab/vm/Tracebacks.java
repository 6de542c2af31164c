package looplab.vm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/** Formats an uncaught exception exactly as CPython's traceback module prints it, chained exceptions included. */
public final class Tracebacks {
    private Tracebacks() {
    }

    /** The exception an except or finally block of the running code is handling (sys.exc_info()), or null. */
    public static PyBaseException currentlyHandled(Interpreter interp) {
        Frame frame = interp.currentFrame();
        return frame == null ? null : frame.currentlyHandled();
    }

    /** The last lines of a traceback: "ValueError: message" and any notes (format_exception_only). */
    public static String formatOnly(PyBaseException exc) {
        StringBuilder out = new StringBuilder();
        summaryLines(exc, out, "");
        return out.toString();
    }

    public static String format(PyBaseException exc, SourceRegistry sources) {
        StringBuilder out = new StringBuilder();
        chain(exc, sources, out, new IdentityHashMap<>());
        return out.toString();
    }

    private static void chain(PyBaseException exc, SourceRegistry sources, StringBuilder out,
                              IdentityHashMap<PyBaseException, Boolean> seen) {
        seen.put(exc, Boolean.TRUE);
        if (exc.cause != null && !seen.containsKey(exc.cause)) {
            chain(exc.cause, sources, out, seen);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (exc.context != null && !exc.suppressContext && !seen.containsKey(exc.context)) {
            chain(exc.context, sources, out, seen);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (exc.isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP) && exc.args.size() == 2) {
            group(exc, sources, out, "", 1);
            return;
        }
        single(exc, sources, out, "");
    }

    private static void single(PyBaseException exc, SourceRegistry sources, StringBuilder out, String margin) {
        if (!exc.traceback.isEmpty()) {
            out.append(margin).append("Traceback (most recent call last):\n");
            frames(exc, sources, out, margin);
        }
        summaryLines(exc, out, margin);
    }

    private static void frames(PyBaseException exc, SourceRegistry sources, StringBuilder out, String margin) {
        List<PyBaseException.TracebackEntry> entries = new ArrayList<>(exc.traceback);
        java.util.Collections.reverse(entries);
        for (PyBaseException.TracebackEntry e : entries) {
            out.append(margin).append("  File \"").append(e.fileName()).append("\", line ").append(e.line())
                    .append(", in ").append(e.function()).append('\n');
            String text = sources.line(e.fileName(), e.line());
            if (text != null && !text.isEmpty()) {
                out.append(margin).append("    ").append(text).append('\n');
            }
        }
    }

    private static void summaryLines(PyBaseException exc, StringBuilder out, String margin) {
        String summary;
        try {
            summary = exc.summary();
        } catch (PyException e) {
            summary = exc.type().name() + ": <exception str() failed>";
        }
        for (String line : summary.split("\n", -1)) {
            out.append(margin).append(line).append('\n');
        }
        if (exc.notes != null) {
            for (String note : exc.notes) {
                out.append(margin).append(note).append('\n');
            }
        }
    }

    /** The boxed layout of an ExceptionGroup (traceback.TracebackException.format for groups). */
    private static void group(PyBaseException exc, SourceRegistry sources, StringBuilder out, String margin, int depth) {
        String m = margin + (depth == 1 ? "  + " : "");
        out.append(depth == 1 ? "  + " : margin).append("Exception Group Traceback (most recent call last):\n");
        String inner = depth == 1 ? "  | " : margin;
        frames(exc, sources, out, inner);
        summaryLines(exc, out, inner);
        List<PyBaseException> subs = ExceptionGroups.exceptions(exc);
        String base = depth == 1 ? "  " : margin.substring(0, Math.max(0, margin.length() - 2));
        for (int i = 0; i < subs.size() && i < 15; i++) {
            String label = "---------------- " + (i + 1) + " ----------------";
            out.append(base).append(i == 0 ? "+-+" : "  +").append(label).append('\n');
            String childMargin = base + "    | ";
            PyBaseException sub = subs.get(i);
            if (sub.isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP) && sub.args.size() == 2) {
                nestedGroup(sub, sources, out, base + "    ");
            } else {
                single(sub, sources, out, childMargin);
            }
        }
        out.append(base).append("  +------------------------------------\n");
        if (m.isEmpty()) {
            return;
        }
    }

    private static void nestedGroup(PyBaseException exc, SourceRegistry sources, StringBuilder out, String indent) {
        out.append(indent).append("| Exception Group Traceback (most recent call last):\n");
        frames(exc, sources, out, indent + "| ");
        summaryLines(exc, out, indent + "| ");
        List<PyBaseException> subs = ExceptionGroups.exceptions(exc);
        for (int i = 0; i < subs.size(); i++) {
            out.append(indent).append(i == 0 ? "+-+" : "  +").append("---------------- ").append(i + 1)
                    .append(" ----------------\n");
            PyBaseException sub = subs.get(i);
            if (sub.isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP) && sub.args.size() == 2) {
                nestedGroup(sub, sources, out, indent + "    ");
            } else {
                single(sub, sources, out, indent + "    | ");
            }
        }
        out.append(indent).append("  +------------------------------------\n");
    }
}
