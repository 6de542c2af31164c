package looplab.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * lesson.md, read: the front matter, the introduction and the steps, or the mistakes found in it. The body
 * is Markdown; only lines that start with {@code @} (an anchor) or {@code ?} (a question) outside fenced code
 * blocks mean something to LoopLab, so the file still reads well in any Markdown viewer.
 */
record LessonText(FrontMatter frontMatter, String introduction, List<Step> steps, List<LessonFormatException> errors) {
    private static final String FENCE = "---";

    static LessonText parse(String text) {
        List<String> lines = text.lines().toList();
        List<LessonFormatException> errors = new ArrayList<>();
        int bodyStart;
        FrontMatter frontMatter = null;
        try {
            int close = closingFence(lines);
            frontMatter = FrontMatter.parse(lines.subList(1, close), 2);
            bodyStart = close + 1;
        } catch (LessonFormatException e) {
            return new LessonText(null, "", List.of(), List.of(e));
        }
        Body body = new Body(errors);
        for (int i = bodyStart; i < lines.size(); i++) {
            body.line(lines.get(i), i + 1);
        }
        body.finish();
        errors.sort(java.util.Comparator.comparingInt(LessonFormatException::line));
        return new LessonText(frontMatter, body.introduction.toString().strip(), body.steps, List.copyOf(errors));
    }

    private static int closingFence(List<String> lines) throws LessonFormatException {
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            throw new LessonFormatException(1, "lesson.md must start with front matter: a '---' line, "
                    + "'title: ...' and the other keys, and a closing '---' line");
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                return i;
            }
        }
        throw new LessonFormatException(1, "the front matter has no closing '---' line");
    }

    /** Reads the body line by line: a small state machine over narration, fences, anchors and question blocks. */
    private static final class Body {
        final List<LessonFormatException> errors;
        final StringBuilder introduction = new StringBuilder();
        final List<Step> steps = new ArrayList<>();
        String fence;
        int stepLine;
        Anchor anchor;
        StringBuilder narration;
        List<Question> questions;
        QuestionDraft question;

        Body(List<LessonFormatException> errors) {
            this.errors = errors;
        }

        void line(String line, int number) {
            if (question != null && belongsToQuestion(line)) {
                question.line(line.strip(), number, errors);
                return;
            }
            endQuestion();
            if (fence == null && line.startsWith("@")) {
                startStep(line.substring(1), number);
            } else if (fence == null && line.startsWith("?")) {
                startQuestion(line.substring(1), number);
            } else {
                trackFence(line);
                (narration == null ? introduction : narration).append(line).append('\n');
            }
        }

        private static boolean belongsToQuestion(String line) {
            return !line.isBlank() && (Character.isWhitespace(line.charAt(0)) || line.startsWith("-"));
        }

        private void trackFence(String line) {
            String stripped = line.strip();
            if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                fence = stripped.substring(0, 3);
            } else if (fence != null && stripped.startsWith(fence)) {
                fence = null;
            }
        }

        private void startStep(String text, int number) {
            endStep();
            try {
                anchor = AnchorParser.parse(text, number);
            } catch (LessonFormatException e) {
                errors.add(e);
                anchor = null;
            }
            stepLine = number;
            narration = new StringBuilder();
            questions = new ArrayList<>();
        }

        private void startQuestion(String text, int number) {
            if (narration == null) {
                errors.add(new LessonFormatException(number, "a question must follow an anchor (@when ..., @at line N "
                        + "or @start): it is asked at that moment"));
                return;
            }
            try {
                question = QuestionDraft.start(text, number);
            } catch (LessonFormatException e) {
                errors.add(e);
            }
        }

        private void endQuestion() {
            if (question != null) {
                try {
                    Question finished = question.finish();
                    if (finished != null) {
                        questions.add(finished);
                    }
                } catch (LessonFormatException e) {
                    errors.add(e);
                }
                question = null;
            }
        }

        private void endStep() {
            endQuestion();
            if (narration != null && anchor != null) {
                steps.add(new Step(stepLine, anchor, narration.toString().strip(), questions));
            }
        }

        void finish() {
            endStep();
        }
    }

    /** A {@code ?} block being read: its header line, then {@code answer:}, {@code choices:}, {@code - } and {@code explain:} lines. */
    private static final class QuestionDraft {
        final int line;
        final Question.Kind kind;
        final String prompt;
        AnswerExpression answer;
        /** Set even when the answer line had a mistake, which is then reported instead of "no answer". */
        boolean answerWritten;
        final List<String> choices = new ArrayList<>();
        boolean choicesFromTasks;
        String explanation = "";

        private QuestionDraft(int line, Question.Kind kind, String prompt) {
            this.line = line;
            this.kind = kind;
            this.prompt = prompt;
        }

        static QuestionDraft start(String header, int line) throws LessonFormatException {
            int colon = header.indexOf(':');
            String kindWord = colon < 0 ? "" : header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            Question.Kind kind = switch (kindWord) {
                case "choice" -> Question.Kind.CHOICE;
                case "text" -> Question.Kind.TEXT;
                default -> throw new LessonFormatException(line,
                        "a question starts with '? choice: PROMPT' or '? text: PROMPT'");
            };
            String prompt = header.substring(colon + 1).strip();
            if (prompt.isEmpty()) {
                throw new LessonFormatException(line, "the question has no prompt after '" + kindWord + ":'");
            }
            return new QuestionDraft(line, kind, prompt);
        }

        void line(String text, int number, List<LessonFormatException> errors) {
            try {
                field(text, number);
            } catch (LessonFormatException e) {
                errors.add(e);
            }
        }

        private void field(String text, int number) throws LessonFormatException {
            if (text.startsWith("-")) {
                choices.add(text.substring(1).strip());
            } else if (text.startsWith("answer:")) {
                answerWritten = true;
                answer = AnswerParser.parse(text.substring("answer:".length()), number);
            } else if (text.startsWith("choices:")) {
                if (!text.substring("choices:".length()).strip().equals("tasks")) {
                    throw new LessonFormatException(number, "'choices:' takes 'tasks' (every task of the run); "
                            + "list your own choices as '- CHOICE' lines instead");
                }
                choicesFromTasks = true;
            } else if (text.startsWith("explain:")) {
                explanation = text.substring("explain:".length()).strip();
            } else {
                throw new LessonFormatException(number, "inside a question: 'answer: ...', '- CHOICE', "
                        + "'choices: tasks' or 'explain: ...'");
            }
        }

        /** The question, or null when its answer line had a mistake (already reported). */
        Question finish() throws LessonFormatException {
            if (answer == null && answerWritten) {
                return null;
            }
            if (answer == null) {
                throw new LessonFormatException(line, "the question has no 'answer:' line (" + AnswerParser.ALL + ")");
            }
            if (kind == Question.Kind.TEXT && (!choices.isEmpty() || choicesFromTasks)) {
                throw new LessonFormatException(line, "a text question has no choices; use '? choice:'");
            }
            if (kind == Question.Kind.CHOICE && !choicesFromTasks && choices.size() < 2) {
                throw new LessonFormatException(line, "a choice question needs two or more '- CHOICE' lines "
                        + "or 'choices: tasks'");
            }
            return new Question(line, kind, prompt, answer, choices, choicesFromTasks, explanation);
        }
    }
}
