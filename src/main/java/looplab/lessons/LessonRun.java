package looplab.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import looplab.trace.TraceEvent;
import looplab.trace.TraceEvent.TaskCreated;

/**
 * A lesson laid over one run of its program: where each step's moment falls in the trace, and each question's
 * correct answer as computed from that trace. Anchors resolve in the order they are written, each at or after
 * the event following the previous step's moment, so {@code @at line 5} written twice means its first and
 * second time. A step whose moment never comes, and a question whose answer cannot be computed or does not
 * match exactly one of its choices, become {@link LessonProblem}s (the rest of the lesson still works).
 *
 * @param stdout   everything the program wrote to stdout (compare with CPython's recording)
 * @param stderr   everything it wrote to stderr (a traceback, for instance)
 * @param exitCode as {@code Runner.Result}
 */
public record LessonRun(Lesson lesson, List<TraceEvent> events, List<Moment> moments, List<LessonProblem> problems,
                        String stdout, String stderr, int exitCode) {
    public LessonRun {
        events = List.copyOf(events);
        moments = List.copyOf(moments);
        problems = List.copyOf(problems);
    }

    /** A step at its moment: the index of the event where it happens, and its questions as asked in this run. */
    public record Moment(Step step, int eventIndex, List<AskedQuestion> questions) {
        public Moment {
            questions = List.copyOf(questions);
        }
    }

    /** Lays {@code lesson} over a finished run's trace; {@code events} is the whole trace. */
    public static LessonRun of(Lesson lesson, List<TraceEvent> events, String stdout, String stderr, int exitCode) {
        TraceFacts trace = new TraceFacts(events);
        List<Moment> moments = new ArrayList<>();
        List<LessonProblem> problems = new ArrayList<>();
        int from = 0;
        for (Step step : lesson.steps()) {
            int at = step.anchor().find(trace, from);
            if (at < 0) {
                problems.add(new LessonProblem(lesson.lessonFile(), step.line(), neverHappens(step, from)));
                continue;
            }
            moments.add(new Moment(step, at, ask(lesson, step, trace, at, problems)));
            from = at + 1;
        }
        return new LessonRun(lesson, events, moments, problems, stdout, stderr, exitCode);
    }

    private static String neverHappens(Step step, int from) {
        return "the moment '@" + step.anchor().text() + "' never happens in this run"
                + (from > 0 ? " after the previous step's moment" : "");
    }

    private static List<AskedQuestion> ask(Lesson lesson, Step step, TraceFacts trace, int at,
                                           List<LessonProblem> problems) {
        List<AskedQuestion> asked = new ArrayList<>();
        for (Question question : step.questions()) {
            try {
                Answer answer = question.answer().compute(trace, at);
                asked(question, answer, trace, lesson, problems).ifPresent(asked::add);
            } catch (AnswerExpression.Unavailable e) {
                problems.add(new LessonProblem(lesson.lessonFile(), question.line(),
                        "'answer: " + question.answer().text() + "' has no answer here: " + e.getMessage()));
            }
        }
        return asked;
    }

    private static Optional<AskedQuestion> asked(Question question, Answer answer, TraceFacts trace,
                                                           Lesson lesson, List<LessonProblem> problems) {
        if (question.kind() == Question.Kind.TEXT) {
            return Optional.of(new AskedQuestion(question, answer, List.of(), -1));
        }
        List<String> choices = question.choicesFromTasks()
                ? trace.programTasks().stream().map(TaskCreated::name).toList()
                : question.choices();
        List<Integer> right = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            if (answer.accepts(choices.get(i))) {
                right.add(i);
            }
        }
        if (right.size() == 1) {
            return Optional.of(new AskedQuestion(question, answer, choices, right.get(0)));
        }
        problems.add(new LessonProblem(lesson.lessonFile(), question.line(), (right.isEmpty()
                ? "none of the choices is the answer computed from the run, '" + answer.text() + "'"
                : "several choices are the answer computed from the run, '" + answer.text() + "'")));
        return Optional.empty();
    }

    /** Every question of the run, in the order asked. */
    public List<AskedQuestion> questions() {
        return moments.stream().flatMap(moment -> moment.questions().stream()).toList();
    }
}
