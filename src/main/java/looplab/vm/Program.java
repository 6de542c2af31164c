package looplab.vm;

import looplab.language.Parser;
import looplab.language.compiler.CodeUnit;
import looplab.language.compiler.Compiler;

/** Parses, compiles and loads a program's source into a code object the interpreter can run as __main__. */
public final class Program {
    private Program() {
    }

    /** @throws looplab.language.PythonSyntaxError when the source does not parse or compile */
    public static PyCode compile(String source, String fileName) {
        CodeUnit unit = Compiler.compile(Parser.parse(source, fileName), fileName);
        return CodeLoader.load(unit);
    }
}
