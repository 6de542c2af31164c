package looplab.lessons;

import java.util.List;

/**
 * One stop of a lesson: the moment (its anchor), what the narration says there, and the questions asked there.
 *
 * @param line      the anchor's line in lesson.md
 * @param narration Markdown, as written (see {@link Narration} to render it)
 */
public record Step(int line, Anchor anchor, String narration, List<Question> questions) {
    public Step {
        questions = List.copyOf(questions);
    }
}
