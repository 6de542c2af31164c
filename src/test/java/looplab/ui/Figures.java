package looplab.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The README's figures, measured in the real window (run under Xvfb, see README):
 * launch to a usable window, step latency on a 1,000-task trace, frames per second while 200 tokens move,
 * heap after loading a 100,000-task trace. Prints one line per figure.
 */
public final class Figures extends Application {
    private MainWindow window;
    private Scene scene;

    public static void main(String[] args) {
        Application.launch(Figures.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        long launched = ManagementFactory.getRuntimeMXBean().getStartTime();
        long toolkitReady = System.currentTimeMillis();
        Path settings = Files.createTempDirectory("looplab-figures").resolve("settings.json");
        window = new MainWindow(Path.of("no-lessons"), ProgramRunner.ENGINE, new SettingsStore(settings));
        long windowBuilt = System.currentTimeMillis();
        scene = new Scene(window.root(), 1280, 800);
        stage.setScene(scene);
        stage.show();
        onFirstFrame(() -> {
            long now = System.currentTimeMillis();
            System.out.printf(Locale.ROOT, "launch to first frame of the window: %d ms (JVM and JavaFX start %d ms, "
                    + "window built %d ms, shown and first frame %d ms)%n", now - launched, toolkitReady - launched,
                    windowBuilt - toolkitReady, now - windowBuilt);
            List<String> options = getParameters().getUnnamed();
            Platform.runLater(options.contains("--launch-only") ? Platform::exit
                    : options.contains("--fps-only") ? this::fps : this::stepLatency);
        });
    }

    private void onFirstFrame(Runnable then) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                then.run();
            }
        }.start();
    }

    /** One step = the model moves and every view redraws, CSS and layout included (what a frame must wait for). */
    private void stepLatency() {
        Samples.Sample sample = Samples.manyTasks(1000);
        window.showRun(sample.run());
        List<Double> millis = new ArrayList<>();
        List<Double> cpuMillis = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Grain grain : Grain.values()) {
            window.model().restart();
            for (int i = 0; i < 150 && !window.model().atEnd(); i++) {
                long started = System.nanoTime();
                long cpuStarted = threads.getCurrentThreadCpuTime();
                window.model().step(grain);
                window.root().applyCss();
                window.root().layout();
                millis.add((System.nanoTime() - started) / 1e6);
                cpuMillis.add((threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6);
            }
        }
        Collections.sort(millis);
        Collections.sort(cpuMillis);
        // CPU time of the FX thread is printed beside the wall time: on a shared machine the wall time also counts
        // the time other processes held the cores.
        System.out.printf(Locale.ROOT, "step latency, 1,000-task trace (%d events), %d steps at all grains: "
                        + "median %.1f ms, 90th %.1f ms, worst %.1f ms (FX-thread CPU: median %.1f ms, worst %.1f ms)%n",
                sample.events().size(), millis.size(), millis.get(millis.size() / 2),
                millis.get(millis.size() * 9 / 10), millis.get(millis.size() - 1),
                cpuMillis.get(cpuMillis.size() / 2), cpuMillis.get(cpuMillis.size() - 1));
        Platform.runLater(this::fps);
    }

    /**
     * 200 tokens slide from READY to WAITING and back, ten times (or --moves=N); frames counted by an AnimationTimer. The program is
     * shown (its 200 tokens made and styled) and drawn before the count starts: loading it is not animating.
     */
    private void fps() {
        Samples.Sample sample = Samples.manyTasks(200);
        window.stageView().setMaxTokensPerLane(250);
        window.showRun(sample.run());
        int ready = sample.mark("allSleeping") - 200 * 5;
        window.model().jumpTo(ready);
        onFirstFrame(() -> onFirstFrame(() -> animate(sample)));
    }

    private void animate(Samples.Sample sample) {
        // "--moves=N" (default 10) makes a longer run, for a profiler.
        int moves = getParameters().getRaw().stream().filter(a -> a.startsWith("--moves="))
                .map(a -> Integer.parseInt(a.substring("--moves=".length()))).findFirst().orElse(10);
        int ready = sample.mark("allSleeping") - 200 * 5;
        int sleeping = sample.mark("allSleeping");
        List<Long> gaps = new ArrayList<>();
        long[] lastFrame = {0};
        List<Double> moveCpuMillis = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastFrame[0] != 0) {
                    gaps.add(now - lastFrame[0]);
                }
                lastFrame[0] = now;
            }
        };
        counter.start();
        javafx.animation.Timeline timeline = new javafx.animation.Timeline();
        for (int k = 0; k < moves; k++) {
            int target = k % 2 == 0 ? sleeping : ready;
            timeline.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(450 * k + 1),
                    e -> {
                        long cpu = threads.getCurrentThreadCpuTime();
                        window.model().jumpTo(target);
                        // The step's CSS and layout run later in this pulse; its slide starts after them.
                        Runnable laidOut = new Runnable() {
                            @Override
                            public void run() {
                                scene.removePostLayoutPulseListener(this);
                                moveCpuMillis.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
                            }
                        };
                        scene.addPostLayoutPulseListener(laidOut);
                    }));
        }
        timeline.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(450 * moves), e -> {
            counter.stop();
            double seconds = (System.nanoTime() - started) / 1e9;
            Collections.sort(moveCpuMillis);
            long late = gaps.stream().filter(gap -> gap > 25_000_000).count();
            System.out.printf(Locale.ROOT, "animating 200 tokens (%d moves of 400 ms): %d frames in %.1f s, "
                    + "%.0f frames/s; %d of %d frames late (over 25 ms), longest gap between frames %.0f ms "
                    + "(FX-thread CPU to start a move, step to laid out: median %.0f ms, worst %.0f ms)%n",
                    moves, gaps.size() + 1, seconds, (gaps.size() + 1) / seconds, late, gaps.size(),
                    Collections.max(gaps) / 1e6, moveCpuMillis.get(moveCpuMillis.size() / 2),
                    moveCpuMillis.get(moveCpuMillis.size() - 1));
            window.stageView().setMaxTokensPerLane(StageView.MAX_TOKENS_PER_LANE);
            Platform.runLater(getParameters().getRaw().contains("--no-memory") ? Platform::exit : this::memory);
        }));
        timeline.play();
    }

    /** Loads a 100,000-task trace in the window, steps forward and back through it, then weighs the heap. */
    private void memory() {
        // "--memory-tasks=N" is a named parameter to JavaFX, so it is looked for in the raw arguments.
        int tasks = getParameters().getRaw().stream().filter(a -> a.startsWith("--memory-tasks="))
                .map(a -> Integer.parseInt(a.substring("--memory-tasks=".length()))).findFirst().orElse(100_000);
        Samples.Sample sample = Samples.manyTasks(tasks);
        long started = System.nanoTime();
        window.showRun(sample.run());
        window.model().jumpTo(sample.mark("allSleeping"));
        window.root().applyCss();
        window.root().layout();
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        List<Double> steps = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long step = System.nanoTime();
            if (i % 4 == 3) {
                window.model().back(Grain.TASK_STEP);
            } else {
                window.model().step(Grain.TASK_STEP);
            }
            window.root().applyCss();
            window.root().layout();
            steps.add((System.nanoTime() - step) / 1e6);
        }
        Collections.sort(steps);
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(Locale.ROOT, "%,d-task trace (%d events): shown in %d ms; 40 task steps (every 4th back): "
                        + "median %.0f ms, worst %.0f ms; heap in use %d MB (max %d MB)%n",
                tasks, sample.events().size(), loadMillis, steps.get(steps.size() / 2), steps.get(steps.size() - 1),
                used >> 20, runtime.maxMemory() >> 20);
        Platform.exit();
    }
}
