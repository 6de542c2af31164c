package looplab.lessons;

import java.util.List;

/**
 * A question as the student sees it in one run: the question, its computed answer, and the choices to show
 * (the author's, or every task of the run for {@code choices: tasks}); {@code correctChoice} is the index of
 * the right one, -1 for a text question.
 */
public record AskedQuestion(Question question, Answer answer, List<String> choices, int correctChoice) {
    public AskedQuestion {
        choices = List.copyOf(choices);
    }

    /**
     * Checks a reply: for a choice question the choice's number (from 1) or its text; for a text question
     * any text that {@link Answer#accepts} takes.
     */
    public AnswerCheck check(String reply) {
        boolean correct = question.kind() == Question.Kind.CHOICE ? isCorrectChoice(reply) : answer.accepts(reply);
        return new AnswerCheck(correct, reply, answer.text(), question.explanation());
    }

    private boolean isCorrectChoice(String reply) {
        String given = reply.strip();
        if (!given.isEmpty() && given.length() < 4 && given.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(given) - 1 == correctChoice;
        }
        return Answer.normalise(given).equals(Answer.normalise(choices.get(correctChoice)));
    }

    /** The result of checking one reply: was it right, what was given, what is right, and why. */
    public record AnswerCheck(boolean correct, String reply, String expected, String explanation) {
    }
}
