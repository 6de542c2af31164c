package looplab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntConsumer;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import looplab.trace.Timeline;
import looplab.trace.Timeline.Axis;
import looplab.trace.Timeline.Row;
import looplab.trace.Timeline.RowKind;
import looplab.trace.Timeline.Segment;
import looplab.trace.Timeline.SegmentState;
import looplab.trace.TraceEvent;

/**
 * The Gantt chart: a row for the loop thread, each executor worker and each task (aggregated into counts per
 * state beyond {@value #MAX_TASK_ROWS} tasks), x being virtual time or loop iterations. State is drawn as form,
 * identity as colour: a full bar while running, an outlined half bar while ready, a thin line while waiting
 * (labelled with what it waits for), a hatched band where the loop was blocked. A playhead marks the step
 * shown; a click jumps there.
 */
final class TimelineView {
    static final int MAX_TASK_ROWS = 40;
    private static final double BASE_FONT = 16;

    private final Canvas canvas = new Canvas();
    /** The playhead is a node over the canvas, so a step moves one line instead of repainting every row. */
    private final javafx.scene.shape.Line playheadLine = new javafx.scene.shape.Line();
    private final javafx.scene.shape.Polygon playheadMark = new javafx.scene.shape.Polygon();
    private final Pane holder = new Pane(canvas, playheadLine, playheadMark) {
        @Override
        protected void layoutChildren() {
            double width = Math.max(200, view.getViewportBounds().getWidth());
            if (dirty || width != canvas.getWidth()) {
                redraw();
            }
        }
    };
    private final ScrollPane view = new ScrollPane(holder);
    private List<TraceEvent> events = List.of();
    private TaskPalette palette;
    private Timeline timeline;
    private TimelinePositions positions;
    private Axis axis = Axis.TIME;
    private int playhead = -1;
    private double zoom = 1;
    private Theme theme = Theme.LIGHT;
    private IntConsumer onJump = index -> { };
    /** Set when what is drawn changed; a layout pass then repaints, otherwise only the playhead moves. */
    private boolean dirty = true;

    TimelineView() {
        canvas.setId("timelineCanvas");
        playheadLine.setMouseTransparent(true);
        playheadMark.setMouseTransparent(true);
        playheadLine.setId("playhead");
        view.setFitToWidth(true);
        view.getStyleClass().add("timeline-scroll");
        holder.getStyleClass().add("timeline");
        canvas.setOnMouseClicked(event -> {
            if (event.getX() > labelWidth() && positions != null) {
                onJump.accept(positions.lastIndexAtOrBefore(valueAt(event.getX())));
            }
        });
    }

    Node view() {
        return view;
    }

    Canvas canvas() {
        return canvas;
    }

    void onJump(IntConsumer listener) {
        onJump = listener;
    }

    void load(List<TraceEvent> newEvents, TaskPalette newPalette) {
        load(newEvents, newPalette, null);
    }

    /** {@code prepared}: the timeline of these events on the current axis, already aggregated, or null to build it. */
    void load(List<TraceEvent> newEvents, TaskPalette newPalette, Timeline prepared) {
        events = newEvents;
        palette = newPalette;
        if (prepared != null && prepared.axis() == axis) {
            timeline = prepared;
            positions = TimelinePositions.of(events, axis);
            holder.requestLayout();
            redraw();
        } else {
            rebuild();
        }
    }

    /** The timeline as this view draws it; may run off the FX thread. */
    static Timeline prepare(List<TraceEvent> events, Axis axis) {
        return Timeline.of(events, axis).aggregated(MAX_TASK_ROWS);
    }

    void setAxis(Axis newAxis) {
        axis = newAxis;
        rebuild();
    }

    Axis axis() {
        return axis;
    }

    void setPlayhead(int index) {
        playhead = index;
        placePlayhead();
    }

    void setLook(Theme newTheme, double newZoom) {
        theme = newTheme;
        zoom = newZoom;
        holder.requestLayout();
        redraw();
    }

