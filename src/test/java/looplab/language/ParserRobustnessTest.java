package looplab.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * Whatever the text, parsing ends with a Module or a PythonSyntaxError: no other exception, no hang, no stack
 * overflow. Mutations of the corpus programs (fixed seed) stand in for "any text".
 */
class ParserRobustnessTest {
    private static final int MUTATIONS = 6000;
    private static final String NOISE = "()[]{}:;,.=+-*/%@&|^~<>!'\"#\\\n\t fx0123456789_abcdefghijklmnopqrstuvwxyz€";

    @Test
    void mutatedProgramsOnlyEverRaisePythonSyntaxError() throws Exception {
        List<String> seeds = corpusPrograms();
        Random random = new Random(20261125L);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> runOnSmallStack(() -> {
            for (int i = 0; i < MUTATIONS; i++) {
                String program = mutate(seeds.get(random.nextInt(seeds.size())), random);
                parseExpectingNoCrash(program);
            }
        }));
    }

    @Test
    void deeplyNestedInputIsASyntaxErrorNotAStackOverflow() throws Exception {
        List<String> programs = List.of(
                "x = " + "(".repeat(5000) + ")".repeat(5000),
                "x = " + "-".repeat(100_000) + "1",
                "x = " + "not ".repeat(50_000) + "1",
                "x = 1" + " + 1".repeat(50_000),
                "x = a" + ".b".repeat(50_000),
                "x = " + "lambda: ".repeat(20_000) + "1",
                "x = " + "1 if 1 else ".repeat(20_000) + "1",
                "x = 2" + " ** 2".repeat(50_000),
                "x = " + "[".repeat(199) + "]".repeat(199),
                "x = f'" + "{".repeat(5000) + "'",
                indentedIfs(150));
        runOnSmallStack(() -> programs.forEach(ParserRobustnessTest::parseExpectingNoCrash));
    }

    @Test
    void tenThousandLinesOfRealisticCodeParse() {
        // Parsing speed is measured by the benchmark harness (bench/), not asserted here.
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            source.append("async def task_").append(i).append("(delay, name='t'):\n")
                    .append("    await asyncio.sleep(delay * ").append(i).append(")\n")
                    .append("    print(f\"{name} done after {delay:.2f}s\", [x ** 2 for x in range(10) if x % 2])\n")
                    .append("    return {'name': name, 'value': (delay + 1) // 2}\n\n");
        }
        assertEquals(2000, Parser.parse(source.toString(), "main.py").body().size());
    }

    private static String indentedIfs(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append(" ".repeat(i)).append("if x:\n");
        }
        return sb.append(" ".repeat(depth)).append("pass\n").toString();
    }

    static void parseExpectingNoCrash(String program) {
        try {
            Parser.parse(program, "main.py");
        } catch (PythonSyntaxError e) {
            e.format("main.py");
        } catch (Throwable t) {
            throw new AssertionError("parser crashed on:\n" + program, t);
        }
    }

    /** The app parses on ordinary threads, so the test does not rely on a large stack (surefire sets -Xss64m). */
    static void runOnSmallStack(Runnable body) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "parser-robustness", 1 << 20);
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    private static List<String> corpusPrograms() throws IOException {
        List<String> programs = new ArrayList<>();
        for (String folder : new String[]{"valid", "syntax_errors"}) {
            for (Path p : ParserCorpusTest.programs(folder).toList()) {
                programs.add(ParserCorpusTest.read(p));
            }
        }
        return programs;
    }

    static String mutate(String program, Random random) {
        String result = program;
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            result = switch (random.nextInt(6)) {
                case 0 -> deleteSpan(result, random);
                case 1 -> duplicateSpan(result, random);
                case 2 -> swapLines(result, random);
                case 3 -> insertNoise(result, random);
                case 4 -> swapTokens(result, random);
                default -> truncate(result, random);
            };
        }
        return result;
    }

    private static String deleteSpan(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        int start = r.nextInt(s.length());
        int end = Math.min(s.length(), start + 1 + r.nextInt(8));
        return s.substring(0, start) + s.substring(end);
    }

    private static String duplicateSpan(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        int start = r.nextInt(s.length());
        int end = Math.min(s.length(), start + 1 + r.nextInt(20));
        return s.substring(0, end) + s.substring(start, end) + s.substring(end);
    }

    private static String swapLines(String s, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
        if (lines.size() < 2) {
            return s;
        }
        int a = r.nextInt(lines.size());
        int b = r.nextInt(lines.size());
        String t = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, t);
        return String.join("\n", lines);
    }

    private static String insertNoise(String s, Random r) {
        int at = s.isEmpty() ? 0 : r.nextInt(s.length() + 1);
        StringBuilder noise = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            noise.append(NOISE.charAt(r.nextInt(NOISE.length())));
        }
        return s.substring(0, at) + noise + s.substring(at);
    }

    private static String swapTokens(String s, Random r) {
        List<Token> tokens = Lexer.highlightTokens(s);
        if (tokens.size() < 2) {
            return s;
        }
        Token a = tokens.get(r.nextInt(tokens.size()));
        Token b = tokens.get(r.nextInt(tokens.size()));
        if (a.start() > b.start()) {
            Token t = a;
            a = b;
            b = t;
        }
        if (a.end() > b.start()) {
            return s;
        }
        String n = SourceLines.normalizeNewlines(s);
        return n.substring(0, a.start()) + b.text() + n.substring(a.end(), b.start()) + a.text() + n.substring(b.end());
    }

    private static String truncate(String s, Random r) {
        return s.isEmpty() ? s : s.substring(0, r.nextInt(s.length()));
    }
}
