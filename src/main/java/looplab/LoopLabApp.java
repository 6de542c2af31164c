package looplab;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import looplab.ui.MainWindow;
import looplab.ui.ProgramRunner;

/** The LoopLab desktop application: one window over the lessons in {@code ./lessons}. */
public final class LoopLabApp extends Application {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(Path.of(System.getProperty("looplab.lessons", "lessons")).toAbsolutePath(), ProgramRunner.ENGINE);
        Scene scene = new Scene(window.root(), WIDTH, HEIGHT);
        stage.setTitle("LoopLab");
        stage.setScene(scene);
        stage.show();
    }
}
