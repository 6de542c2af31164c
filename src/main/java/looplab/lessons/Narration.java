package looplab.lessons;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/** Renders a lesson's Markdown (narration, prompts, explanations) for the window (HTML) or the terminal (text). */
public final class Narration {
    private static final Parser PARSER = Parser.builder().build();

    private Narration() {
    }

    public static String html(String markdown) {
        return HtmlRenderer.builder().build().render(PARSER.parse(markdown));
    }

    public static String plainText(String markdown) {
        return TextContentRenderer.builder().build().render(PARSER.parse(markdown)).strip();
    }
}
