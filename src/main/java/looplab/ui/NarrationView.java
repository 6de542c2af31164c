package looplab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * A lesson's Markdown narration as JavaFX text: paragraphs that wrap to the column (a soft line break in the file is
 * a space, as in any Markdown viewer), inline code in the code font, emphasis, lists and code blocks. Sizes come
 * from main-window.css in em, so the window's zoom scales them.
 */
final class NarrationView {
    private static final Parser MARKDOWN = Parser.builder().build();

    private final VBox view = new VBox();
    private String shown = "";

    NarrationView() {
        view.getStyleClass().add("narration");
    }

    Node view() {
        return view;
    }

    /** The text shown, without its formatting (for tests and screen readers). */
    String text() {
        return shown;
    }

    void show(String markdown) {
        List<Node> blocks = new ArrayList<>();
        MARKDOWN.parse(markdown == null ? "" : markdown).accept(new Blocks(blocks));
        view.getChildren().setAll(blocks);
        shown = String.join("\n\n", blocks.stream().map(NarrationView::plain).toList());
        view.setAccessibleText(shown);
    }

    private static String plain(Node block) {
        StringBuilder text = new StringBuilder();
        if (block instanceof TextFlow flow) {
            flow.getChildren().forEach(child -> text.append(child instanceof Text t ? t.getText() : ""));
        }
        return text.toString();
    }

    /** Turns each block of the document into one TextFlow. */
    private static final class Blocks extends AbstractVisitor {
        private final List<Node> blocks;
        private TextFlow flow;
        private final List<String> styles = new ArrayList<>();
        private String listPrefix = "";  // null inside an ordered list: the item's number
        private int ordinal;

        Blocks(List<Node> blocks) {
            this.blocks = blocks;
        }

        private void block(org.commonmark.node.Node node, String styleClass, String prefix) {
            TextFlow outer = flow; // a list inside a list item
            flow = new TextFlow();
            flow.getStyleClass().add(styleClass);
            blocks.add(flow);
            if (!prefix.isEmpty()) {
                add(prefix);
            }
            visitChildren(node);
            flow = outer;
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (flow != null) { // a list item's paragraph continues the item's flow
                visitChildren(paragraph);
                return;
            }
            block(paragraph, "narration-paragraph", "");
        }

        @Override
        public void visit(Heading heading) {
            block(heading, "narration-heading", "");
        }

        @Override
        public void visit(BulletList list) {
            String outerPrefix = listPrefix;
            listPrefix = "•  ";
            visitChildren(list);
            listPrefix = outerPrefix;
        }

        @Override
        public void visit(OrderedList list) {
            String outerPrefix = listPrefix;
            int outerOrdinal = ordinal;
            listPrefix = null;
            ordinal = list.getStartNumber();
            visitChildren(list);
            listPrefix = outerPrefix;
            ordinal = outerOrdinal;
        }

        @Override
        public void visit(ListItem item) {
            String prefix = listPrefix != null ? listPrefix : ordinal++ + ".  ";
            block(item, "narration-list-item", prefix);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            codeBlock(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            codeBlock(code.getLiteral());
        }

        private void codeBlock(String literal) {
            TextFlow block = new TextFlow(styled(literal.stripTrailing(), "narration-code"));
            block.getStyleClass().add("narration-code-block");
            blocks.add(block);
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            add(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            flow.getChildren().add(styled(code.getLiteral(), "narration-code"));
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            add(" ");
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            add("\n");
        }

        @Override
        public void visit(Emphasis emphasis) {
            styles.add("narration-em");
            visitChildren(emphasis);
            styles.remove(styles.size() - 1);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            styles.add("narration-strong");
            visitChildren(strong);
            styles.remove(styles.size() - 1);
        }

        private void add(String literal) {
            Text text = styled(literal, "narration-text");
            text.getStyleClass().addAll(styles);
            flow.getChildren().add(text);
        }

        private static Text styled(String literal, String styleClass) {
            Text text = new Text(literal);
            text.getStyleClass().add(styleClass);
            return text;
        }
    }
}
