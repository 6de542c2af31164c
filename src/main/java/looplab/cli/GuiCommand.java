package looplab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code looplab gui [FILE]}: opens the LoopLab window (on FILE, if given) and returns when it is closed. */
@Command(name = "gui",
        description = "Opens the LoopLab window (also what happens when no command is given).")
public final class GuiCommand implements Callable<Integer> {
    private static final int EXIT_NO_WINDOW = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "a .py program or a .jsonl trace to open in the window")
    private Path file;

    @picocli.CommandLine.Option(names = "--at", paramLabel = "SECONDS",
            description = "after the run, show the last moment at or before this virtual time")
    private Double at;

    @picocli.CommandLine.Option(names = "--inspect", paramLabel = "TASK",
            description = "after the run, inspect the task of this name (e.g. Task-2)")
    private String inspect;

    @picocli.CommandLine.Option(names = "--measure-launch",
            description = "open the window, print how long it took from the JVM's start to the window's first frame, "
                    + "and close it (also how the app image records its class-data archive)")
    private boolean measureLaunch;

    @picocli.CommandLine.Option(names = "--size", paramLabel = "WIDTHxHEIGHT",
            description = "the window's size in pixels (default 1280x800), e.g. 1920x1080 for a projector's screen")
    private String size;

    private final Consumer<String[]> openWindow;

    /**
     * @param openWindow shows the window (given the application's arguments) and blocks until it closes; the only
     *                   way this package reaches JavaFX
     */
    public GuiCommand(Consumer<String[]> openWindow) {
        this.openWindow = openWindow;
    }

    /**
     * JavaFX's application parameters: the file unnamed, the moment as {@code --at=} and {@code --inspect=},
     * {@code --size=} and {@code --measure-launch=yes}.
     */
    private String[] arguments() {
        java.util.List<String> args = new java.util.ArrayList<>();
        if (file != null) {
            args.add(file.toAbsolutePath().toString());
        }
        if (at != null) {
            args.add("--at=" + at);
        }
        if (inspect != null) {
            args.add("--inspect=" + inspect);
        }
        if (size != null) {
            args.add("--size=" + size);
        }
        if (measureLaunch) {
            args.add("--measure-launch=yes");
        }
        return args.toArray(String[]::new);
    }

    @Override
    public Integer call() {
        if (size != null && !size.matches("\\d{3,5}x\\d{3,5}")) {
            spec.commandLine().getErr().println("looplab: --size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080, not "
                    + size);
            return 2;
        }
        try {
            openWindow.accept(arguments());
            return 0;
        } catch (RuntimeException e) {
            // Typically "Unable to open DISPLAY": no graphical session, which is a setup problem, not a bug.
            spec.commandLine().getErr().println("looplab: can't open the window: " + e.getMessage()
                    + System.lineSeparator() + "To run a program without a window: looplab run FILE.py");
            return EXIT_NO_WINDOW;
        }
    }
}
