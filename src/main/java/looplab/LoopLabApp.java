package looplab;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import looplab.ui.MainWindow;
import looplab.ui.ProgramRunner;
import looplab.ui.SettingsStore;

/**
 * The LoopLab desktop application: one window over the lessons in {@code ./lessons}. A file given as the first
 * argument (a {@code .py} program or a {@code .jsonl} trace) is opened instead of the last lesson; {@code --at=SECONDS}
 * and {@code --inspect=TASK} (from {@code looplab gui}) choose the moment shown once it has run.
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
        Scene scene = new Scene(window.root(), WIDTH, HEIGHT);
        stage.setTitle("LoopLab");
        stage.setScene(scene);
        stage.show();
    }
}
