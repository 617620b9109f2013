package org.closeread.course.ui;

import static org.closeread.base.ui.Translations.text;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.closeread.base.ui.MainLayout;
import org.closeread.base.ui.Translations;
import org.closeread.course.CourseLesson;
import org.closeread.course.CourseLibrary;
import org.closeread.course.CourseService;
import org.closeread.lesson.LessonCard;
import org.closeread.quiz.CurrentParticipant;
import org.closeread.quiz.LessonProgress;

/**
 * The library: the course as a numbered sequence (each lesson with the skills it trains, its minutes and
 * how far this browser's student is with it), then every lesson outside the course.
 */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
@com.vaadin.flow.component.dependency.StyleSheet("context://styles/reading-aids.css")
class LibraryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final CourseService courses;
    private final CurrentParticipant student;

    LibraryView(CourseService courses, CurrentParticipant student) {
        this.courses = courses;
        this.student = student;
        addClassName("library-view");
    }

    /** Built on every visit, so coming back to the library shows the progress made since. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H1 title = new H1(getTranslation("library.heading"));
        Paragraph intro = new Paragraph(getTranslation("library.intro"));
        intro.addClassName("library-intro");
        add(title, intro);
        CourseLibrary library = courses.library(student.get());
        if (library.isEmpty()) {
            add(new Paragraph(getTranslation("library.empty")));
            return;
        }
        boolean anyDone = library.inCourse().stream().anyMatch(l -> l.progress().stage() == LessonProgress.Stage.QUIZ_DONE)
                || library.others().stream().anyMatch(l -> l.progress().stage() == LessonProgress.Stage.QUIZ_DONE);
        if (anyDone) {
            Anchor skills = new Anchor("progress", getTranslation("course.progress.link"));
            skills.addClassName("progress-link");
            add(new Paragraph(skills));
        }
        library.course().ifPresent(course -> {
            Section section = new Section();
            section.addClassName("course");
            H2 heading = new H2(course.title());
            heading.setId("course-title");
            section.getElement().setAttribute("aria-labelledby", "course-title");
            section.add(heading);
            if (!course.description().isBlank()) {
                Paragraph about = new Paragraph(course.description());
                about.addClassName("course-description");
                section.add(about);
            }
            Paragraph count = new Paragraph(getTranslation("course.count", library.inCourse().size(),
                    library.inCourse().stream().mapToInt(l -> l.card().minutes()).sum()));
            count.addClassName("course-count");
            section.add(count);
            OrderedList list = new OrderedList();
            list.addClassName("course-lessons");
            library.inCourse().forEach(lesson -> list.add(new ListItem(card(lesson))));
            section.add(list);
            add(section);
        });
        if (!library.others().isEmpty()) {
            Div list = new Div();
            list.addClassName("lesson-cards");
            library.others().forEach(lesson -> list.add(card(lesson)));
            if (library.course().isPresent()) {
                H2 more = new H2(getTranslation("course.others"));
                more.addClassName("more-lessons");
                add(more);
            }
            add(list);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("library.title"));
    }

    private static Div card(CourseLesson lesson) {
        LessonCard card = lesson.card();
        Div root = new Div();
        root.addClassName("lesson-card");
        root.getElement().setAttribute("data-slug", card.slug());
        if (lesson.number() > 0) {
            Span number = new Span(text("course.number", lesson.number()));
            number.addClassName("course-number");
            root.add(number);
        }
        Anchor link = new Anchor("lessons/" + card.slug(), card.title());
        H3 heading = new H3(link);
        Paragraph article = new Paragraph(card.articleTitle());
        article.addClassName("card-article");
        Paragraph meta = new Paragraph(card.outlet()
                + (card.date() == null ? "" : " · " + DATE.format(card.date()))
                + " · " + (card.twoPaths() ? text("library.paths", card.coreMinutes(), card.fullMinutes())
                        : text("library.minutes", card.minutes()))
                + (card.level() == null || card.level().isBlank() ? "" : " · " + card.level()));
        meta.addClassName("card-meta");
        root.add(heading, article, meta, lesson.skills().isEmpty() ? lenses(card) : skills(lesson));
        if (!card.objectives().isEmpty()) {
            Paragraph lead = new Paragraph(text("objectives.heading") + ":");
            lead.addClassName("card-objectives-lead");
            UnorderedList objectives = new UnorderedList();
            objectives.addClassName("card-objectives");
            card.objectives().forEach(o -> objectives.add(new ListItem(o)));
            root.add(lead, objectives);
        }
        root.add(progress(lesson.progress()));
        return root;
    }

    private static Component skills(CourseLesson lesson) {
        Paragraph label = new Paragraph(text("course.skills"));
        label.addClassName("card-skills-label");
        UnorderedList list = new UnorderedList();
        list.addClassName("card-skills");
        lesson.skills().forEach(skill -> list.add(new ListItem(skill)));
        Div box = new Div(label, list);
        box.addClassName("card-skills-box");
        return box;
    }

    private static Component lenses(LessonCard card) {
        Div lenses = new Div();
        lenses.addClassName("card-lenses");
        lenses.getElement().setAttribute("aria-label", text("library.lenses"));
        card.lenses().forEach(lens -> {
            Span chip = new Span(Translations.text(lens.nameKey()));
            chip.addClassNames("lens-chip", "hl", "hl-" + lens.id());
            lenses.add(chip);
        });
        return lenses;
    }

    private static Component progress(LessonProgress progress) {
        String shown = switch (progress.stage()) {
            case NOT_STARTED -> text("course.stage.not-started");
            case READING -> text("course.stage.reading");
            case QUIZ_DONE -> text("course.stage.quiz-done", progress.percent().orElse(0));
        };
        Paragraph status = new Paragraph(shown);
        status.addClassNames("card-progress", "stage-" + progress.stage().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return status;
    }
}
