package looplab.ui;

import looplab.runtime.Runner;

/** The words the window uses for how a run ended, shown in the output pane and the status bar. */
final class RunMessages {
    private RunMessages() {
    }

    static String started(String fileName) {
        return "▶ Running " + fileName + " …";
    }

    static String finished(Runner.Result result) {
        return switch (result.exitCode()) {
            case 0 -> "■ Finished (exit status 0).";
            case 1 -> "■ Stopped by an error (exit status 1). The traceback above says where.";
            case Runner.EXIT_BUDGET -> "■ Stopped: the program used up its instruction or time budget (exit status 3).";
            default -> "■ Finished with exit status " + result.exitCode() + ".";
        };
    }

    /** For a run that threw instead of returning: never the program's fault, so say it is LoopLab's. */
    static String failed(Throwable error) {
        if (error instanceof StackOverflowError) {
            return "⚠ LoopLab could not run this program: the interpreter ran out of Java stack.";
        }
        return "⚠ LoopLab could not run this program because of an internal error: "
                + error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    static String statusOf(Runner.Result result) {
        return "Finished, exit status " + result.exitCode();
    }
}
