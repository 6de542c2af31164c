package looplab.vm;

/** The match statement's pattern instructions. The compiler does not emit them yet (match is refused at compile time). */
final class Matching {
    private Matching() {
    }

    static int execute(int opcode, int arg, PyObject[] stack, int sp) {
        throw Errors.raise(ExceptionTypes.SYSTEM_ERROR, "match statements are not supported yet");
    }
}
