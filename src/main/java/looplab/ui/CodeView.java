package looplab.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import looplab.language.Lexer;
import looplab.language.Token;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The program, in a RichTextFX editor: highlighted by the interpreter's own lexer (what looks like a keyword is
 * one), and in the gutter of each line the tasks that are at it, in their colours and shapes with their names.
 * The line running now is emphasised; a syntax error or the line a budget stopped at is marked. Editable.
 */
final class CodeView {
    /** The running task's mark; a pseudo-class, so that changing it does not restyle the mark from nothing. */
    private static final javafx.css.PseudoClass RUNNING = javafx.css.PseudoClass.getPseudoClass("running");
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> view = new VirtualizedScrollPane<>(area);
    private CodeMarks marks;
    private boolean compact;
    private int errorLine;
    /**
     * The style class each emphasised paragraph has now, by paragraph index. A step restyles only the paragraphs
     * whose class changes: RichTextFX rebuilds a paragraph's nodes (and its gutter) whenever its style is set.
     */
    private Map<Integer, String> lineStyles = new HashMap<>();
    /** The hanging-indent class of each indented paragraph ({@link #indentClass}), as of the last highlight. */
    private Map<Integer, String> indentStyles = new HashMap<>();
    /**
     * The gutter node of each paragraph the editor has asked for, by paragraph index. A step updates these in place:
     * handing the editor a new factory would rebuild (and restyle) every visible gutter on every step.
     */
    private final Map<Integer, Gutter> gutters = new HashMap<>();

    CodeView() {
        area.setId("codeArea");
        area.getStyleClass().add("program-editor");
        // Long lines wrap rather than hide behind a horizontal scroll bar nobody scrolls on a projector.
        area.setWrapText(true);
        // (A CodeArea gives typed text no style until the next highlight, so text typed after an indentation does
        // not take the zero-wide "indent" class of the space before it: MainWindowTest checks it.)
        area.setParagraphGraphicFactory(this::gutter);
        area.multiPlainChanges().successionEnds(Duration.ofMillis(120)).subscribe(change -> highlight());
    }

    Node view() {
        return view;
    }

    CodeArea area() {
        return area;
    }

    String text() {
        return area.getText();
    }

    void setText(String text) {
        area.replaceText(text);
        area.moveTo(0);
        area.requestFollowCaret();
        highlight();
    }

    /** Marks where each task is; null clears the marks (e.g. after an edit, when they no longer fit the text). */
    void show(CodeMarks newMarks) {
        if (newMarks == null ? marks == null : newMarks.showsTheSameAs(marks)) {
            return;
        }
        marks = newMarks;
        restyleLines();
        refreshGutters();
        if (marks != null && marks.runningLine() > 0) {
            showLine(marks.runningLine());
        } else if (marks != null && !marks.linesWithTasks().isEmpty()
                && marks.linesWithTasks().stream().noneMatch(this::inView)) {
            // Nothing runs: the view stays where it is, unless it shows no task at all (a zoomed editor is short).
            showLine(marks.linesWithTasks().get(0));
        }
    }

    private boolean inView(int line) {
        try {
            return line - 1 >= area.firstVisibleParToAllParIndex() && line - 1 <= area.lastVisibleParToAllParIndex();
        } catch (RuntimeException notLaidOutYet) {
            return true;
        }
    }

    /** Compact marks (shape and task number) leave the code room at high zoom; the stage still names the tasks. */
    void setCompact(boolean newCompact) {
        compact = newCompact;
        refreshGutters();
    }

    /** Marks {@code line} (1-based) as where a syntax error or a budget stopped the program; 0 clears it. */
    void markError(int line) {
        if (line == errorLine) {
            return;
        }
        errorLine = line;
        restyleLines();
        refreshGutters();
        if (line > 0) {
            showLine(line);
        }
    }

    int errorLine() {
        return errorLine;
    }

    private void showLine(int line) {
        int paragraph = line - 1;
        if (paragraph < area.getParagraphs().size()) {
            area.showParagraphInViewport(paragraph);
        }
    }

    private void restyleLines() {
        Map<Integer, String> wanted = wantedLineStyles();
        lineStyles.forEach((paragraph, style) -> {
            if (!wanted.containsKey(paragraph) && paragraph < area.getParagraphs().size()) {
                area.setParagraphStyle(paragraph, paragraphStyle(null, paragraph));
            }
        });
        wanted.forEach((paragraph, style) -> {
            if (!style.equals(lineStyles.get(paragraph))) {
                area.setParagraphStyle(paragraph, paragraphStyle(style, paragraph));
            }
        });
        lineStyles = wanted;
    }

