package looplab.ui;

import javafx.scene.Node;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The read-only pane under the editor showing what the program wrote. Stderr text is styled differently and,
 * so that colour is never the only cue, every stderr line starts with a {@value #STDERR_LABEL} label.
 * LoopLab's own messages (run started, exit status, internal errors) are shown as notes, set apart from both.
 * Call only on the FX thread.
 */
public final class OutputPane {
    public static final String STDERR_LABEL = "stderr │ ";

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> view = new VirtualizedScrollPane<>(area);
    private boolean atLineStart = true;

    public OutputPane() {
        area.setId("outputArea");
        area.getStyleClass().add("output-area");
        area.setEditable(false);
        area.setWrapText(true);
    }

    public Node view() {
        return view;
    }

    public void clear() {
        area.clear();
        atLineStart = true;
    }

    public void appendStdout(String text) {
        append(text, "stdout");
    }

    public void appendStderr(String text) {
        for (String line : text.split("(?<=\n)")) {
            if (atLineStart && !line.isEmpty()) {
                append(STDERR_LABEL, "stderr-label");
            }
            append(line, "stderr");
        }
    }

    /** A message from LoopLab itself, always on a line of its own. */
    public void appendNote(String message) {
        appendOwnLine(message, "note");
    }

    /** LoopLab could not do what was asked (not the program's own error, which arrives on stderr). */
    public void appendProblem(String message) {
        appendOwnLine(message, "problem");
    }

    private void appendOwnLine(String message, String styleClass) {
        if (!atLineStart) {
            append("\n", styleClass);
        }
        append(message + "\n", styleClass);
    }

    public String text() {
        return area.getText();
    }

    private void append(String text, String styleClass) {
        if (text.isEmpty()) {
            return;
        }
        area.append(text, styleClass);
        atLineStart = text.endsWith("\n");
        area.moveTo(area.getLength());
        area.requestFollowCaret();
    }
}
