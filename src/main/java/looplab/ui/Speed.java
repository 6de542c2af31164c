package looplab.ui;

/**
 * How fast Play steps through the trace (one task step per tick), and how long a token takes to slide to its
 * new lane: 150–400 ms so the eye can follow it, never longer than a tick, and no motion at all when instant.
 */
public enum Speed {
    SLOW("Slow", 1600),
    NORMAL("Normal", 800),
    FAST("Fast", 400),
    INSTANT("Instant", 30);

    private final String title;
    private final int tickMillis;

    Speed(String title, int tickMillis) {
        this.title = title;
        this.tickMillis = tickMillis;
    }

    public int tickMillis() {
        return tickMillis;
    }

    /** 0 means no motion: tokens jump. */
    public int motionMillis() {
        return this == INSTANT ? 0 : Math.max(150, Math.min(400, tickMillis / 2));
    }

    @Override
    public String toString() {
        return title;
    }
}
