package looplab.lessons;

import looplab.trace.TraceEvent.TaskCreated;

/**
 * How a lesson names a task: by asyncio's task name ({@code "Task-2"}, or the {@code name=} given to
 * {@code create_task}) or by its coroutine ({@code "fetch"}, or {@code "fetch(0)"} where the trace shows
 * arguments). A coroutine name that several tasks share means the first of them the trace reaches.
 */
record TaskRef(String text) {
    boolean matches(TaskCreated task) {
        return text.equals(task.name()) || text.equals(task.coroutine()) || text.equals(bareName(task.coroutine()));
    }

    /** {@code "main()"} and {@code "main"} name the same coroutine. */
    private static String bareName(String coroutine) {
        int paren = coroutine.indexOf('(');
        return paren < 0 ? coroutine : coroutine.substring(0, paren);
    }

    @Override
    public String toString() {
        return "\"" + text + "\"";
    }
}
