package looplab;

import javafx.application.Application;

/**
 * The only class that starts JavaFX. Keeping {@code Application.launch} here, and out of {@link Main}, means
 * the JVM loads no JavaFX class unless a window is actually requested.
 */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    /** Opens the LoopLab window and blocks until it is closed. */
    public static void launch(String... args) {
        Application.launch(LoopLabApp.class, args);
    }
}
