package looplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading lesson.md: what a good file gives, and the file and line of each kind of mistake. */
class LessonFormatTest {
    private static final String PROGRAM = "import asyncio\n\nasync def main():\n    print('hi')\n\nasyncio.run(main())\n";

    @TempDir
    Path dir;

    private Path lesson(String name, String lessonMd) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("main.py"), PROGRAM);
        Files.writeString(folder.resolve("lesson.md"), lessonMd);
        return folder;
    }

    private LessonProblem onlyProblem(String lessonMd) throws IOException {
        Path folder = lesson("01-bad", lessonMd);
        LessonCatalog catalog = LessonLoader.load(dir);
        assertEquals(List.of(), catalog.lessons(), "a lesson with a mistake is not loaded");
        assertEquals(1, catalog.problems().size(), catalog.problems().toString());
        LessonProblem problem = catalog.problems().get(0);
        assertEquals(folder.resolve("lesson.md"), problem.file());
        return problem;
    }

    private void assertProblem(int line, String message, String lessonMd) throws IOException {
        LessonProblem problem = onlyProblem(lessonMd);
        assertEquals(message, problem.message());
        assertEquals(line, problem.line(), problem.toString());
    }

    @Test
    void aGoodLessonGivesFrontMatterIntroductionStepsAndQuestions() throws IOException {
        lesson("03-good", """
                ---
                title: A good lesson
                summary: It has everything.
                level: beginner
                ---
                Some *introduction*.

                @when task "Task-1" waits on a timer
                Main sleeps.

                ? choice: Which task runs next?
                  answer: next-running-task
                  choices: tasks
                  explain: Only one is ready.

                ```python
                @when this is code, not an anchor
                ? and this is not a question
                ```
                @at line 4
                ? text: What prints?
                  answer: next-print
                ? choice: Pick one
                  answer: final-output
                  - hi
                  - bye
                """);
        LessonCatalog catalog = LessonLoader.load(dir);
        assertEquals(List.of(), catalog.problems());
        Lesson lesson = catalog.lessons().get(0);
        assertEquals("03-good", lesson.id());
        assertEquals(3, lesson.order());
        assertEquals("03", lesson.number());
        assertEquals("A good lesson", lesson.title());
        assertEquals("It has everything.", lesson.summary());
        assertEquals("beginner", lesson.level());
        assertEquals("Some *introduction*.", lesson.introduction());
        assertEquals(2, lesson.steps().size());
        Step first = lesson.steps().get(0);
        assertEquals(8, first.line());
        assertEquals("when task \"Task-1\" waits on a timer", first.anchor().text());
        assertTrue(first.narration().startsWith("Main sleeps."));
        assertTrue(first.narration().contains("@when this is code, not an anchor"));
        Question question = first.questions().get(0);
        assertEquals(new Question(11, Question.Kind.CHOICE, "Which task runs next?",
                new AnswerExpression.NextRunningTask(), List.of(), true, "Only one is ready."), question);
        Step second = lesson.steps().get(1);
        assertEquals(new Anchor.AtLine(4), second.anchor());
        assertEquals(List.of(Question.Kind.TEXT, Question.Kind.CHOICE),
                second.questions().stream().map(Question::kind).toList());
        assertEquals(List.of("hi", "bye"), second.questions().get(1).choices());
        assertEquals(3, lesson.questionCount());
    }

    @Test
    void orderInTheFrontMatterWinsOverTheFolderNumber() throws IOException {
        lesson("07-x", "---\ntitle: X\norder: 12\nnetwork:\n  latency: 0.5\n---\n");
        Files.writeString(dir.resolve("07-x/main.net.json"), "{\"latency\": 0.5}");
        LessonCatalog catalog = LessonLoader.load(dir);
        assertEquals(List.of(), catalog.problems());
        assertEquals(12, catalog.lessons().get(0).order());
        assertEquals(Map.of("latency", 0.5), catalog.lessons().get(0).network());
    }

    @Test
    void noFrontMatter() throws IOException {
        assertProblem(1, "lesson.md must start with front matter: a '---' line, 'title: ...' and the other keys, "
                + "and a closing '---' line", "# Title\n\n@start\n");
    }

    @Test
    void unclosedFrontMatter() throws IOException {
        assertProblem(1, "the front matter has no closing '---' line", "---\ntitle: x\n\n@start\n");
    }

    @Test
    void badYamlIsReportedAtItsLine() throws IOException {
        LessonProblem problem = onlyProblem("---\ntitle: fine\nsummary: [unclosed\nlevel: x\n---\n");
        assertTrue(problem.message().startsWith("bad front matter: "), problem.message());
        assertTrue(problem.line() >= 3 && problem.line() <= 5, problem.toString());
    }

    @Test
    void missingTitle() throws IOException {
        assertProblem(1, "the front matter needs a title", "---\nsummary: no title\n---\n");
    }

    @Test
    void unknownKeyIsReportedAtItsLine() throws IOException {
        assertProblem(3, "unknown front matter key 'titel' (title, summary, order, level, network)",
                "---\ntitle: x\ntitel: y\n---\n");
    }

    @Test
    void orderMustBeAWholeNumber() throws IOException {
        assertProblem(3, "'order' must be a whole number, not first", "---\ntitle: x\norder: first\n---\n");
    }

    @Test
    void unknownAnchorSyntax() throws IOException {
        assertProblem(6, "an anchor starts with '@when', '@at line' or '@start', found 'whenever'",
                "---\ntitle: x\n---\nIntro.\n\n@whenever the clock ticks\nText.\n");
    }

    @Test
    void aQuestionBeforeAnyAnchor() throws IOException {
        assertProblem(4, "a question must follow an anchor (@when ..., @at line N or @start): it is asked at that moment",
                "---\ntitle: x\n---\n? text: Too early?\n  answer: clock\n");
    }

    @Test
    void aQuestionWithoutAnAnswer() throws IOException {
        assertProblem(5, "the question has no 'answer:' line (" + AnswerParser.ALL + ")",
                "---\ntitle: x\n---\n@start\n? text: What now?\n");
    }

    @Test
    void aChoiceQuestionWithOneChoice() throws IOException {
        assertProblem(5, "a choice question needs two or more '- CHOICE' lines or 'choices: tasks'",
                "---\ntitle: x\n---\n@start\n? choice: Which?\n  answer: next-print\n  - hi\n");
    }

    @Test
    void anUnknownAnswerIsReportedAtTheAnswerLine() throws IOException {
        assertProblem(6, "unknown answer '42'; an answer is one of: " + AnswerParser.ALL,
                "---\ntitle: x\n---\n@start\n? text: What?\n  answer: 42\n");
    }

    @Test
    void anUnknownQuestionKind() throws IOException {
        assertProblem(5, "a question starts with '? choice: PROMPT' or '? text: PROMPT'",
                "---\ntitle: x\n---\n@start\n? quiz: What?\n  answer: clock\n");
    }

    @Test
    void anUnknownLineInsideAQuestion() throws IOException {
        assertProblem(7, "inside a question: 'answer: ...', '- CHOICE', 'choices: tasks' or 'explain: ...'",
                "---\ntitle: x\n---\n@start\n? text: What?\n  answer: clock\n  hint: think\n");
    }

    @Test
    void everyMistakeOfAFileIsReported() throws IOException {
        lesson("01-bad", "---\ntitle: x\n---\n@when nothing\n@at line 2\n? text: What?\n  answer: nonsense\n");
        List<Integer> lines = LessonLoader.load(dir).problems().stream().map(LessonProblem::line).toList();
        assertEquals(List.of(4, 7), lines, "the anchor, then the answer; each mistake once");
    }

    @Test
    void aProgramThatDoesNotParseIsReportedAtItsLine() throws IOException {
        Path folder = lesson("02-broken", "---\ntitle: x\n---\n");
        Files.writeString(folder.resolve("main.py"), "import asyncio\n\ndef main(:\n    pass\n");
        LessonCatalog catalog = LessonLoader.load(dir);
        assertEquals(List.of(), catalog.lessons());
        LessonProblem problem = catalog.problems().get(0);
        assertEquals(folder.resolve("main.py"), problem.file());
        assertEquals(3, problem.line());
        assertTrue(problem.message().startsWith("SyntaxError: "), problem.message());
    }

    @Test
    void networkSettingsMustAgreeWithWhatCPythonWasRecordedWith() throws IOException {
        Path folder = lesson("04-net", "---\ntitle: x\nnetwork:\n  latency: 0.5\n---\n");
        Files.writeString(folder.resolve("main.net.json"), "{\"latency\": 2.0}");
        LessonProblem problem = LessonLoader.load(dir).problems().get(0);
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("differ from main.net.json"), problem.message());
    }

    @Test
    void oneBrokenLessonDoesNotStopTheOthers() throws IOException {
        lesson("01-good", "---\ntitle: Good one\n---\n@start\nHello.\n");
        lesson("02-bad", "---\ntitle: Bad one\n---\n@later\n");
        Files.createDirectories(dir.resolve("03-empty"));
        lesson("04-good", "---\ntitle: Another\n---\n");
        LessonCatalog catalog = LessonLoader.load(dir);
        assertEquals(List.of("Good one", "Another"), catalog.lessons().stream().map(Lesson::title).toList());
        assertEquals(2, catalog.problems().size(), catalog.problems().toString());
        assertEquals(dir.resolve("02-bad/lesson.md"), catalog.problems().get(0).file());
        assertEquals(dir.resolve("03-empty"), catalog.problems().get(1).file());
        assertTrue(catalog.problems().get(1).toString().endsWith("03-empty: a lesson folder needs its program, main.py"));
    }

    @Test
    void aSinglePythonFileIsALessonWithoutNarration() throws IOException {
        Path file = Files.writeString(dir.resolve("05_demo.py"), PROGRAM);
        LessonCatalog catalog = LessonLoader.load(file);
        assertEquals(List.of(), catalog.problems());
        Lesson lesson = catalog.lessons().get(0);
        assertEquals("05_demo.py", lesson.title());
        assertEquals(5, lesson.order());
        assertEquals(List.of(), lesson.steps());
        assertEquals(PROGRAM, lesson.source());
    }

    @Test
    void aSingleLessonFolderLoadsByItself() throws IOException {
        Path folder = lesson("09-alone", "---\ntitle: Alone\n---\n");
        assertEquals("Alone", LessonLoader.load(folder).lessons().get(0).title());
    }

    @Test
    void aMissingPathIsAProblemNotACrash() {
        LessonCatalog catalog = LessonLoader.load(dir.resolve("nowhere"));
        assertEquals(List.of(), catalog.lessons());
        assertEquals("no such lesson, folder or .py file", catalog.problems().get(0).message());
    }

    @Test
    void lessonsAreFoundByNumberOrName() throws IOException {
        lesson("02-the-minimal-example", "---\ntitle: Minimal\n---\n");
        lesson("10-taskgroup", "---\ntitle: Groups\n---\n");
        LessonCatalog catalog = LessonLoader.load(dir);
        assertEquals("Minimal", catalog.find("02").orElseThrow().title());
        assertEquals("Minimal", catalog.find("2").orElseThrow().title());
        assertEquals("Groups", catalog.find("10-taskgroup").orElseThrow().title());
        assertEquals("Groups", catalog.find("10-task").orElseThrow().title());
        assertTrue(catalog.find("11").isEmpty());
    }
}
