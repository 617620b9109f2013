package org.closeread.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import org.closeread.KaribuTest;
import org.closeread.lesson.LessonPath;
import org.junit.jupiter.api.Test;

/** The path a student reads, the objectives, the glossary and Read aloud in the guided reading. */
class LessonPathsViewTest extends KaribuTest {

    private static final String SLUG = "china-russia-defence-ministers";

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(LessonView.class);
    }

    private static String position(LessonView view) {
        return _get(view, Span.class, spec -> spec.withId("step-position")).getText();
    }

    @Test
    void a_student_reads_the_core_path_unless_they_choose_the_full_one() {
        ui().navigate("lessons/" + SLUG);
        LessonView view = _get(LessonView.class);
        assertThat(position(view)).isEqualTo("Step 1 of 7");
        PathChoice choice = _get(view, PathChoice.class);
        assertThat(choice.current()).isEqualTo(LessonPath.CORE);
        assertThat(org.jsoup.Jsoup.parseBodyFragment(choice.getElement().getProperty("innerHTML"))
                .select("fieldset#path-choice input[type=radio][checked]").eachAttr("value")).containsExactly("core");
        int coreMarkers = ArticlePage.markers(view.article()).size();

        // The student picks "Full" (the browser reports the radio button's value).
        tools.jackson.databind.node.ObjectNode picked = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        picked.put(PathChoice.CHOSEN, "full");
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(choice.getElement(),
                new com.vaadin.flow.dom.DomEvent(choice.getElement(), "change", picked));
        view = _get(LessonView.class);
        assertThat(position(view)).isEqualTo("Step 1 of 8");
        assertThat(_get(view, PathChoice.class).current()).isEqualTo(LessonPath.FULL);
        assertThat(ArticlePage.markers(view.article()).size()).isGreaterThan(coreMarkers);

        // The choice is remembered for the lesson in this session.
        ui().navigate("lessons/" + SLUG);
        assertThat(position(_get(LessonView.class))).isEqualTo("Step 1 of 8");
    }

    @Test
    void the_reading_starts_with_the_objectives_marks_glossary_terms_and_ends_with_the_glossary() {
        ui().navigate("lessons/" + SLUG, com.vaadin.flow.router.QueryParameters.fromString("path=core"));
        LessonView view = _get(LessonView.class);

        Div objectives = _get(view, Div.class, spec -> spec.withId("lesson-objectives"));
        assertThat(objectives.getElement().getTextRecursively()).contains("By the end of this lesson you can");
        assertThat(objectives.getElement().getChild(1).getProperty("innerHTML"))
                .contains("<li>Find out for yourself who owns an outlet");
        List<org.jsoup.nodes.Element> terms = ArticlePage.select(view.article(), ".gloss-term");
        assertThat(terms).extracting(org.jsoup.nodes.Element::text).contains("counterpart", "dual-use");
        org.jsoup.nodes.Element term = terms.stream().filter(t -> t.text().equals("counterpart")).findFirst()
                .orElseThrow();
        assertThat(term.tagName()).isEqualTo("button");
        assertThat(term.attr("aria-describedby")).isNotBlank();
        Div glossary = _get(view, Div.class, spec -> spec.withId("lesson-glossary"));
        assertThat(glossary.getElement().getChild(2).getProperty("innerHTML"))
                .contains("<dt>transliteration</dt>").contains("<dt>on the record</dt>");
        assertThat(_find(view, ReadAloud.class)).isNotEmpty();
    }

    @Test
    void readers_of_the_same_lesson_share_the_article_text_and_each_glossary_id_is_unique_on_the_page() {
        ui().navigate("lessons/" + SLUG, com.vaadin.flow.router.QueryParameters.fromString("path=core"));
        String first = _get(LessonView.class).article().getElement().getChild(0).getProperty("innerHTML");
        List<String> ids = ArticlePage.select(_get(LessonView.class).article(), ".gloss-def").stream()
                .map(org.jsoup.nodes.Element::id).toList();
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();

        ui().navigate("");
        ui().navigate("lessons/" + SLUG, com.vaadin.flow.router.QueryParameters.fromString("path=core"));
        assertThat(_get(LessonView.class).article().getElement().getChild(0).getProperty("innerHTML"))
                .as("the same text object, kept once for all readers").isSameAs(first);
    }
}
