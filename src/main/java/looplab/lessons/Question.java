package looplab.lessons;

import java.util.List;

/**
 * A predict-next question asked at a step's moment, before the run goes on.
 *
 * @param line      the line of the {@code ?} in lesson.md
 * @param kind      multiple choice or free text
 * @param prompt    what is asked (Markdown, one line)
 * @param answer    how the correct answer is computed from the trace
 * @param choices   the author's choices, in order; empty for free text or generated choices
 * @param choicesFromTasks true for {@code choices: tasks}: every task of the run is a choice
 * @param explanation shown after the student answered (Markdown), may be empty
 */
public record Question(int line, Kind kind, String prompt, AnswerExpression answer, List<String> choices,
                       boolean choicesFromTasks, String explanation) {
    public enum Kind { CHOICE, TEXT }

    public Question {
        choices = List.copyOf(choices);
    }
}
