package looplab.ui;

/** How far one step moves: to the next line, the next handle the loop runs, or the next loop iteration. */
public enum Grain {
    LINE("line"),
    TASK_STEP("task step"),
    ITERATION("iteration");

    private final String words;

    Grain(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
