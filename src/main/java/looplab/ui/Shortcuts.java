package looplab.ui;

import java.util.List;

/** Every keyboard shortcut, in one list: the help sheet and the tooltips both read it, so they cannot disagree. */
final class Shortcuts {
    record Shortcut(String keys, String does) {
    }

    static final String PLAY = "Space";
    static final String STEP = "→";
    static final String BACK = "←";
    static final String RUN = "F5 / Ctrl+Enter";
    static final String LESSONS = "Ctrl+L";
    static final String NEXT_MOMENT = "N";
    static final String GO_TO_TIME = "Ctrl+G";

    static final List<Shortcut> ALL = List.of(
            new Shortcut(PLAY, "play / pause"),
            new Shortcut("→   ←", "step forward / back at the chosen grain"),
            new Shortcut("Shift+→   Shift+←", "step one line"),
            new Shortcut("Ctrl+→   Ctrl+←", "step one task step (one handle the loop runs)"),
            new Shortcut("Alt+→   Alt+←", "step one loop iteration"),
            new Shortcut("Home   End", "back to the start / jump to the end"),
            new Shortcut(GO_TO_TIME, "go to a time (seconds of the program's clock)"),
            new Shortcut(RUN, "run the program in the editor (again)"),
            new Shortcut(LESSONS, "show / hide the lesson and inspector column"),
            new Shortcut(NEXT_MOMENT, "the lesson's next moment"),
            new Shortcut("Ctrl+O", "open a program, a lesson folder or a trace"),
            new Shortcut("Ctrl+=   Ctrl+-", "zoom in / out (100–300 %)"),
            new Shortcut("F11", "full screen"),
            new Shortcut("F1   ?", "this help"),
            new Shortcut("Esc", "close this help; leave the editor"));

    private Shortcuts() {
    }
}
