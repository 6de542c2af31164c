package looplab;

import java.util.concurrent.Callable;
import looplab.cli.GuiCommand;
import looplab.cli.LessonCommand;
import looplab.cli.LessonsCommand;
import looplab.cli.ProgramEngine;
import looplab.cli.RunCommand;
import looplab.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The jar's entry point: {@code looplab run FILE.py} runs a program headless, {@code looplab gui} (or no
 * subcommand) opens the window.
 *
 * <p>This class must not extend {@code javafx.application.Application}: a shaded jar whose Main-Class does
 * fails with "JavaFX runtime components are missing", and the {@code run} path must load no JavaFX class at
 * all so that it works on machines without a display. Only {@link GuiLauncher} touches JavaFX.
 */
@Command(name = "looplab",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runs Python asyncio programs on LoopLab's own interpreter and event loop.%n"
                + "With no command, opens the LoopLab window.")
public final class Main implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(ProgramEngine.RUNNER).execute(args));
    }

    /** The whole command tree, with {@code run} executing programs on {@code engine}. */
    public static CommandLine commandLine(ProgramEngine engine) {
        return new CommandLine(new Main())
                .addSubcommand("run", new RunCommand(engine))
                .addSubcommand("gui", gui())
                .addSubcommand("lessons", new LessonsCommand())
                .addSubcommand("lesson", new LessonCommand(engine));
    }

    @Override
    public Integer call() {
        GuiCommand gui = spec.subcommands().get("gui").getCommand();
        return gui.call();
    }

    // A lambda, not a method reference, so that GuiLauncher (and with it JavaFX) is only loaded when called.
    private static GuiCommand gui() {
        return new GuiCommand(args -> GuiLauncher.launch(args));
    }
}
