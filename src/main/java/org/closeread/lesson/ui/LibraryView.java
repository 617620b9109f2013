package org.closeread.lesson.ui;

import org.closeread.base.ui.Translations;

import static org.closeread.base.ui.Translations.text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.closeread.base.ui.MainLayout;
import org.closeread.lesson.LessonCard;
import org.closeread.lesson.LessonService;

/** The library: every lesson with its article, outlet, date, length and lenses. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
class LibraryView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    LibraryView(LessonService lessons) {
        addClassName("library-view");
        H1 title = new H1(getTranslation("library.heading"));
        Paragraph intro = new Paragraph(getTranslation("library.intro"));
        intro.addClassName("library-intro");
        Div list = new Div();
        list.addClassName("lesson-cards");
        var cards = lessons.library();
        cards.forEach(card -> list.add(card(card)));
        if (cards.isEmpty()) {
            list.add(new Paragraph(getTranslation("library.empty")));
        }
        add(title, intro, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("library.title"));
    }

    private static Div card(LessonCard card) {
        RouterLink link = new RouterLink(card.title(), LessonView.class, new RouteParameters("slug", card.slug()));
        H2 heading = new H2(link);
        Paragraph article = new Paragraph(card.articleTitle());
        article.addClassName("card-article");
        Paragraph meta = new Paragraph(card.outlet()
                + (card.date() == null ? "" : " · " + DATE.format(card.date()))
                + " · " + text("library.minutes", card.minutes())
                + (card.level() == null || card.level().isBlank() ? "" : " · " + card.level()));
        meta.addClassName("card-meta");
        Div lenses = new Div();
        lenses.addClassName("card-lenses");
        lenses.getElement().setAttribute("aria-label", text("library.lenses"));
        card.lenses().forEach(lens -> {
            Span chip = new Span(lens.label());
            chip.addClassNames("lens-chip", "hl", "hl-" + lens.id());
            lenses.add(chip);
        });
        Div root = new Div(heading, article, meta, lenses);
        root.addClassName("lesson-card");
        root.getElement().setAttribute("data-slug", card.slug());
        return root;
    }
}
