package looplab.lessons;

import java.util.List;
import java.util.Optional;

/**
 * What loading a folder gives: the lessons that loaded, in order, and the problems of those that did not
 * (or of lessons that loaded with a warning). One bad lesson never hides the others.
 */
public record LessonCatalog(List<Lesson> lessons, List<LessonProblem> problems) {
    public LessonCatalog {
        lessons = List.copyOf(lessons);
        problems = List.copyOf(problems);
    }

    /**
     * The lesson that {@code key} names: its number ({@code 2} or {@code 02}), its folder name
     * ({@code 02-the-minimal-example}) or the start of it.
     */
    public Optional<Lesson> find(String key) {
        String wanted = key.strip();
        Optional<Lesson> exact = lessons.stream()
                .filter(lesson -> lesson.id().equals(wanted) || isNumber(wanted) && lesson.order() == Integer.parseInt(wanted))
                .findFirst();
        return exact.or(() -> lessons.stream().filter(lesson -> lesson.id().startsWith(wanted)).findFirst());
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.length() < 9 && text.chars().allMatch(Character::isDigit);
    }
}