    /** A paragraph's classes: its emphasis, if any, and its hanging indent, if it is indented. */
    private List<String> paragraphStyle(String emphasis, int paragraph) {
        String indent = indentStyles.get(paragraph);
        List<String> style = new ArrayList<>(2);
        if (emphasis != null) {
            style.add(emphasis);
        }
        if (indent != null) {
            style.add(indent);
        }
        return style;
    }

    /** Later entries win: an error line over a worker's line over the running line. */
    private Map<Integer, String> wantedLineStyles() {
        Map<Integer, String> wanted = new HashMap<>();
        if (marks != null && marks.runningLine() > 0) {
            wantLine(wanted, marks.runningLine(), "running-line");
        }
        if (marks != null) {
            marks.workerLines().forEach(line -> wantLine(wanted, line, "worker-line"));
        }
        if (errorLine > 0) {
            wantLine(wanted, errorLine, "error-line");
        }
        return wanted;
    }

    private void wantLine(Map<Integer, String> wanted, int line, String styleClass) {
        int paragraph = line - 1;
        if (paragraph >= 0 && paragraph < area.getParagraphs().size()) {
            wanted.put(paragraph, styleClass);
        }
    }

    /**
     * After an edit, emphasised paragraphs may have moved with the text, and indentations changed: every paragraph
     * gets its indentation's class only, and the emphasis is applied again after.
     */
    private void clearLineStyles() {
        indentStyles = new HashMap<>();
        for (int paragraph = 0; paragraph < area.getParagraphs().size(); paragraph++) {
            String indent = indentClass(area.getParagraph(paragraph).getText());
            if (indent != null) {
                indentStyles.put(paragraph, indent);
            }
            List<String> style = paragraphStyle(null, paragraph);
            if (!area.getParagraph(paragraph).getParagraphStyle().equals(style)) {
                area.setParagraphStyle(paragraph, style);
            }
        }
        lineStyles = new HashMap<>();
    }

    private Node gutter(int paragraph) {
        Gutter gutter = new Gutter(paragraph + 1);
        gutters.put(paragraph, gutter);
        return gutter.node;
    }

    private void refreshGutters() {
        gutters.values().removeIf(gutter -> gutter.line > area.getParagraphs().size());
        gutters.values().forEach(Gutter::refresh);
    }

    /**
     * A line's number and, before it, the tasks at it; {@link #refresh} touches only what changed. Its labels are
     * made once and updated in place: new labels at a step would each be styled from nothing.
     */
    private final class Gutter {
        final int line;
        final HBox node;
        /** Fixed width, so every line's code starts at the same x whatever the marks say. */
        final HBox taskMarks = new HBox();
        private final Label errorMark = new Label("✖ here");
        private final Label shape = new Label();
        private final Label mark = new Label("", shape);
        private String markColour = "";
        private String markNames = "";
        private CodeMarks.Shown shownMarks;
        private boolean shownError;
        private Boolean shownCompact;

        Gutter(int line) {
            this.line = line;
            Label number = new Label(Integer.toString(line));
            number.getStyleClass().add("lineno");
            errorMark.getStyleClass().add("error-mark");
            shape.getStyleClass().add("task-mark-shape");
            mark.getStyleClass().add("task-mark");
            // A Tooltip is a popup with its own scene: made on the first hover, not on every step.
            mark.setOnMouseEntered(event -> {
                if (mark.getTooltip() == null) {
                    mark.setTooltip(new Tooltip(markNames));
                }
            });
            taskMarks.setAlignment(Pos.CENTER_RIGHT);
            taskMarks.setMinWidth(Region.USE_PREF_SIZE);
            node = new HBox(taskMarks, number);
            node.getStyleClass().add("code-gutter");
            node.setAlignment(Pos.CENTER_RIGHT);
            refresh();
        }

        /** Compares what the gutter shows (one task and a count), never every task at the line. */
        void refresh() {
            CodeMarks.Shown here = marks == null ? null : marks.shown(line);
            boolean error = errorLine == line;
            if (java.util.Objects.equals(here, shownMarks) && error == shownError
                    && Boolean.valueOf(compact).equals(shownCompact)) {
                return;
            }
            if (!Boolean.valueOf(compact).equals(shownCompact)) {
                taskMarks.getStyleClass().setAll(compact ? "task-marks-compact" : "task-marks");
            }
            List<Node> shown = new ArrayList<>(2);
            if (error) {
                // Beside a task's mark the cross alone: the line's own colour already says where it stopped.
                errorMark.setText(here == null ? "✖ here" : "✖");
                shown.add(errorMark);
            }
            if (here != null) {
                showTaskMark(here);
                shown.add(mark);
            }
            Children.place(taskMarks.getChildren(), shown);
            shownMarks = here;
            shownError = error;
            shownCompact = compact;
        }

