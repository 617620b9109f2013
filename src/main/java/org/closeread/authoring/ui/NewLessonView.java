package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.closeread.authoring.ArticleDetails;
import org.closeread.authoring.DraftService;
import org.closeread.authoring.LessonDraft;
import org.closeread.authoring.PastedArticle;
import org.closeread.base.ui.MainLayout;
import org.closeread.security.TeacherAccountService;

/**
 * Adding an article: its details and its text, pasted as it is. The text is split into blocks at
 * blank lines; the next page lets the teacher check each block's kind.
 */
@Route(value = "teacher/new", layout = MainLayout.class)
@PageTitle("Add an article — CloseRead")
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class NewLessonView extends Div {

    /** What the form holds; the binder writes into it. */
    static final class NewArticle {
        String slug = "";
        String text = "";
    }

    private final TextField slug = new TextField(Translations.text("authoring.new-lesson-view.lesson-address-slug"));
    private final TextArea text = new TextArea(Translations.text("authoring.new-lesson-view.the-article-s-text"));
    private final ArticleDetailsForm details = new ArticleDetailsForm();
    private final Paragraph splitMessage = new Paragraph();
    private final Button create = new Button(Translations.text("authoring.new-lesson-view.split-into-blocks"));

    NewLessonView(DraftService drafts) {
        addClassNames("teacher-view", "editor-view");
        Anchor back = new Anchor("teacher", Translations.text("authoring.back-to-lessons"));
        back.addClassName("back-link");
        add(back, new H1(Translations.text("authoring.new-lesson-view.add-an-article")), new Paragraph(Translations.text("authoring.new.intro")));
        slug.setHelperText(Translations.text("authoring.new.slug.help"));
        slug.setRequired(true);
        slug.setId("lesson-slug");
        text.setId("article-text");
        create.setId("split-article");
        text.setRequired(true);
        text.setMinHeight("16rem");
        text.setWidthFull();
        Binder<NewArticle> binder = new Binder<>();
        binder.forField(slug).asRequired(Translations.text("authoring.new-lesson-view.give-the-lesson-an"))
                .withValidator(Checks.of(LessonDraft::slugProblem))
                .withValidator(value -> !drafts.slugTaken(value), Translations.text("authoring.new.slug.taken"))
                .bind(a -> a.slug, (a, value) -> a.slug = value);
        binder.forField(text).asRequired(Translations.text("authoring.new-lesson-view.paste-the-article-s"))
                .withValidator(Checks.of(PastedArticle::problem))
                .bind(a -> a.text, (a, value) -> a.text = value);
        binder.setBean(new NewArticle());
        details.slugFromTitle(slug);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        splitMessage.addClassName("form-message");
        splitMessage.setId("split-message");
        splitMessage.getElement().setAttribute("role", "status");
        create.addClickListener(click -> {
            boolean detailsValid = details.isValid();
            boolean textValid = binder.validate().isOk();
            splitMessage.setText(text.getValue().isBlank() ? Translations.text("new-lesson.nothing-to-split")
                    : textValid && detailsValid ? "" : Translations.text("new-lesson.fix-first"));
            if (textValid && detailsValid) {
                ArticleDetails article = details.value();
                drafts.create(binder.getBean().slug, article, binder.getBean().text);
                getUI().ifPresent(ui -> ui.navigate("teacher/lessons/" + binder.getBean().slug + "/article"));
            }
        });
        FormLayout form = new FormLayout(details, slug, text, create, splitMessage);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
    }

    TextField slugField() {
        return slug;
    }

    TextArea textField() {
        return text;
    }

    ArticleDetailsForm details() {
        return details;
    }

    String splitMessage() {
        return splitMessage.getText();
    }

    Button createButton() {
        return create;
    }
}
