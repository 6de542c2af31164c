package looplab.ui;

import javafx.application.Application;

/** Starts {@link SampleApp}; a main class that extends Application cannot start JavaFX from the classpath. */
public final class SampleLauncher {
    private SampleLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(SampleApp.class, args);
    }
}
