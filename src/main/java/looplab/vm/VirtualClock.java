package looplab.vm;

/**
 * The program's clock: virtual seconds that advance with executed instructions (CPU is not free) and with
 * blocking sleeps, never with the real time. The asyncio loop reads it as loop.time() and moves it to the next
 * timer when nothing is ready.
 */
public class VirtualClock {
    /**
     * Default cost of one VM instruction in virtual seconds: about what CPython 3.11 spends per bytecode on this
     * class of machine. Measured with bench/programs' counting loop: `python3` runs 10 million iterations of
     * `x = x + i` in a function (7 bytecodes each) in about 0.5 s, i.e. 7-8 ns per bytecode.
     */
    public static final double DEFAULT_SECONDS_PER_INSTRUCTION = 8e-9;

    private double base;
    private long instructionsAtBase;
    private double secondsPerInstruction = DEFAULT_SECONDS_PER_INSTRUCTION;
    private Interpreter interpreter;

    public void attach(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.instructionsAtBase = interpreter.executedInstructions();
    }

    public void setSecondsPerInstruction(double cost) {
        rebase();
        this.secondsPerInstruction = cost;
    }

    public double secondsPerInstruction() {
        return secondsPerInstruction;
    }

    /** Now, in virtual seconds since the program started. */
    public double now() {
        long executed = interpreter == null ? 0 : interpreter.executedInstructions();
        return base + (executed - instructionsAtBase) * secondsPerInstruction;
    }

    /** Moves the clock forward (a blocking sleep, or the loop jumping to its next timer). */
    public void advance(double seconds) {
        if (seconds > 0) {
            rebase();
            base += seconds;
        }
    }

    /** Moves the clock to an absolute time if that is later than now. */
    public void advanceTo(double time) {
        advance(time - now());
    }

    private void rebase() {
        base = now();
        instructionsAtBase = interpreter == null ? 0 : interpreter.executedInstructions();
    }
}
