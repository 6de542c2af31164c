package looplab.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import looplab.trace.Timeline;

/**
 * The right side of the timeline's title bar: the legend of its segments and the switch between a time axis and
 * an iteration axis. The legend shows only where it fits whole (a cut legend misleads; the help sheet repeats
 * it), and not from 150 %, where the switch needs the room at 1280 px.
 */
final class TimelineHeader {
    private final Label legend = new Label("█ running  ▭ ready  ─ waiting  ╌ executor  ▨ loop blocked");
    private final HBox box;
    private double zoom = 1.0;

    TimelineHeader(TimelineView timeline) {
        ToggleGroup axes = new ToggleGroup();
        ToggleButton time = axisButton("axisTime", "time", axes, () -> timeline.setAxis(Timeline.Axis.TIME));
        ToggleButton iterations = axisButton("axisIteration", "iterations", axes,
                () -> timeline.setAxis(Timeline.Axis.ITERATION));
        time.setSelected(true);
        legend.getStyleClass().add("legend");
        legend.setMinWidth(0);
        box = new HBox(legend, time, iterations);
        box.getStyleClass().add("axis-toggle");
        box.widthProperty().addListener((seen, before, width) -> fitLegend());
    }

    private static ToggleButton axisButton(String id, String text, ToggleGroup group, Runnable choose) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setMinWidth(Region.USE_PREF_SIZE);
        // One axis is always chosen: clicking the chosen one keeps it.
        button.setOnAction(e -> {
            button.setSelected(true);
            choose.run();
        });
        return button;
    }

    Node view() {
        return box;
    }

    void setZoom(double newZoom) {
        zoom = newZoom;
        fitLegend();
    }

    private void fitLegend() {
        double others = box.getChildren().stream().filter(n -> n != legend)
                .mapToDouble(n -> n.prefWidth(-1) + box.getSpacing()).sum();
        legend.setVisible(zoom < 1.5 && box.getWidth() >= others + legend.prefWidth(-1));
    }
}
