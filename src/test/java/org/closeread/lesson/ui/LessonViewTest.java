package org.closeread.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.router.QueryParameters;
import org.closeread.base.SafeMarkdown;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jsoup.Jsoup;
import java.util.Set;
import org.closeread.KaribuTest;
import org.closeread.article.Lens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LessonViewTest extends KaribuTest {

    static final String SLUG = "china-russia-defence-ministers";

    @Override
    @SuppressWarnings("unchecked")
    protected Set<Class<? extends Component>> views() {
        try {
            return Set.of(LessonView.class,
                    (Class<? extends Component>) Class.forName("org.closeread.course.ui.LibraryView"));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private LessonView view;

    @BeforeEach
    void openLesson() {
        ui().navigate("lessons/" + SLUG);
        view = _get(LessonView.class);
    }

    private List<org.jsoup.nodes.Element> markers() {
        return ArticlePage.markers(view.article());
    }

    private List<String> markerLenses() {
        return markers().stream().map(m -> m.classNames().stream()
                .filter(c -> c.startsWith("hl-marker-")).findFirst().orElseThrow()).distinct().toList();
    }

    private static List<com.vaadin.flow.dom.Element> withTag(com.vaadin.flow.dom.Element element, String tag) {
        List<com.vaadin.flow.dom.Element> found = new java.util.ArrayList<>();
        if (!element.isTextNode() && element.getTag().equals(tag)) {
            found.add(element);
        }
        element.getChildren().forEach(child -> found.addAll(withTag(child, tag)));
        return found;
    }

    @Test
    void the_first_step_shows_its_position_and_only_its_lens() {
        assertThat(_get(view, Span.class, spec -> spec.withId("step-position")).getText()).isEqualTo("Step 1 of 7");
        assertThat(withTag(view.getElement(), "progress")).extracting(e -> e.getAttribute("value"), e -> e.getAttribute("max"))
                .containsExactly(tuple("1", "7"));
        assertThat(view.filter().shown()).containsExactly(Lens.ANATOMY);
        assertThat(markerLenses()).containsExactly("hl-marker-anatomy");
        assertThat(markers()).as("the core path's anatomy highlights").hasSizeGreaterThan(3);
    }

    @Test
    void next_step_moves_on_and_switches_the_lens() {
        _click(view.guide().next());

        assertThat(_get(view, Span.class, spec -> spec.withId("step-position")).getText()).isEqualTo("Step 2 of 7");
        assertThat(view.filter().shown()).containsExactly(Lens.QUOTE);
        assertThat(markerLenses()).containsExactly("hl-marker-quote");
        assertThat(view.guide().previous().isEnabled()).isTrue();
    }

    @Test
    void the_last_step_leads_on_to_the_quiz_and_the_first_cannot_go_back() {
        assertThat(view.guide().previous().isEnabled()).isFalse();
        assertThat(view.guide().finish().getChildren()).isEmpty();
        for (int i = 1; i < 7; i++) {
            _click(view.guide().next());
        }
        assertThat(_get(view, Span.class, spec -> spec.withId("step-position")).getText()).isEqualTo("Step 7 of 7");
        assertThat(view.guide().next().isVisible()).isFalse();
        com.vaadin.flow.component.html.Anchor quiz = _get(view.guide().finish(), com.vaadin.flow.component.html.Anchor.class);
        assertThat(quiz.getHref()).isEqualTo("lessons/" + SLUG + "/quiz?path=core");
        assertThat(quiz.getText()).startsWith("Take the quiz");
    }

    @Test
    void a_lens_switched_on_before_its_step_says_when_it_starts() {
        ArticlePage.tickLens(view.filter(), Lens.QUOTE, true);

        assertThat(view.filter().note(Lens.QUOTE)).isEqualTo("Nothing to show yet: this lens starts at step 2.");
        assertThat(view.filter().note(Lens.ANATOMY)).isEmpty();

        _click(view.guide().next());
        assertThat(view.filter().note(Lens.QUOTE)).isEmpty();
    }

    @Test
    void the_lens_list_is_drawn_with_the_steps_lens_ticked_and_ignores_a_lens_it_does_not_have() {
        assertThat(ArticlePage.lensBoxes(view.filter()).stream().filter(b -> b.hasAttr("checked"))
                .map(b -> b.attr("data-lens"))).containsExactly("anatomy");
        assertThat(ArticlePage.lensBoxes(view.filter())).hasSize(view.filter().shown().size() + 4);

        _click(view.guide().next());
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(ArticlePage.lensBoxes(view.filter()).stream().filter(b -> b.hasAttr("checked"))
                .map(b -> b.attr("data-lens"))).as("drawn again for the new step").containsExactly("quote");

        // A forged event naming a lens the lesson does not have changes nothing.
        tools.jackson.databind.node.ObjectNode data = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        data.put(LensFilter.CHANGED_LENS, "no-such-lens");
        data.put(LensFilter.CHANGED_CHECKED, true);
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(view.filter().getElement(),
                new com.vaadin.flow.dom.DomEvent(view.filter().getElement(), "change", data));
        assertThat(view.filter().shown()).containsExactly(Lens.QUOTE);
    }

    @Test
    void a_students_own_tick_is_kept_when_the_list_is_not_drawn_again() {
        ArticlePage.tickLens(view.filter(), Lens.QUOTE, true);
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);

        assertThat(view.filter().ticked(Lens.QUOTE)).isTrue();
        assertThat(view.filter().shown()).containsExactlyInAnyOrder(Lens.ANATOMY, Lens.QUOTE);
        assertThat(ArticlePage.lensBoxes(view.filter()).stream().filter(b -> b.hasAttr("checked"))
                .map(b -> b.attr("data-lens"))).as("not drawn again: the browser shows the tick already")
                .containsExactly("anatomy");

        // Attached again (all of its state goes to the browser): it is drawn as the student left it.
        com.vaadin.flow.component.HasComponents parent = (com.vaadin.flow.component.HasComponents) view.filter().getParent().orElseThrow();
        int at = parent.getElement().indexOfChild(view.filter().getElement());
        LensFilter filter = view.filter();
        parent.remove(filter);
        parent.getElement().insertChild(at, filter.getElement());
        assertThat(ArticlePage.lensBoxes(filter).stream().filter(b -> b.hasAttr("checked"))
                .map(b -> b.attr("data-lens"))).containsExactlyInAnyOrder("anatomy", "quote");
        assertThat(Jsoup.parseBodyFragment(filter.getElement().getProperty("innerHTML")).select("#lens-note-quote").text())
                .isEqualTo("Nothing to show yet: this lens starts at step 2.");
    }

    @Test
    void lens_toggles_show_the_highlights_revealed_so_far() {
        _click(view.guide().next());
        ArticlePage.tickLens(view.filter(), Lens.ANATOMY, true);

        assertThat(markerLenses()).containsExactlyInAnyOrder("hl-marker-anatomy", "hl-marker-quote");

        ArticlePage.tickLens(view.filter(), Lens.QUOTE, false);
        assertThat(markerLenses()).containsExactly("hl-marker-anatomy");

        ArticlePage.tickLens(view.filter(), Lens.FRAMING, true);
        assertThat(markerLenses()).as("framing is not revealed before its step").doesNotContain("hl-marker-framing");
    }

    @Test
    void a_highlight_opens_its_explanation_with_its_facts_and_close_hides_it() {
        _click(view.guide().next());
        String marker = markers().stream().map(m -> m.attr("data-annotation"))
                .filter("quote-dong-tass"::equals).findFirst().orElseGet(() -> markers().get(0).attr("data-annotation"));

        ArticlePage.clickMarker(view.article(), marker);
        assertThat(view.article().selected()).isEqualTo(marker);

        assertThat(view.explanation().shown()).isNotNull();
        assertThat(view.explanation().shown().lens()).isEqualTo(Lens.QUOTE);
        String panelText = view.explanation().getElement().getTextRecursively();
        // Glossary terms in the explanation become inline definitions; the rest is the explanation as written.
        assertThat(_get(view.explanation(), Html.class).getInnerHtml()
                .replaceAll("<span class=\"gloss-def\"[^>]*>[^<]*</span>", "")
                .replaceAll("</?button[^>]*>", ""))
                .isEqualTo(Html.class.cast(new Html(SafeMarkdown.toHtml(view.explanation().shown().explanation())))
                        .getInnerHtml());
        assertThat(panelText).contains("Speaker", "Relayed by");

        _click(_get(view.explanation(), com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Close")));
        assertThat(view.explanation().shown()).isNull();
    }

    @Test
    void a_step_can_be_opened_by_its_address() {
        ui().navigate("lessons/" + SLUG, QueryParameters.of("step", "5"));

        LessonView opened = _get(LessonView.class);
        assertThat(_get(opened, Span.class, spec -> spec.withId("step-position")).getText()).isEqualTo("Step 5 of 7");
    }

    @Test
    void an_unknown_lesson_says_so() {
        ui().navigate("lessons/no-such-lesson");

        assertThat(_get(H1.class, spec -> spec.withText("Lesson not found"))).isNotNull();
    }

    @Test
    void an_openly_licensed_article_shows_its_credit_and_a_link_to_the_original() {
        assertThat(_find(view, com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("article-source-link")))
                .as("the first article has no source address").isEmpty();

        ui().navigate("lessons/korea-state-media-chain");
        LessonView korea = _get(LessonView.class);

        com.vaadin.flow.component.html.Anchor original = _get(korea, com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("article-source-link"));
        assertThat(original.getHref()).startsWith("https://en.wikinews.org/wiki/North_Korea");
        assertThat(original.getText()).isEqualTo("Read the original at Wikinews");
        assertThat(original.getParent().orElseThrow().getElement().getTextRecursively())
                .contains("Creative Commons Attribution 2.5");
    }
}
