package looplab.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import looplab.lessons.AskedQuestion;
import looplab.lessons.Lesson;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The lesson column beside the stage: either the list of lessons with their progress, or the open lesson (its
 * narration, the question with its feedback, and the "Next moment" button, which stays in view below the text so
 * a class never has to scroll to move on). Shows a {@link LessonGuide}; holds no lesson logic of its own.
 */
final class LessonView {
    final ListView<Lesson> list = new ListView<>();
    private final Label heading = new Label("Lessons");
    private final Button check = new Button("Check");
    private final Button allLessons = new Button("◀ All lessons");
    private final NarrationView narration = new NarrationView();
    private final VBox question = new VBox();
    private final Label feedback = new Label();
    private final Label problems = new Label();
    private final Label progress = new Label();
    private final Button next = new Button("Next moment ▶");
    private final ScrollPane story;
    private final HBox footer;
    private final VBox view;
    private LessonGuide guide;
    private IntConsumer onMoment = index -> { };
    private Runnable onAnswered = () -> { };

    LessonView() {
        list.setId("lessonList");
        heading.setId("lessonTitle");
        check.setId("checkButton");
        check.setDefaultButton(true);
        check.getStyleClass().addAll("primary", "lesson-check");
        check.setMinWidth(Region.USE_PREF_SIZE);
        narration.view().setId("narrationText");
        question.setId("questionBox");
        feedback.setId("feedbackLabel");
        problems.setId("lessonProblems");
        progress.setId("lessonProgress");
        next.setId("nextMomentButton");
        allLessons.setId("allLessonsButton");
        for (Label text : new Label[] {feedback, problems, progress}) {
            text.setWrapText(true);
            text.getStyleClass().add("lesson-text");
        }
        problems.getStyleClass().add("lesson-problems");
        progress.getStyleClass().add("lesson-progress");
        question.getStyleClass().add("lesson-question-box");
        next.getStyleClass().add("primary");
        next.setOnAction(e -> advance());
        next.setMinWidth(Region.USE_PREF_SIZE);
        next.setTooltip(new javafx.scene.control.Tooltip("The lesson's next moment (" + Shortcuts.NEXT_MOMENT + ")"));
        allLessons.setOnAction(e -> showList());
        allLessons.setMinWidth(Region.USE_PREF_SIZE);

        heading.getStyleClass().add("pane-title");
        // A long title wraps beside the button rather than ending in "…": the class reads which lesson this is.
        heading.setWrapText(true);
        heading.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(heading, spacer, allLessons);
        header.getStyleClass().add("pane-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setMinHeight(Region.USE_PREF_SIZE);

        VBox text = new VBox(narration.view(), question, feedback, problems);
        text.getStyleClass().add("lesson-story");
        text.setFillWidth(true);
        story = new ScrollPane(text);
        story.setId("lessonStory");
        story.setFitToWidth(true);
        story.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        footer = new HBox(progress, check, next);
        footer.getStyleClass().add("lesson-footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        // Header and footer keep the height their wrapped lines need; the story between them scrolls instead.
        footer.setMinHeight(Region.USE_PREF_SIZE);

        StackPane pages = new StackPane(list, story);
        VBox.setVgrow(pages, Priority.ALWAYS);
        view = new VBox(header, pages, footer);
        view.getStyleClass().addAll("pane", "lesson-column");
        view.setId("lessonColumn");
        view.setMinWidth(0);
        showList();
    }

    Node view() {
        return view;
    }

    /**
     * The lesson's buttons and its progress line are drawn at the toolbar's zoom (up to 150 %): they are the
     * teacher's, and at 300 % they would take the lines the narration needs. Its title, text, question and choices
     * follow the window's zoom.
     */
    void setChromeZoom(double chromeZoom) {
        String style = String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", WindowLayout.em(chromeZoom));
        for (javafx.scene.control.Labeled control : new javafx.scene.control.Labeled[] {allLessons, check, next, progress}) {
            control.setStyle(style);
        }
    }

    /** The narration shown now, as plain text. */
    String narrationText() {
        return narration.text();
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
                setWrapText(true);
                setPrefWidth(0);
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
        // Picking the lesson that is open already just goes back to it.
        list.setOnMouseClicked(e -> {
            Lesson picked = list.getSelectionModel().getSelectedItem();
            if (picked != null && guide.lesson().filter(picked::equals).isPresent()) {
                showLesson();
            }
        });
    }

    /** Called after every answer, when the guide's progress has changed (the window saves it). */
    void onAnswered(Runnable answered) {
        onAnswered = answered;
    }

    void showList() {
        setPage(true);
    }

    void showLesson() {
        setPage(guide == null || guide.session().isEmpty());
    }

    private void setPage(boolean listPage) {
        list.setVisible(listPage);
        story.setVisible(!listPage);
        footer.setVisible(!listPage);
        footer.setManaged(!listPage);
        allLessons.setVisible(!listPage);
        heading.setText(listPage || guide == null ? "Lessons"
                : guide.lesson().map(l -> l.number() + "  " + l.title()).orElse("Lesson"));
        if (listPage) {
            list.refresh();
        }
    }

    /** Shows the guide's state now: the lesson page while a lesson is open, the list otherwise. */
    void refresh() {
        narration.show(guide.narrationMarkdown());
        feedback.setText(guide.feedback());
        feedback.getStyleClass().removeAll("answer-right", "answer-wrong");
        problems.setText(guide.problems());
        problems.setManaged(!guide.problems().isEmpty());
        progress.setText(guide.progressLine());
        showQuestion(guide.question());
        next.setDisable(!guide.canAdvance());
        list.refresh();
        showLesson();
    }

    /** The question in the story, its Check button in the footer where Next is: both stay in view. */
    private void showQuestion(Optional<AskedQuestion> asked) {
        question.getChildren().clear();
        check.disableProperty().unbind();
        check.setVisible(asked.isPresent());
        check.setManaged(asked.isPresent());
        next.setVisible(asked.isEmpty());
        next.setManaged(asked.isEmpty());
        if (asked.isEmpty()) {
            guide.answeredQuestion().ifPresent(answered -> question.getChildren().add(prompt(answered)));
            question.setManaged(!question.getChildren().isEmpty());
            return;
        }
        question.setManaged(true);
        AskedQuestion q = asked.get();
        question.getChildren().add(prompt(q));
        if (q.choices().isEmpty()) {
            TextField field = new TextField();
            field.setId("answerField");
            field.getStyleClass().add("lesson-text");
            field.setOnAction(e -> check.fire());
            check.disableProperty().bind(field.textProperty().isEmpty());
            check.setOnAction(e -> check(field.getText()));
            question.getChildren().add(field);
        } else {
            ToggleGroup group = new ToggleGroup();
            for (int i = 0; i < q.choices().size(); i++) {
                RadioButton choice = new RadioButton(q.choices().get(i));
                choice.setId("choice" + (i + 1));
                choice.setUserData(String.valueOf(i + 1));
                choice.getStyleClass().add("lesson-text");
                choice.setWrapText(true);
                choice.setToggleGroup(group);
                question.getChildren().add(choice);
            }
            check.disableProperty().bind(group.selectedToggleProperty().isNull());
            check.setOnAction(e -> check((String) group.getSelectedToggle().getUserData()));
        }
    }

    /** As the Next button: moves on when the lesson can. */
    void nextMoment() {
        if (guide != null && guide.canAdvance()) {
            advance();
        }
    }

    private void advance() {
        int index = guide.advance();
        refresh();
        story.setVvalue(0);
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
        onAnswered.run();
    }
}
