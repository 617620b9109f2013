package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.closeread.authoring.Draft;
import org.closeread.authoring.DraftChange;
import org.closeread.authoring.DraftQuestion;
import org.closeread.authoring.DraftQuiz;
import org.closeread.authoring.DraftService;
import org.closeread.authoring.DraftStep;
import org.closeread.authoring.PlacedQuestion;
import org.closeread.authoring.QuestionPlace;
import org.closeread.base.ui.MainLayout;
import org.closeread.lesson.LessonProblem;
import org.closeread.quiz.QuestionType;
import org.closeread.security.TeacherAccountService;

/**
 * The quiz and each step's practice exercises: questions of every type, added, edited, moved and
 * deleted. After each save, what the lesson file reader still finds wrong with the question is shown.
 */
@Route(value = "teacher/lessons/:slug/questions", layout = MainLayout.class)
@PageTitle("Exercises and quiz — CloseRead")
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class QuestionsEditorView extends Div implements BeforeEnterObserver {

    private final DraftService drafts;
    private final QuizSettingsForm settings = new QuizSettingsForm(this::saveSettings);
    private final QuestionForm form = new QuestionForm(this::save, this::closeForm);
    private final Div lists = new Div();
    private final Select<QuestionPlace> newPlace = new Select<>();
    private final Paragraph problems = new Paragraph();
    private EditorHeader header;
    private Draft draft;
    private String editing;

    QuestionsEditorView(DraftService drafts) {
        this.drafts = drafts;
        addClassNames("teacher-view", "editor-view");
        newPlace.setLabel(Translations.text("authoring.questions-editor-view.add-a-question-to"));
        problems.addClassName("form-message");
        problems.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<Draft> found = EditorHeader.open(drafts, slug, this);
        if (found.isEmpty()) {
            return;
        }
        draft = found.get();
        header = new EditorHeader(slug, EditorHeader.Section.QUESTIONS);
        header.show(draft);
        Div adder = new Div(newPlace);
        adder.addClassName("question-adder");
        for (QuestionType type : QuestionType.values()) {
            Button add = new Button(Translations.text("authoring.question.add", QuestionBody.describe(type)), click -> {
                editing = null;
                form.edit(draft.content(), newPlace.getValue(), DraftQuestion.blank("", type), true);
            });
            add.setId("add-" + type.id());
            adder.add(add);
        }
        Anchor preview = new Anchor("teacher/preview/" + slug + "/quiz", Translations.text("authoring.preview.quiz"));
        Anchor lessonPreview = new Anchor("teacher/preview/" + slug, Translations.text("authoring.preview.practice"));
        Anchor exchange = new Anchor("teacher/lessons/" + slug + "/quiz-exchange",
                Translations.text("exchange.title"));
        Div previews = new Div(preview, lessonPreview, exchange);
        previews.addClassName("preview-links");
        add(header, new H2(Translations.text("authoring.questions-editor-view.quiz-settings")), settings, new H2(Translations.text("authoring.questions-editor-view.questions")), previews, lists, adder, problems, form);
        showQuestions();
    }

    private void showQuestions() {
        settings.show(draft.content().quiz().orElseGet(() -> new DraftQuiz(DraftQuiz.DEFAULT_TITLE, 70,
                org.closeread.quiz.FeedbackTiming.AFTER_EACH, List.of())));
        lists.removeAll();
        List<QuestionPlace> places = new ArrayList<>();
        places.add(QuestionPlace.QUIZ);
        draft.content().steps().forEach(step -> places.add(QuestionPlace.step(step.id())));
        newPlace.setItems(places);
        newPlace.setItemLabelGenerator(this::placeLabel);
        newPlace.setValue(QuestionPlace.QUIZ);
        var byPlace = draft.content().questions().stream().collect(Collectors.groupingBy(PlacedQuestion::place));
        for (QuestionPlace place : places) {
            List<PlacedQuestion> questions = byPlace.getOrDefault(place, List.of());
            lists.add(new H3(Translations.text("authoring.count", placeLabel(place), questions.size())));
            OrderedList list = new OrderedList();
            list.addClassName("question-list");
            questions.forEach(placed -> list.add(item(placed)));
            lists.add(list);
        }
    }

    private ListItem item(PlacedQuestion placed) {
        DraftQuestion question = placed.question();
        Span type = new Span(QuestionBody.describe(question.type()));
        type.addClassName("question-type");
        Span prompt = new Span(question.prompt().isEmpty() ? Translations.text("authoring.question.no-prompt") : question.prompt());
        Button up = new Button(Translations.text("authoring.questions-editor-view.move-up"), click -> show(drafts.moveQuestion(draft.slug(), draft.version(),
                question.id(), -1)));
        Button down = new Button(Translations.text("authoring.questions-editor-view.move-down"), click -> show(drafts.moveQuestion(draft.slug(), draft.version(),
                question.id(), 1)));
        Button edit = new Button(Translations.text("authoring.questions-editor-view.edit"), click -> {
            editing = question.id();
            form.edit(draft.content(), placed.place(), question, false);
            showProblems(question.id());
        });
        Button delete = new Button(Translations.text("authoring.questions-editor-view.delete"), click -> show(drafts.deleteQuestion(draft.slug(), draft.version(),
                question.id())));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        for (Button button : new Button[] {up, down, edit, delete}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("aria-label", button.getText() + ": " + question.id());
        }
        ListItem item = new ListItem(type, prompt, new Div(up, down, edit, delete));
        item.getElement().setAttribute("data-question", question.id());
        return item;
    }

    private String placeLabel(QuestionPlace place) {
        return place.isQuiz() ? "The quiz" : "Practice in step: "
                + draft.content().step(place.stepId()).map(DraftStep::title).orElse(place.stepId());
    }

    private void save(QuestionForm.Saved saved) {
        Set<String> before = ids();
        DraftChange change = saved.question().type() == QuestionType.HIGHLIGHT
                ? drafts.saveHighlightQuestion(draft.slug(), draft.version(), saved.place(), editing,
                saved.question(), saved.marks(), saved.extraBlocks())
                : drafts.saveQuestion(draft.slug(), draft.version(), saved.place(), editing, saved.question());
        if (show(change)) {
            // The saved question's id: the one that is new, or the edited one's.
            String savedId = ids().stream().filter(id -> !before.contains(id)).findFirst().orElse(editing);
            closeForm();
            showProblems(savedId);
        }
    }

    private Set<String> ids() {
        return draft.content().questions().stream().map(p -> p.question().id()).collect(Collectors.toSet());
    }

    private void saveSettings(DraftQuiz quiz) {
        show(drafts.saveQuizSettings(draft.slug(), draft.version(), quiz.title(), quiz.passMark(), quiz.feedback()));
    }

    /** What the lesson file reader still finds wrong with a question, so the teacher can fix it now. */
    private void showProblems(String questionId) {
        Pattern about = Pattern.compile("question " + Pattern.quote(questionId) + "(?![a-z0-9-])");
        List<String> found = drafts.check(draft.slug()).problems().stream().map(LessonProblem::message)
                .filter(message -> about.matcher(message).find()).map(QuestionsEditorView::plain).toList();
        problems.setText(found.isEmpty() ? Translations.text("questions.saved") : Translations.text("questions.saved.incomplete", String.join(" ", found)));
    }

    private static final Pattern EMPTY = Pattern.compile("^\"(\\w+)\" in question [^,]+?(?:, (option|pair|item) (\\d+))? is empty$");
    private static final Pattern MISSING = Pattern.compile("^question [^,]+?(?:, (option|pair|item) (\\d+))? has no \"(\\w+)\"$");

    /** A lesson file problem about one question, in the words of the form rather than of the file. */
    static String plain(String message) {
        Matcher empty = EMPTY.matcher(message);
        if (empty.matches()) {
            return missing(empty.group(1), empty.group(2), empty.group(3));
        }
        Matcher absent = MISSING.matcher(message);
        if (absent.matches()) {
            return missing(absent.group(3), absent.group(1), absent.group(2));
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }

    private static String missing(String key, String part, String number) {
        String field = switch (key) {
            case "prompt", "explanation", "modelAnswer", "text", "left", "right" -> Translations.text("question.field." + key);
            default -> "“" + key + "”";
        };
        return part == null ? Translations.text("question.write", field) : Translations.text("question.write.of", field, Translations.text("question.part." + part), number);
    }

    private void closeForm() {
        editing = null;
        form.close();
    }

    private boolean show(DraftChange change) {
        if (!header.after(change)) {
            return false;
        }
        draft = change.draft();
        showQuestions();
        return true;
    }

    QuestionForm form() {
        return form;
    }

    QuizSettingsForm settings() {
        return settings;
    }

    Select<QuestionPlace> newPlaceField() {
        return newPlace;
    }

    Div lists() {
        return lists;
    }

    String problems() {
        return problems.getText();
    }

    EditorHeader header() {
        return header;
    }
}
