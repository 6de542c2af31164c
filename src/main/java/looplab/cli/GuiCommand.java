package looplab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code looplab gui}: opens the LoopLab window and returns when it is closed. */
@Command(name = "gui",
        description = "Opens the LoopLab window (also what happens when no command is given).")
public final class GuiCommand implements Callable<Integer> {
    private static final int EXIT_NO_WINDOW = 1;

    @Spec
    private CommandSpec spec;

    private final Runnable openWindow;

    /** @param openWindow shows the window and blocks until it closes; the only way this package reaches JavaFX */
    public GuiCommand(Runnable openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        try {
            openWindow.run();
            return 0;
        } catch (RuntimeException e) {
            // Typically "Unable to open DISPLAY": no graphical session, which is a setup problem, not a bug.
            spec.commandLine().getErr().println("looplab: can't open the window: " + e.getMessage()
                    + System.lineSeparator() + "To run a program without a window: looplab run FILE.py");
            return EXIT_NO_WINDOW;
        }
    }
}
