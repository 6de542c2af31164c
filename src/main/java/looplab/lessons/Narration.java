package looplab.lessons;

import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;

/** Renders a lesson's Markdown (narration, prompts, explanations) for the window (HTML) or the terminal (text). */
public final class Narration {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .nodeRendererFactory(PlainCode::new)
            .build();

    private Narration() {
    }

    public static String html(String markdown) {
        return HTML.render(PARSER.parse(markdown));
    }

    /** Plain text for a terminal: emphasis marks dropped, inline code as the code itself. */
    public static String plainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown)).strip();
    }

    /** commonmark's text renderer puts inline code in double quotes, which clashes with Python's own quotes. */
    private static final class PlainCode implements NodeRenderer {
        private final TextContentNodeRendererContext context;

        PlainCode(TextContentNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Code.class);
        }

        @Override
        public void render(Node node) {
            context.getWriter().write(((Code) node).getLiteral());
        }
    }
}