        /**
         * What the mark says: the first task and how many more share the line, "Task-12 +5"; compact, "12+5", and
         * for a crowd "+140" (the shape and colour still tell the first task, the tooltip names them).
         */
        private static String markText(String firstName, int others, boolean compact) {
            if (!compact) {
                return others == 0 ? firstName : firstName + " +" + others;
            }
            String number = firstName.replaceFirst("^Task-", "");
            return others == 0 ? number : others < 100 ? number + "+" + others : "+" + others;
        }

        private void showTaskMark(CodeMarks.Shown here) {
            CodeMarks.Mark first = here.first();
            shape.setText(first.shape());
            mark.setText(markText(first.name(), here.count() - 1, compact));
            mark.pseudoClassStateChanged(RUNNING, first.running());
            if (!first.colour().equals(markColour)) {
                markColour = first.colour();
                mark.setStyle("-task-colour: " + markColour + ";");
                shape.setStyle("-task-colour: " + markColour + ";");
            }
            markNames = names(marks.at(line)) + " at line " + line;
            if (mark.getTooltip() != null) {
                mark.getTooltip().setText(markNames);
            }
        }
    }

    /** A tooltip names the first tasks at a line and counts the rest: 100,000 names help nobody. */
    static String names(List<CodeMarks.Mark> here) {
        List<String> named = here.subList(0, Math.min(here.size(), NAMED_IN_TOOLTIP)).stream()
                .map(CodeMarks.Mark::name).toList();
        int others = here.size() - named.size();
        return String.join(", ", named) + (others > 0 ? String.format(Locale.ROOT, " and %,d more", others) : "");
    }

    private static final int NAMED_IN_TOOLTIP = 20;

    private void highlight() {
        String text = area.getText();
        if (text.isEmpty()) {
            return;
        }
        area.setStyleSpans(0, spans(text));
        clearLineStyles();
        restyleLines();
    }

    /**
     * Hanging indents, so that a wrapped line goes on under its own start and never looks dedented (which in Python
     * would say something else): an indented line's leading spaces are drawn (almost) zero wide, class "indent",
     * and its paragraph is padded by as many characters instead, class "indent-N", so every visual line of it starts
     * at its indentation. Up to {@value #MAX_HANGING_INDENT} spaces; a line indented further wraps as it is.
     */
    static final int MAX_HANGING_INDENT = 40;

    /** "indent-N" for a line of code indented by N spaces, else null (blank, not indented, tabs, too deep). */
    static String indentClass(String line) {
        int spaces = hangingIndent(line);
        return spaces > 0 ? "indent-" + spaces : null;
    }

    /** How many leading spaces of {@code line} a hanging indent replaces: 0 for none. */
    private static int hangingIndent(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        boolean code = spaces < line.length() && !Character.isWhitespace(line.charAt(spaces));
        return code && spaces <= MAX_HANGING_INDENT ? spaces : 0;
    }

    static StyleSpans<Collection<String>> spans(String text) {
        StyleSpansBuilder<Collection<String>> indents = new StyleSpansBuilder<>();
        int at = 0;
        for (int lineStart = 0; lineStart <= text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int spaces = hangingIndent(text.substring(lineStart, lineEnd));
            if (spaces > 0) {
                indents.add(List.of(), lineStart - at);
                indents.add(List.of("indent"), spaces);
                at = lineStart + spaces;
            }
            lineStart = lineEnd + 1;
        }
        indents.add(List.of(), text.length() - at);
        return tokenSpans(text).overlay(indents.create(), (token, indent) -> {
            if (indent.isEmpty()) {
                return token;
            }
            List<String> both = new ArrayList<>(token);
            both.addAll(indent);
            return both;
        });
    }

    private static StyleSpans<Collection<String>> tokenSpans(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (Token token : Lexer.highlightTokens(text)) {
            int start = Math.max(at, Math.min(token.start(), text.length()));
            int end = Math.max(start, Math.min(token.end(), text.length()));
            String style = styleOf(token);
            if (style == null || end == start) {
                continue;
            }
            spans.add(List.of(), start - at);
            spans.add(List.of(style), end - start);
            at = end;
        }
        spans.add(List.of(), text.length() - at);
        return spans.create();
    }

    private static String styleOf(Token token) {
        return switch (token.type()) {
            case KEYWORD -> "keyword";
            case STRING -> "string";
            case NUMBER -> "number";
            case COMMENT -> "comment";
            case ERROR -> "lex-error";
            default -> null;
        };
    }
}
