package looplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import looplab.Main;
import looplab.runtime.OutputSink;
import looplab.runtime.Runner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Call> calls = new ArrayList<>();

    private record Call(String source, String fileName, Runner.Options options) {
    }

    /** Stands in for the interpreter: records what it was asked to run and writes to both streams. */
    private Runner.Result fakeEngine(String source, String fileName, Runner.Options options, OutputSink sink) {
        calls.add(new Call(source, fileName, options));
        sink.stdout("to stdout\n");
        sink.stderr("to stderr\n");
        return new Runner.Result(0);
    }

    private int looplab(ProgramEngine engine, String... args) {
        CommandLine commandLine = Main.commandLine(engine);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int looplab(String... args) {
        return looplab(this::fakeEngine, args);
    }

    private Path program(String name, String source) throws IOException {
        return Files.writeString(dir.resolve(name), source);
    }

    /** What {@code looplab gui ARGS} hands to JavaFX, without opening a window. */
    private List<String> windowArguments(String... args) {
        List<String> given = new ArrayList<>();
        CommandLine gui = new CommandLine(new GuiCommand(a -> given.addAll(List.of(a))));
        assertEquals(0, gui.execute(args));
        return given;
    }

    @Test
    void guiPassesTheFileTheMomentAndTheLaunchMeasurementToTheWindow() throws IOException {
        Path file = program("prog.py", "print(1)\n");
        assertEquals(List.of(file.toAbsolutePath().toString(), "--at=1.5", "--inspect=Task-2", "--measure-launch=yes"),
                windowArguments(file.toString(), "--at", "1.5", "--inspect", "Task-2", "--measure-launch"));
        assertEquals(List.of(), windowArguments());
    }

    @Test
    void guiPassesAWidthByHeightSizeAndRefusesAnythingElseBeforeOpeningAWindow() {
        assertEquals(List.of("--size=1920x1080"), windowArguments("--size", "1920x1080"));

        int exit = looplab("gui", "--size", "wide");

        assertEquals(2, exit);
        assertTrue(err.toString().contains("--size takes WIDTHxHEIGHT"), err.toString());
    }

    @Test
    void helpListsTheRunAndGuiCommands() {
        assertEquals(0, looplab("--help"));
        assertTrue(out.toString().contains("run"), out.toString());
        assertTrue(out.toString().contains("gui"), out.toString());
    }

    @Test
    void runHelpDescribesTheBudgetOptions() {
        assertEquals(0, looplab("run", "--help"));
        assertTrue(out.toString().contains("--max-instructions=N"), out.toString());
        assertTrue(out.toString().contains("--max-time=SECONDS"), out.toString());
        assertTrue(calls.isEmpty());
    }

    @Test
    void versionNamesLoopLab() {
        assertEquals(0, looplab("--version"));
        assertTrue(out.toString().startsWith("LoopLab "), out.toString());
    }

    @Test
    void runGivesTheEngineTheSourceTheAbsolutePathAndTheBudgets() throws IOException {
        Path file = program("hello.py", "print('hi')\n");

        int exit = looplab("run", "--max-instructions", "5000", "--max-time", "2.5", file.toString());

        assertEquals(0, exit);
        Call call = calls.get(0);
        assertEquals("print('hi')\n", call.source());
        assertEquals(file.toAbsolutePath().toString(), call.fileName());
        assertEquals(5000, call.options().maxInstructions());
        assertEquals(2.5, call.options().maxVirtualTime());
    }

    @Test
    void runWithoutBudgetOptionsUsesTheEngineDefaults() throws IOException {
        Path file = program("hello.py", "pass\n");

        looplab("run", file.toString());

        assertEquals(0, calls.get(0).options().maxInstructions());
        assertEquals(0.0, calls.get(0).options().maxVirtualTime());
    }

    @Test
    void runWritesTheProgramsStdoutAndStderrToTheTerminalStreams() throws IOException {
        looplab("run", program("hello.py", "pass\n").toString());

        assertEquals("to stdout\n", out.toString());
        assertEquals("to stderr\n", err.toString());
    }

    @Test
    void runExitsWithTheProgramsExitStatus() throws IOException {
        Path file = program("spin.py", "while True: pass\n");

        int exit = looplab((source, name, options, sink) -> new Runner.Result(Runner.EXIT_BUDGET), "run",
                file.toString());

        assertEquals(3, exit);
    }

    @Test
    void missingFileIsReportedLikePython3WithExitStatus2() {
        int exit = looplab("run", dir.resolve("x.py").toString());

        assertEquals(2, exit);
        assertEquals("looplab: can't open file '" + dir.resolve("x.py").toAbsolutePath()
                + "': [Errno 2] No such file or directory\n", err.toString());
        assertTrue(calls.isEmpty());
    }

    @Test
    void directoryIsReportedAsNotAFile() {
        assertEquals(2, looplab("run", dir.toString()));
        assertTrue(err.toString().contains("[Errno 21] Is a directory"), err.toString());
    }

    @Test
    void negativeBudgetIsAUsageError() throws IOException {
        Path file = program("hello.py", "pass\n");

        assertEquals(2, looplab("run", "--max-instructions", "-1", file.toString()));
        assertTrue(err.toString().contains("--max-instructions must be 0 or more"), err.toString());
        assertTrue(calls.isEmpty());
    }

    @Test
    void nonNumericBudgetIsAUsageError() throws IOException {
        Path file = program("hello.py", "pass\n");

        assertEquals(2, looplab("run", "--max-time", "soon", file.toString()));
        assertTrue(calls.isEmpty());
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        assertEquals(2, looplab("run"));
        assertTrue(err.toString().contains("Missing required parameter: 'FILE.py'"), err.toString());
    }

    @Test
    void nonUtf8SourceIsASyntaxErrorLikePython3() throws IOException {
        Path file = dir.resolve("latin1.py");
        Files.write(file, "print(1)\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(1, looplab("run", file.toString()));
        assertEquals("SyntaxError: Non-UTF-8 code starting with '\\xe9' in file " + file.toAbsolutePath()
                + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
                err.toString());
        assertTrue(calls.isEmpty());
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheSource() throws IOException {
        Path file = program("bom.py", "\uFEFFprint('caf\u00e9')\n");

        looplab("run", file.toString());

        assertEquals("print('caf\u00e9')\n", calls.get(0).source());
    }

    @Test
    void engineFailureIsReportedInOneLineWithoutAJavaStackTrace() throws IOException {
        Path file = program("hello.py", "pass\n");

        int exit = looplab((source, name, options, sink) -> {
            throw new IllegalStateException("loop closed twice");
        }, "run", file.toString());

        assertEquals(RunCommand.EXIT_INTERNAL_ERROR, exit);
        assertEquals("looplab: internal error: IllegalStateException: loop closed twice\n", err.toString());
    }

    @Test
    void helloWorldRunsOnTheRealEngine() throws IOException {
        Path file = program("hello.py", "print('hello', 6 * 7)\n");

        int exit = looplab(ProgramEngine.RUNNER, "run", file.toString());

        assertEquals(0, exit, err.toString());
        assertEquals("hello 42\n", out.toString());
        assertFalse(err.toString().contains("internal error"));
    }
}
