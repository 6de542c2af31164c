package looplab.vm.modules;

import looplab.runtime.CapturedOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import looplab.runtime.Runner;
import org.junit.jupiter.api.Test;

/** docs/language.md lists exactly the modules a program can import: the sandbox's own refusal message. */
class LanguageDocTest {
    private static final Path DOC = Path.of("docs/language.md");

    @Test
    void moduleTableListsExactlyTheImportableModules() throws IOException {
        assertEquals(importableModules(), documentedModules(), "docs/language.md's module table is out of date");
    }

    @Test
    void bundledPythonModulesAreDocumented() throws IOException {
        TreeSet<String> documented = documentedModules();
        for (String name : StdlibModules.SOURCE_MODULES) {
            assertTrue(documented.contains(name), name + " is bundled but not in docs/language.md");
        }
    }

    /** What a program is told is available when it imports a module the sandbox refuses. */
    private static TreeSet<String> importableModules() {
        CapturedOutput out = new CapturedOutput();
        Runner.run("import os\n", "main.py", Runner.Options.defaults(), out);
        String err = out.stderr();
        Matcher m = Pattern.compile("available: ([^)]*)\\)").matcher(err);
        assertTrue(m.find(), "the refusal names the available modules: " + err);
        return new TreeSet<>(Arrays.asList(m.group(1).split(", ")));
    }

    private static TreeSet<String> documentedModules() throws IOException {
        String doc = Files.readString(DOC);
        String table = doc.substring(doc.indexOf("<!-- modules:begin"), doc.indexOf("<!-- modules:end"));
        TreeSet<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z_.]+)` \\|").matcher(table);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
