package looplab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import looplab.lessons.Lesson;
import looplab.lessons.LessonCatalog;
import looplab.lessons.LessonLoader;
import looplab.lessons.LessonProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code looplab lessons}: lists the lessons (number, title, level, summary) and reports broken ones. */
@Command(name = "lessons",
        description = "Lists the lessons: number, title, level and summary. Broken lessons are reported with file and line.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every lesson loaded", "1:some lesson has a mistake (listed on stderr)"})
public final class LessonsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", paramLabel = "FOLDER", description = "where the lessons are (default: ${DEFAULT-VALUE})")
    private Path folder = LessonLoader.DEFAULT_FOLDER;

    @Override
    public Integer call() {
        LessonCatalog catalog = LessonLoader.load(folder);
        PrintWriter out = spec.commandLine().getOut();
        for (Lesson lesson : catalog.lessons()) {
            String level = lesson.level().isEmpty() ? "" : "  (" + lesson.level() + ")";
            out.println(lesson.number() + "  " + lesson.title() + level);
            if (!lesson.summary().isEmpty()) {
                out.println("    " + lesson.summary());
            }
        }
        if (catalog.lessons().isEmpty()) {
            out.println("No lessons in " + folder.toAbsolutePath());
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (LessonProblem problem : catalog.problems()) {
            err.println(problem);
        }
        err.flush();
        return catalog.problems().isEmpty() ? 0 : 1;
    }
}
