package looplab.lessons;

import java.util.List;
import java.util.Optional;

/**
 * A student's walk through one lesson run, shared by the window and the terminal: which moment they are at,
 * which question waits for an answer, and the score. Plain state, no UI: the window seeks its replay to
 * {@link #eventIndex()} and shows {@link #current()}'s narration.
 */
public final class LessonSession {
    private final LessonRun run;
    private int moment = -1;
    private int nextQuestion;
    private int asked;
    private int correct;

    public LessonSession(LessonRun run) {
        this.run = run;
    }

    public LessonRun run() {
        return run;
    }

    /** The moment the student is at; empty before the first {@link #advance()}. */
    public Optional<LessonRun.Moment> current() {
        return moment < 0 ? Optional.empty() : Optional.of(run.moments().get(moment));
    }

    /** The trace index of the current moment, -1 before the first. */
    public int eventIndex() {
        return current().map(LessonRun.Moment::eventIndex).orElse(-1);
    }

    /** Which moment the student is at, counting from 1; 0 before the first. */
    public int momentNumber() {
        return moment + 1;
    }

    public boolean hasNext() {
        return moment + 1 < run.moments().size();
    }

    /** Moves to the next moment. A question still waiting for its answer must be answered first. */
    public LessonRun.Moment advance() {
        if (pendingQuestion().isPresent()) {
            throw new IllegalStateException("answer the question before going on");
        }
        if (!hasNext()) {
            throw new IllegalStateException("the lesson has no more steps");
        }
        moment++;
        nextQuestion = 0;
        return run.moments().get(moment);
    }

    /** The current moment's next unanswered question, if any. */
    public Optional<AskedQuestion> pendingQuestion() {
        List<AskedQuestion> questions = current().map(LessonRun.Moment::questions).orElse(List.of());
        return nextQuestion < questions.size() ? Optional.of(questions.get(nextQuestion)) : Optional.empty();
    }

    /** Answers the pending question (one try per question) and counts it in the score. */
    public AskedQuestion.AnswerCheck answer(String reply) {
        AskedQuestion question = pendingQuestion()
                .orElseThrow(() -> new IllegalStateException("no question is waiting for an answer"));
        AskedQuestion.AnswerCheck check = question.check(reply);
        nextQuestion++;
        asked++;
        if (check.correct()) {
            correct++;
        }
        return check;
    }

    public int asked() {
        return asked;
    }

    public int correct() {
        return correct;
    }

    public boolean finished() {
        return !hasNext() && pendingQuestion().isEmpty();
    }
}
