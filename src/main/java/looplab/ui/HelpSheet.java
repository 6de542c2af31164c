package looplab.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The keyboard shortcuts, over the window (F1 or ?), from {@link Shortcuts#ALL}. The card is made when first
 * shown: a hidden node is still styled and laid out, and the window's first frame should not wait for it.
 */
final class HelpSheet {
    private final StackPane overlay = new StackPane();

    HelpSheet() {
        overlay.setAlignment(Pos.CENTER);
        overlay.setId("helpSheet");
        overlay.getStyleClass().add("help-overlay");
        overlay.setOnMouseClicked(event -> hide());
        hide();
    }

    private static Node card() {
        GridPane keys = new GridPane();
        keys.getStyleClass().add("help-keys");
        int row = 0;
        for (Shortcuts.Shortcut shortcut : Shortcuts.ALL) {
            Label key = new Label(shortcut.keys());
            key.getStyleClass().add("help-key");
            keys.addRow(row++, key, new Label(shortcut.does()));
        }
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("help-title");
        Label note = new Label("Tokens: position = state, colour and shape = which task, text says both. "
                + "Click a token to inspect it; click the timeline to jump there. Timeline: █ running, ▭ ready, "
                + "─ waiting (labelled with what for), ╌ in an executor, ▨ loop blocked.");
        note.setWrapText(true);
        note.getStyleClass().add("help-note");
        VBox card = new VBox(title, keys, note);
        card.getStyleClass().add("help-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        card.setMaxWidth(760);
        return card;
    }

    Node view() {
        return overlay;
    }

    boolean isShowing() {
        return overlay.isVisible();
    }

    void toggle() {
        if (overlay.getChildren().isEmpty()) {
            overlay.getChildren().add(card());
        }
        overlay.setVisible(!overlay.isVisible());
    }

    void hide() {
        overlay.setVisible(false);
    }
}
