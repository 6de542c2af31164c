package looplab.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus under src/test/resources/language: every valid program must parse to the tree CPython 3.11 dumps,
 * every invalid one must fail with exactly what CPython prints. Expectations are recorded by
 * scripts/record_language_expectations.py.
 */
class ParserCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/language");

    @TestFactory
    Stream<DynamicTest> validProgramsParseToCPythonsTree() throws IOException {
        return programs("valid").map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            String expected = read(sibling(py, ".ast"));
            String actual = AstDump.dump(Parser.parse(read(py), "main.py"));
            assertEquals(expected, actual);
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidProgramsFailAsInCPython() throws IOException {
        return programs("syntax_errors").map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            String expected = read(sibling(py, ".stderr"));
            PythonSyntaxError error = assertThrows(PythonSyntaxError.class, () -> Parser.parse(read(py), "main.py"));
            assertEquals(expected, error.format("main.py"));
        }));
    }

    static Stream<Path> programs(String folder) throws IOException {
        return Files.list(CORPUS.resolve(folder)).filter(p -> p.toString().endsWith(".py")).sorted();
    }

    static Path sibling(Path py, String extension) {
        String name = py.getFileName().toString();
        return py.resolveSibling(name.substring(0, name.length() - 3) + extension);
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
