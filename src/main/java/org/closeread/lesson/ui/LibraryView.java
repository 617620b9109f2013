package org.closeread.lesson.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Library — CloseRead")
@AnonymousAllowed
class LibraryView extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    LibraryView(LessonService lessons) {
        addClassName("library-view");
        H1 title = new H1("Read the news closely");
        Paragraph intro = new Paragraph("Pick a lesson. You will read a real news article one lens at a time: "
                + "what is article and what is page, who is quoted and through whom, where the information "
                + "came from, how the wording frames events, and whose voices are missing.");
        intro.addClassName("library-intro");
        Div list = new Div();
        list.addClassName("lesson-cards");
        var cards = lessons.library();
        cards.forEach(card -> list.add(card(card)));
        if (cards.isEmpty()) {
            list.add(new Paragraph("No lessons are loaded yet."));
        }
        add(title, intro, list);
    }

    private static Div card(LessonCard card) {
        RouterLink link = new RouterLink(card.title(), LessonView.class, new RouteParameters("slug", card.slug()));
        H2 heading = new H2(link);
        Paragraph article = new Paragraph(card.articleTitle());
        article.addClassName("card-article");
        Paragraph meta = new Paragraph(card.outlet()
                + (card.date() == null ? "" : " · " + DATE.format(card.date()))
                + " · " + card.minutes() + " minutes"
                + (card.level() == null || card.level().isBlank() ? "" : " · " + card.level()));
        meta.addClassName("card-meta");
        Div lenses = new Div();
        lenses.addClassName("card-lenses");
        lenses.getElement().setAttribute("aria-label", "Lenses");
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
