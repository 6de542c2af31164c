package looplab.lessons;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The correct answer to a question, computed from the trace: the text shown to the student, and every text
 * that counts as right (a task is right by its name or by its coroutine).
 *
 * <p>Checking forgives what does not matter: case, runs of spaces, spaces next to punctuation
 * ({@code [0,1, 2]} is {@code [0, 1, 2]}) and how a number is written ({@code 1} is {@code 1.0} is {@code 1.00}).
 */
public record Answer(String text, List<String> accepted) {
    /**
     * Clock answers are rounded to hundredths of a second: LoopLab's clock also counts the tiny time the Python
     * code itself takes, so a task woken by {@code sleep(1)} prints at 1.00001, which a student calls 1.0.
     */
    static final double CLOCK_TOLERANCE = 0.005;
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.-])-?\\d+(\\.\\d+)?(?![\\w.])");
    private static final Pattern SPACE_AROUND_PUNCTUATION = Pattern.compile("\\s*([,\\[\\](){}:])\\s*");

    public Answer {
        accepted = List.copyOf(accepted);
    }

    static Answer of(String text) {
        return new Answer(text, List.of(text));
    }

    static Answer clock(double seconds) {
        return of(seconds(seconds));
    }

    /** Seconds as Python prints a float, rounded to hundredths: {@code 1.0}, {@code 0.25}, {@code 3.5}. */
    static String seconds(double seconds) {
        BigDecimal rounded = BigDecimal.valueOf(seconds).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.setScale(1).toPlainString() : rounded.toPlainString();
    }

    /** True when the student's {@code reply} is this answer, up to the differences described above. */
    public boolean accepts(String reply) {
        String given = normalise(reply);
        return accepted.stream().map(Answer::normalise).anyMatch(given::equals);
    }

    static String normalise(String text) {
        String spaced = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String tight = SPACE_AROUND_PUNCTUATION.matcher(spaced).replaceAll("$1");
        Matcher numbers = NUMBER.matcher(tight);
        StringBuilder out = new StringBuilder();
        while (numbers.find()) {
            numbers.appendReplacement(out, Matcher.quoteReplacement(canonicalNumber(numbers.group())));
        }
        numbers.appendTail(out);
        return out.toString();
    }

    private static String canonicalNumber(String number) {
        BigDecimal value = new BigDecimal(number).stripTrailingZeros();
        return value.signum() == 0 ? "0" : value.toPlainString();
    }
}
