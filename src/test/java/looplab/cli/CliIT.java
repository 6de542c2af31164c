package looplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar the way a user does, {@code java -jar target/looplab.jar run x.py}, in a child JVM with
 * no display. Checks the promise that the headless path never loads JavaFX.
 */
class CliIT {
    private static final Path JAR = Path.of("target", "looplab.jar");
    private static final String PROGRAM = "print('hello', 6 * 7)\n";

    @TempDir
    static Path dir;

    private static Run run;

    private record Run(int exitCode, String stdout, String stderr, List<String> loadedClasses) {
    }

    @BeforeAll
    static void runTheJarWithoutADisplay() throws IOException, InterruptedException {
        Path program = Files.writeString(dir.resolve("x.py"), PROGRAM);
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        // The class-loading log goes to its own file so that it cannot interleave with the program's output.
        Path classLog = dir.resolve("class-load.log");
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xlog:class+load=info:file=" + classLog, "-jar",
                JAR.toAbsolutePath().toString(), "run", program.toString())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "looplab run did not finish within 60 s");
        run = new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8), Files.readAllLines(classLog));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void runLoadsNoJavaFxClass() {
        assertFalse(run.loadedClasses().isEmpty(), "no class-loading log: is -Xlog:class+load honoured?");
        List<String> javaFx = run.loadedClasses().stream().filter(line -> line.contains("javafx")).toList();
        assertEquals(List.of(), javaFx);
    }

    @Test
    void runEndsWithALoopLabExitStatusNotACrash() {
        assertTrue(List.of(0, 1, 3, RunCommand.EXIT_INTERNAL_ERROR).contains(run.exitCode()),
                "exit status " + run.exitCode() + ", stderr: " + run.stderr());
        assertFalse(run.stderr().contains("Exception in thread"), run.stderr());
        assertFalse(run.stderr().contains("\tat "), "a Java stack trace reached the user: " + run.stderr());
    }

    @Test
    void runPrintsTheProgramsOutputAndExitsZero() {

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("hello 42\n", run.stdout());
        assertEquals("", run.stderr());
    }
}
