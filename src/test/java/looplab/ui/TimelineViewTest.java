package looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import looplab.trace.Timeline.Segment;
import looplab.trace.Timeline.SegmentState;
import org.junit.jupiter.api.Test;

class TimelineViewTest {
    private static Segment segment(double start, double end, SegmentState state) {
        return new Segment(start, end, state, state.name(), 1);
    }

    @Test
    void segmentsInsideTheColumnOfTheLastDrawnOneAreNotDrawn() {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            segments.add(segment(i * 0.001, (i + 1) * 0.001, i % 2 == 0 ? SegmentState.READY : SegmentState.WAITING_TIMER));
        }
        segments.add(segment(1, 5, SegmentState.RUNNING));

        // 1,000 changes in the first pixel, then a segment 4 pixels wide: two columns' worth of drawing.
        List<Segment> visible = TimelineView.visible(segments, x -> x);

        assertEquals(List.of(segments.get(0), segments.get(1000)), visible);
    }

    @Test
    void segmentsWiderThanAPixelAreAllDrawn() {
        List<Segment> segments = List.of(segment(0, 2, SegmentState.READY), segment(2, 2.5, SegmentState.RUNNING),
                segment(2.5, 7, SegmentState.WAITING_TIMER));

        assertEquals(segments, TimelineView.visible(segments, x -> x),
                "the half-pixel segment starts in a column of its own; the next one starts inside it but goes on");
        assertEquals(List.of(segments.get(0), segments.get(2)), TimelineView.visible(segments, x -> x / 4),
                "at a quarter of the width the half-pixel segment is hidden in the column of the first");
    }
}
