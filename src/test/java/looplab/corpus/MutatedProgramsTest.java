package looplab.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import looplab.runtime.Runner;
import looplab.trace.TraceSink;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Thousands of broken programs, made by mutating the corpus with a fixed seed (lines deleted, duplicated and
 * swapped; characters deleted and inserted), run through the whole pipeline: whatever the damage, the run ends
 * with a Python-level outcome (an exit status and, on failure, a Python traceback) and never a Java exception or
 * a hang.
 */
class MutatedProgramsTest {
    private static final int PROGRAMS = 5000;
    private static final String NOISE = "()[]{}:;,.=+-*/%<>!'\"\\#@ \t\nabcxyz0129_";

    @Test
    void noMutatedProgramEscapesAsAJavaErrorOrHangs() throws IOException {
        List<String> sources = corpusSources();
        Random random = new Random(20261125);
        Runner.Options budget = new Runner.Options(200_000, 30, TraceSink.NONE);
        for (int i = 0; i < PROGRAMS; i++) {
            String program = mutate(sources.get(random.nextInt(sources.size())), random);
            CorpusTest.Captured out = new CorpusTest.Captured();
            Runner.Result result = Runner.run(program, "main.py", budget, out);
            String stderr = out.stderr.toString();
            if (result == null || stderr.contains("\tat looplab.") || stderr.contains("\tat java.")
                    || stderr.contains("internal error")) {
                fail("program " + i + " escaped the interpreter:\n" + program + "\n--- stderr:\n" + stderr);
            }
            assertTrue(result.exitCode() >= 0 && result.exitCode() <= 255, "exit status " + result.exitCode());
        }
    }

    private static List<String> corpusSources() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                sources.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return sources;
    }

    static String mutate(String source, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(source.split("\n", -1)));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    String t = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, t);
                }
                case 3 -> lines.set(at, deleteSpan(lines.get(at), random));
                default -> lines.set(at, insertNoise(lines.get(at), random));
            }
        }
        return String.join("\n", lines);
    }

    private static String deleteSpan(String line, Random random) {
        if (line.isEmpty()) {
            return line;
        }
        int from = random.nextInt(line.length());
        int to = Math.min(line.length(), from + 1 + random.nextInt(6));
        return line.substring(0, from) + line.substring(to);
    }

    private static String insertNoise(String line, Random random) {
        int at = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
        StringBuilder noise = new StringBuilder();
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            noise.append(NOISE.charAt(random.nextInt(NOISE.length())));
        }
        return line.substring(0, at) + noise + line.substring(at);
    }
}
