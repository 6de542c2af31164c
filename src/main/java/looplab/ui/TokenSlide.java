package looplab.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.animation.Transition;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * The tokens that move at one step (they changed lane, or a slide this step interrupted was moving them), sliding
 * from where they were drawn to their new places together: one animation for all of them (a step can move 200 tokens; one {@code TranslateTransition} each would be 200 pulse
 * receivers). Each token is laid out at its new place and drawn offset by a translation that shrinks to nothing.
 */
final class TokenSlide extends Transition {
    private record Slide(Node token, Point2D offset) {
    }

    private final List<Slide> slides = new ArrayList<>();

    TokenSlide(int millis) {
        setCycleDuration(Duration.millis(millis));
        setOnFinished(event -> settle());
    }

    /**
     * Slides {@code token} from {@code offset} away (its old place minus its new one) to where it is laid out. It is
     * put at its old place now: the transition's first frame comes at the next pulse, and the one being drawn
     * would otherwise show the token at its new place for a frame.
     */
    void add(Node token, Point2D offset) {
        slides.add(new Slide(token, offset));
        token.setTranslateX(offset.getX());
        token.setTranslateY(offset.getY());
    }

    boolean isEmpty() {
        return slides.isEmpty();
    }

    /** The tokens drawn away from their places now: none once the slide has finished. */
    Set<Node> sliding() {
        if (getStatus() == Status.STOPPED) {
            return Set.of();
        }
        Set<Node> tokens = Collections.newSetFromMap(new IdentityHashMap<>());
        slides.forEach(slide -> tokens.add(slide.token()));
        return tokens;
    }

    @Override
    protected void interpolate(double frac) {
        double left = 1 - frac;
        for (Slide slide : slides) {
            slide.token().setTranslateX(slide.offset().getX() * left);
            slide.token().setTranslateY(slide.offset().getY() * left);
        }
    }

    /** Stops the slide with every token at its new place (a step interrupts the last step's slide so). */
    void settle() {
        stop();
        for (Slide slide : slides) {
            slide.token().setTranslateX(0);
            slide.token().setTranslateY(0);
        }
    }
}
