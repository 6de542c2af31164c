package looplab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Opens the real window on a sample trace (or, given a .py file, on a real run of it), for screenshots under Xvfb until the runtime emits real traces:
 * {@code SampleApp SAMPLE MARK [THEME] [ZOOM] [OUT.png] [WHAT]} where SAMPLE is crawl, blocked, cancel, executor or
 * manyN, MARK a mark of it (or "end", or an event index), and WHAT "window" (default), "help", "stage" or "timeline".
 * With OUT.png the window writes itself there and exits.
 */
public final class SampleApp extends Application {
    @Override
    public void start(Stage stage) throws IOException {
        List<String> args = getParameters().getUnnamed();
        boolean real = args.get(0).endsWith(".py");
        Samples.Sample sample = real ? null : Samples.named(args.get(0));
        Path settings = Files.createTempDirectory("looplab-sample").resolve("settings.json");
        MainWindow window = new MainWindow(Path.of("no-lessons"), (s, f, t, o) -> {
            throw new UnsupportedOperationException("sample window: no engine");
        }, new SettingsStore(settings));
        if (args.size() > 2) {
            window.setTheme(Theme.valueOf(args.get(2)));
        }
        if (args.size() > 3) {
            window.setZoom(Double.parseDouble(args.get(3)));
        }
        Scene scene = new Scene(window.root(), 1280, 800);
        stage.setTitle("LoopLab");
        stage.setScene(scene);
        stage.show();
        String mark = args.size() > 1 ? args.get(1) : "end";
        if (real) {
            // A real run on LoopLab's engine, with its real trace.
            Path program = Path.of(args.get(0));
            window.showRun(ProgramSession.run(ProgramRunner.ENGINE, Files.readString(program),
                    program.getFileName().toString()));
        } else {
            window.showRun(sample.run());
        }
        if (mark.startsWith("t=")) {
            window.model().jumpToTime(Double.parseDouble(mark.substring(2)));
        } else if (mark.startsWith("step=")) {
            for (int i = Integer.parseInt(mark.substring(5)); i > 0; i--) {
                window.model().step(Grain.TASK_STEP);
            }
        } else {
            window.model().jumpTo(mark.equals("end") ? window.model().replay().end()
                    : mark.matches("-?\\d+") ? Integer.parseInt(mark) : sample.mark(mark));
        }
        String what = args.size() > 5 ? args.get(5) : "window";
        if (what.equals("help")) {
            window.helpSheet().toggle();
        }
        if (args.size() > 4) {
            PauseTransition settle = new PauseTransition(Duration.millis(1200));
            settle.setOnFinished(e -> {
                try {
                    Path out = Path.of(args.get(4));
                    switch (what) {
                        case "stage", "timeline" -> window.exportTo(what, out);
                        default -> PngExport.write(scene.getRoot(), out);
                    }
                } catch (IOException ex) {
                    ex.printStackTrace();
                }
                Platform.exit();
            });
            settle.play();
        }
    }
}
