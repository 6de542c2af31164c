package looplab;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import looplab.ui.MainWindow;
import looplab.ui.ProgramRunner;
import looplab.ui.SettingsStore;

/**
 * The LoopLab desktop application: one window over the lessons in {@code ./lessons}. A file given as the first
 * argument (a {@code .py} program or a {@code .jsonl} trace) is opened instead of the last lesson; {@code --at=SECONDS}
 * and {@code --inspect=TASK} (from {@code looplab gui}) choose the moment shown once it has run; {@code --size=WxH}
 * the window's size (1280x800 unless given); {@code --measure-launch=yes} prints the launch time and closes the
 * window at its first frame.
 */
public final class LoopLabApp extends Application {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;

    @Override
    public void start(Stage stage) {
        List<String> files = getParameters().getUnnamed();
        Path initialFile = files.isEmpty() ? null : Path.of(files.get(0)).toAbsolutePath();
        MainWindow window = new MainWindow(Path.of(System.getProperty("looplab.lessons", "lessons")).toAbsolutePath(),
                ProgramRunner.ENGINE, SettingsStore.inUserConfigFolder(), initialFile);
        String at = getParameters().getNamed().get("at");
        window.afterTheRun(at == null ? null : Double.valueOf(at), getParameters().getNamed().get("inspect"));
        String size = getParameters().getNamed().get("size");
        Scene scene = size == null ? new Scene(window.root(), WIDTH, HEIGHT) : new Scene(window.root(),
                Double.parseDouble(size.split("x")[0]), Double.parseDouble(size.split("x")[1]));
        stage.setTitle("LoopLab");
        stage.setScene(scene);
        stage.show();
        if (getParameters().getNamed().containsKey("measure-launch")) {
            afterFirstFrame(LoopLabApp::reportLaunchAndExit);
        }
    }

    private static void afterFirstFrame(Runnable action) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                action.run();
            }
        }.start();
    }

    /**
     * The launch as a user sees it, from the JVM's start (what the OS reports, so it includes the JVM's own start)
     * to the first frame drawn; exiting right after is what lets the app image record a class-data archive of
     * exactly the classes a launch needs.
     */
    private static void reportLaunchAndExit() {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(Locale.ROOT, "launch: first frame of the window %d ms after the JVM started%n", millis);
        Platform.exit();
    }
}
