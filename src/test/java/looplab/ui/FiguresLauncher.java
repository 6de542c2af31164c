package looplab.ui;

/** Starts {@link Figures} from the classpath (a main class extending Application cannot). */
public final class FiguresLauncher {
    private FiguresLauncher() {
    }

    public static void main(String[] args) {
        Figures.main(args);
    }
}
