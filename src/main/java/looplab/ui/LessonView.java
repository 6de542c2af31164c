package looplab.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import looplab.lessons.AskedQuestion;
import looplab.lessons.Lesson;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** The Lessons tab: the list with progress, and the open lesson's narration, question and feedback. */
final class LessonView {
    final ListView<Lesson> list = new ListView<>();
    private final Label title = new Label();
    private final Label narration = new Label();
    private final VBox question = new VBox(6);
    private final Label feedback = new Label();
    private final Label problems = new Label();
    private final Button next = new Button("Next moment ▶");
    private final SplitPane view;
    private LessonGuide guide;
    private IntConsumer onMoment = index -> { };

    LessonView() {
        list.setId("lessonList");
        title.setId("lessonTitle");
        narration.setId("narrationText");
        question.setId("questionBox");
        feedback.setId("feedbackLabel");
        problems.setId("lessonProblems");
        next.setId("nextMomentButton");
        for (Label text : new Label[] {title, narration, feedback, problems}) {
            text.setWrapText(true);
            text.getStyleClass().add("lesson-text");
        }
        title.getStyleClass().add("lesson-title");
        problems.getStyleClass().add("lesson-problems");
        next.setOnAction(e -> advance());
        next.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox header = new HBox(12, next, title);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox story = new VBox(10, header, narration, question, feedback, problems);
        story.setPadding(new Insets(8));
        story.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(story);
        scroll.setFitToWidth(true);
        view = new SplitPane(list, scroll);
        view.setDividerPositions(0.22);
    }

    Node view() {
        return view;
    }

    /** {@code onMoment} gets the trace index of each moment the student moves to. */
    void show(LessonGuide shown, IntConsumer onMoment) {
        this.guide = shown;
        this.onMoment = onMoment;
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Lesson lesson, boolean empty) {
                super.updateItem(lesson, empty);
                setText(empty || lesson == null ? null : guide.listLine(lesson));
            }
        });
        list.getItems().setAll(shown.lessons());
        refresh();
    }

    void onChoose(Consumer<Lesson> chosen) {
        list.getSelectionModel().selectedItemProperty().addListener((seen, before, lesson) -> {
            if (lesson != null) {
                chosen.accept(lesson);
            }
        });
    }

    /** Shows the guide's state now. */
    void refresh() {
        title.setText(guide.lesson().map(l -> l.number() + "  " + l.title()).orElse(""));
        narration.setText(guide.narration());
        feedback.setText(guide.feedback());
        feedback.getStyleClass().removeAll("answer-right", "answer-wrong");
        problems.setText(guide.problems());
        showQuestion(guide.question());
        next.setDisable(!guide.canAdvance());
        next.setVisible(guide.session().isPresent());
        list.refresh();
    }

    private void showQuestion(Optional<AskedQuestion> asked) {
        question.getChildren().clear();
        if (asked.isEmpty()) {
            guide.answeredQuestion().ifPresent(answered -> question.getChildren().add(prompt(answered)));
            return;
        }
        AskedQuestion q = asked.get();
        question.getChildren().add(prompt(q));
        Button check = new Button("Check");
        check.setId("checkButton");
        check.setDefaultButton(true);
        if (q.choices().isEmpty()) {
            TextField field = new TextField();
            field.setId("answerField");
            field.getStyleClass().add("lesson-text");
            check.disableProperty().bind(field.textProperty().isEmpty());
            check.setOnAction(e -> check(field.getText()));
            question.getChildren().addAll(field, check);
        } else {
            ToggleGroup group = new ToggleGroup();
            for (int i = 0; i < q.choices().size(); i++) {
                RadioButton choice = new RadioButton(q.choices().get(i));
                choice.setId("choice" + (i + 1));
                choice.setUserData(String.valueOf(i + 1));
                choice.getStyleClass().add("lesson-text");
                choice.setToggleGroup(group);
                question.getChildren().add(choice);
            }
            check.disableProperty().bind(group.selectedToggleProperty().isNull());
            check.setOnAction(e -> check((String) group.getSelectedToggle().getUserData()));
            question.getChildren().add(check);
        }
    }

    private void advance() {
        int index = guide.advance();
        refresh();
        onMoment.accept(index);
    }

    private Label prompt(AskedQuestion q) {
        Label prompt = new Label("? " + guide.prompt(q));
        prompt.setId("questionPrompt");
        prompt.setWrapText(true);
        prompt.getStyleClass().addAll("lesson-text", "lesson-question");
        return prompt;
    }

    private void check(String reply) {
        boolean right = guide.answer(reply).correct();
        refresh();
        feedback.getStyleClass().add(right ? "answer-right" : "answer-wrong");
    }
}