    /** Rows shown now (after aggregation). */
    List<Row> rows() {
        return timeline == null ? List.of() : timeline.rows();
    }

    private void rebuild() {
        timeline = prepare(events, axis);
        positions = TimelinePositions.of(events, axis);
        holder.requestLayout();
        redraw();
    }

    private double rowHeight() {
        return 27 * zoom;
    }

    private double headerHeight() {
        return 28 * zoom;
    }

    private double labelWidth() {
        return 210 * zoom;
    }

    private double plotWidth() {
        return Math.max(10, canvas.getWidth() - labelWidth() - 16 * zoom);
    }

    private double start() {
        return timeline == null ? 0 : timeline.start();
    }

    private double span() {
        double span = timeline == null ? 0 : timeline.end() - timeline.start();
        return span > 0 ? span : 1;
    }

    private double xOf(double value) {
        return labelWidth() + (value - start()) / span() * plotWidth();
    }

    private double valueAt(double x) {
        return start() + (x - labelWidth()) / plotWidth() * span();
    }

    private void redraw() {
        dirty = false;
        int rowCount = timeline == null ? 1 : timeline.rows().size();
        double width = Math.max(200, view.getViewportBounds().getWidth());
        double height = headerHeight() + rowCount * rowHeight() + 6 * zoom;
        holder.setPrefHeight(height);
        canvas.setWidth(width);
        canvas.setHeight(height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web(theme.background()));
        g.fillRect(0, 0, width, height);
        if (timeline == null) {
            return;
        }
        if (events.isEmpty()) {
            g.setFill(Color.web(theme.muted()));
            g.setFont(Font.font("DejaVu Sans", BASE_FONT * zoom));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("No trace: this run recorded no loop events, so there is nothing to draw.", 8 * zoom,
                    headerHeight() / 2 + 4 * zoom);
            return;
        }
        drawAxis(g);
        List<Row> rows = timeline.rows();
        for (int i = 0; i < rows.size(); i++) {
            drawRow(g, rows.get(i), headerHeight() + i * rowHeight());
        }
        placePlayhead();
    }

    private void drawAxis(GraphicsContext g) {
        g.setFont(Font.font("DejaVu Sans", BASE_FONT * zoom));
        g.setFill(Color.web(theme.muted()));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(axis == Axis.TIME ? "time (s)" : "loop iteration", 8 * zoom, headerHeight() / 2);
        double step = tickStep();
        g.setTextAlign(TextAlignment.CENTER);
        for (double value = Math.ceil(start() / step) * step; value <= start() + span() + 1e-9; value += step) {
            double x = xOf(value);
            g.setStroke(Color.web(theme.grid()));
            g.setLineWidth(1);
            g.strokeLine(x, headerHeight() - 4 * zoom, x, canvas.getHeight());
            g.fillText(tickText(value, step), x, headerHeight() / 2);
        }
    }

    /** A round step giving roughly one tick per 110 px. */
    private double tickStep() {
        double wanted = span() / Math.max(1, plotWidth() / (110 * zoom));
        if (axis == Axis.ITERATION) {
            wanted = Math.max(1, wanted);
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(wanted)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (magnitude * factor >= wanted) {
                return magnitude * factor;
            }
        }
        return magnitude * 10;
    }

