package looplab.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Malformed and failing programs as students leave them (src/test/resources/bad): each must end the way CPython
 * 3.11 ended it: the same exit status, an error of the same type blamed on the same line, and never a Java stack
 * trace. (Exact messages are checked by the parser's own tests and the fidelity corpus.)
 */
class BadInputTest {
    private static final Path ROOT = Path.of("src/test/resources/bad");
    private static final Pattern FILE_LINE = Pattern.compile("File \"main\\.py\", line (\\d+)");

    @TestFactory
    Stream<DynamicTest> everyBadProgramEndsWithAPythonErrorOnTheRightLine() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            List<Path> programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
            java.util.Set<String> known = CorpusTest.knownFailures(ROOT.resolve("known-failures.txt"));
            return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                    () -> check(p, known.contains(p.getFileName().toString()))));
        }
    }

    private static void check(Path program, boolean knownFailure) throws IOException {
        try {
            checkProgram(program);
        } catch (AssertionError e) {
            if (knownFailure) {
                org.junit.jupiter.api.Assumptions.abort("known gap (listed in known-failures.txt): " + e.getMessage());
            }
            throw e;
        }
    }

    private static void checkProgram(Path program) throws IOException {
        String base = program.toString().substring(0, program.toString().length() - 3);
        List<String> exit = Files.readAllLines(Path.of(base + ".exit"), StandardCharsets.UTF_8);
        String expectedLine = Files.readString(Path.of(base + ".line")).strip();
        CorpusTest.Captured run = CorpusTest.run(Files.readString(program, StandardCharsets.UTF_8));
        String stderr = run.stderr.toString();
        assertFalse(stderr.contains("\tat looplab.") || stderr.contains("Exception in thread"),
                "a Java stack trace reached the user:\n" + stderr);
        assertEquals(Integer.parseInt(exit.get(0).strip()), run.code, "exit status; stderr was:\n" + stderr);
        String expectedLast = exit.size() > 1 ? exit.get(1) : "";
        if (!expectedLine.isEmpty()) {
            assertEquals(errorType(expectedLast), errorType(run.lastStderrLine()), "error type; stderr was:\n" + stderr);
            assertEquals(expectedLine, lastBlamedLine(stderr), "line blamed; stderr was:\n" + stderr);
        }
    }

    private static String errorType(String lastLine) {
        int colon = lastLine.indexOf(':');
        return colon < 0 ? lastLine : lastLine.substring(0, colon);
    }

    private static String lastBlamedLine(String stderr) {
        Matcher m = FILE_LINE.matcher(stderr);
        String last = "";
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }
}
