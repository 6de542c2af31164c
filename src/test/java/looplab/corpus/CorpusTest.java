package looplab.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import looplab.runtime.OutputSink;
import looplab.runtime.Runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fidelity corpus: every program under src/test/resources/corpus runs through our interpreter in-process and
 * must print exactly what CPython 3.11 printed (recorded by scripts/record_corpus.py): the same stdout, the same
 * exit status and the same last line on stderr. Programs listed in known-failures.txt are reported as skipped
 * until they pass; the list is the honest to-do list of fidelity gaps.
 */
class CorpusTest {
    private static final Path ROOT = Path.of("src/test/resources/corpus");

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsWhatCPythonPrinted() throws IOException {
        Set<String> known = knownFailures(ROOT.resolve("known-failures.txt"));
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<Path> programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
            return programs.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(),
                    () -> check(p, known.contains(ROOT.relativize(p).toString()))));
        }
    }

    static Set<String> knownFailures(Path list) throws IOException {
        if (!Files.exists(list)) {
            return Set.of();
        }
        return Files.readAllLines(list).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
    }

    static void check(Path program, boolean knownFailure) throws IOException {
        String source = Files.readString(program, StandardCharsets.UTF_8);
        String expectedOut = Files.readString(sibling(program, ".stdout"), StandardCharsets.UTF_8);
        List<String> exit = Files.readAllLines(sibling(program, ".exit"), StandardCharsets.UTF_8);
        int expectedCode = Integer.parseInt(exit.get(0).strip());
        String expectedLast = exit.size() > 1 ? exit.get(1) : "";
        Captured run = run(source);
        boolean same = run.stdout.toString().equals(expectedOut) && run.code == expectedCode
                && run.lastStderrLine().equals(expectedLast);
        if (!same) {
            report(program, run, expectedOut, expectedCode, expectedLast);
        }
        if (knownFailure && !same) {
            Assumptions.abort("known fidelity gap (listed in known-failures.txt)");
        }
        assertEquals(expectedOut, run.stdout.toString(), "stdout");
        assertEquals(expectedLast, run.lastStderrLine(), "last line of stderr");
        assertEquals(expectedCode, run.code, "exit status");
    }

    /** Appends a failing program's first difference to target/corpus-failures.txt, for whoever fixes it. */
    private static synchronized void report(Path program, Captured run, String expectedOut, int expectedCode,
                                            String expectedLast) throws IOException {
        String[] got = run.stdout.toString().split("\n", -1);
        String[] want = expectedOut.split("\n", -1);
        int line = 0;
        while (line < got.length && line < want.length && got[line].equals(want[line])) {
            line++;
        }
        String diff = "  stdout line " + (line + 1) + ": expected " + (line < want.length ? "'" + want[line] + "'" : "<end>")
                + " got " + (line < got.length ? "'" + got[line] + "'" : "<end>") + "\n"
                + "  exit: expected " + expectedCode + " '" + expectedLast + "' got " + run.code + " '"
                + run.lastStderrLine() + "'\n";
        Files.writeString(Path.of("target/corpus-failures.txt"), ROOT.relativize(program) + "\n" + diff,
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    static Captured run(String source) {
        Captured c = new Captured();
        c.code = Runner.run(source, "main.py", new Runner.Options(200_000_000L, 600, looplab.trace.TraceSink.NONE), c)
                .exitCode();
        return c;
    }

    private static Path sibling(Path program, String suffix) {
        String name = program.getFileName().toString();
        return program.resolveSibling(name.substring(0, name.length() - 3) + suffix);
    }

    static final class Captured implements OutputSink {
        final StringBuilder stdout = new StringBuilder();
        final StringBuilder stderr = new StringBuilder();
        int code;

        @Override
        public void stdout(String text) {
            stdout.append(text);
        }

        @Override
        public void stderr(String text) {
            stderr.append(text);
        }

        String lastStderrLine() {
            String[] lines = stderr.toString().split("\n");
            for (int i = lines.length - 1; i >= 0; i--) {
                if (!lines[i].isBlank()) {
                    return lines[i];
                }
            }
            return "";
        }
    }
}