    private String tickText(double value, double step) {
        if (axis == Axis.ITERATION || step >= 1) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        int decimals = (int) Math.max(1, Math.ceil(-Math.log10(step)));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private void drawRow(GraphicsContext g, Row row, double top) {
        double h = rowHeight();
        g.setStroke(Color.web(theme.grid()));
        g.setLineWidth(1);
        g.strokeLine(0, top + h, canvas.getWidth(), top + h);
        String colour = row.kind() == RowKind.TASK ? palette.colour(row.taskId()) : theme.muted();
        drawRowTitle(g, row, top, colour);
        Color fill = Color.web(colour);
        for (Segment segment : visible(row.segments(), this::xOf)) {
            drawSegment(g, segment, top, fill, row.kind());
        }
    }

    /**
     * The segments that show at this width: one that starts and ends inside the pixel column where the previously
     * drawn one starts is hidden under it. An aggregated row of a 100,000-task trace changes count at every event;
     * drawing each change would queue millions of canvas commands (and their memory) for a thousand pixels.
     */
    static List<Segment> visible(List<Segment> segments, DoubleUnaryOperator xOf) {
        List<Segment> visible = new ArrayList<>();
        double drawnColumnEnd = Double.NEGATIVE_INFINITY;
        for (Segment segment : segments) {
            double x0 = xOf.applyAsDouble(segment.start());
            if (x0 < drawnColumnEnd && xOf.applyAsDouble(segment.end()) <= drawnColumnEnd) {
                continue;
            }
            visible.add(segment);
            drawnColumnEnd = Math.floor(x0) + 1;
        }
        return visible;
    }

    private void drawRowTitle(GraphicsContext g, Row row, double top, String colour) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double x = 8 * zoom;
        if (row.kind() == RowKind.TASK) {
            g.setFill(Color.web(colour));
            g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, BASE_FONT * zoom));
            g.fillText(palette.shape(row.taskId()), x, top + rowHeight() / 2);
            x += 22 * zoom;
        }
        g.setFill(Color.web(theme.foreground()));
        g.setFont(Font.font("DejaVu Sans", row.kind() == RowKind.LOOP ? FontWeight.BOLD : FontWeight.NORMAL,
                BASE_FONT * zoom));
        String title = row.kind() == RowKind.LOOP ? "event loop" : row.kind() == RowKind.TASK_STATE_COUNT
                ? "tasks " + row.title().toLowerCase(Locale.ROOT).replace('_', ' ') : row.title();
        double room = labelWidth() - x - 6 * zoom;
        g.fillText(row.kind() == RowKind.WORKER ? fitMiddle(title, room) : fit(title, room), x, top + rowHeight() / 2);
    }

    private void drawSegment(GraphicsContext g, Segment segment, double top, Color colour, RowKind kind) {
        double x0 = xOf(segment.start());
        double x1 = Math.max(xOf(segment.end()), x0 + 3 * zoom);
        double h = rowHeight();
        double mid = top + h / 2;
        Color fg = Color.web(theme.foreground());
        switch (segment.state()) {
            case RUNNING -> {
                g.setFill(kind == RowKind.TASK ? colour : Color.web(theme.muted()));
                g.fillRect(x0, top + 4 * zoom, x1 - x0, h - 8 * zoom);
                g.setStroke(fg);
                g.setLineWidth(1);
                g.strokeRect(x0, top + 4 * zoom, x1 - x0, h - 8 * zoom);
                if (kind != RowKind.TASK) {
                    label(g, segment.label(), x0, x1, mid, Color.web(theme.background()));
                }
            }
            case READY -> {
                g.setStroke(Color.web(theme.muted()));
                g.setLineWidth(4 * zoom);
                g.strokeRect(x0, top + 8 * zoom, x1 - x0, h - 16 * zoom);
                g.setStroke(colour);
                g.setLineWidth(2 * zoom);
                g.strokeRect(x0, top + 8 * zoom, x1 - x0, h - 16 * zoom);
            }
            case BLOCKED -> hatch(g, x0, x1, top + 2 * zoom, h - 4 * zoom, segment.label());
            case DONE, CANCELLED -> {
                g.setFill(fg);
                g.setFont(Font.font("DejaVu Sans", BASE_FONT * zoom));
                g.setTextAlign(TextAlignment.LEFT);
                String mark = segment.state() == SegmentState.CANCELLED ? "✖ cancelled" : segment.label();
                g.fillText(fit(mark, Math.max(0, canvas.getWidth() - x0 - 6 * zoom)), x0 + 4 * zoom, mid);
            }
            default -> {
                // A dark edge under the colour keeps light colours (Okabe-Ito yellow) visible on white.
                g.setStroke(Color.web(theme.muted()));
                g.setLineWidth(5 * zoom);
                g.strokeLine(x0, mid, x1, mid);
                g.setStroke(colour);
                g.setLineWidth(3 * zoom);
                if (segment.state() == SegmentState.IN_EXECUTOR) {
                    g.setLineDashes(6 * zoom, 4 * zoom);
                }
                g.strokeLine(x0, mid, x1, mid);
                g.setLineDashes();
                label(g, segment.label(), x0, x1, mid - 8 * zoom, fg);
            }
        }
        if (kind == RowKind.TASK_STATE_COUNT && segment.state() != SegmentState.RUNNING) {
            label(g, segment.label(), x0, x1, mid, fg);
        }
    }

    private void hatch(GraphicsContext g, double x0, double x1, double top, double h, String text) {
        Color red = Color.web("#D55E00");
        g.setFill(red.deriveColor(0, 1, 1, 0.25));
        g.fillRect(x0, top, x1 - x0, h);
        g.save();
        g.beginPath();
        g.rect(x0, top, x1 - x0, h);
        g.clip();
        g.setStroke(red);
        g.setLineWidth(2 * zoom);
        for (double x = x0 - h; x < x1; x += 10 * zoom) {
            g.strokeLine(x, top + h, x + h, top);
        }
        g.restore();
        g.setStroke(red);
        g.strokeRect(x0, top, x1 - x0, h);
        label(g, "BLOCKED", x0, x1, top + h / 2, Color.web(theme.foreground()));
    }

    /** Writes {@code text} inside [x0, x1] when it fits (at least partly), on a small backing for contrast. */
    private void label(GraphicsContext g, String text, double x0, double x1, double y, Color fill) {
        if (text == null || text.isEmpty() || x1 - x0 < 40 * zoom) {
            return;
        }
        g.setFont(Font.font("DejaVu Sans", BASE_FONT * zoom));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(fill);
        g.fillText(fit(text, x1 - x0 - 8 * zoom), x0 + 4 * zoom, y);
    }

    private String fit(String text, double width) {
        int maxChars = (int) (width / (BASE_FONT * 0.58 * zoom));
        if (text.length() <= maxChars) {
            return text;
        }
        return maxChars <= 1 ? "" : text.substring(0, maxChars - 1) + "…";
    }

    /** Keeps both ends, which tell workers apart: {@code ThreadPoolE…or-0_1}. */
    private String fitMiddle(String text, double width) {
        int maxChars = (int) (width / (BASE_FONT * 0.58 * zoom));
        if (text.length() <= maxChars || maxChars < 5) {
            return fit(text, width);
        }
        int tail = maxChars / 3;
        return text.substring(0, maxChars - tail - 1) + "…" + text.substring(text.length() - tail);
    }

    private void placePlayhead() {
        boolean visible = positions != null && !events.isEmpty();
        playheadLine.setVisible(visible);
        playheadMark.setVisible(visible);
        if (!visible) {
            return;
        }
        double x = xOf(positions.x(playhead));
        Color colour = Color.web(theme == Theme.LIGHT ? "#0969da" : "#f0e442");
        playheadLine.setStroke(colour);
        playheadLine.setStrokeWidth(3 * zoom);
        playheadLine.setStartX(x);
        playheadLine.setEndX(x);
        playheadLine.setStartY(headerHeight() - 6 * zoom);
        playheadLine.setEndY(canvas.getHeight());
        playheadMark.setFill(colour);
        playheadMark.getPoints().setAll(x - 7 * zoom, 0.0, x + 7 * zoom, 0.0, x, 10 * zoom);
    }

    /** Where the playhead is drawn (for tests). */
    double playheadX() {
        return playheadLine.getStartX();
    }
}
