package looplab.lessons;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A lesson as loaded from disk: a program, and the story told at moments of its run.
 *
 * @param id           the folder name ({@code 02-the-minimal-example}), or the file name for a bare program
 * @param order        position in the list (front matter {@code order}, else the folder's leading number)
 * @param title        from the front matter (a bare program: its file name)
 * @param summary      one or two sentences for the list
 * @param level        e.g. {@code beginner}, {@code intermediate}, {@code advanced}; may be empty
 * @param network      per-host settings of the simulated network (docs/network.md), empty for the defaults
 * @param program      the program file ({@code main.py})
 * @param source       the program's text
 * @param lessonFile   {@code lesson.md}, or null for a bare program
 * @param introduction Markdown shown before the run starts (the text before the first anchor)
 * @param steps        the anchored steps, in the order they are told
 */
public record Lesson(String id, int order, String title, String summary, String level, Map<String, Object> network,
                     Path program, String source, Path lessonFile, String introduction, List<Step> steps) {
    public Lesson {
        network = Map.copyOf(network);
        steps = List.copyOf(steps);
    }

    /** The number the command line and the list show: {@code 02}. */
    public String number() {
        return String.format("%02d", order);
    }

    public int questionCount() {
        return steps.stream().mapToInt(step -> step.questions().size()).sum();
    }
}
