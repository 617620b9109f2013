package org.closeread.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.util.List;
import org.closeread.lesson.GlossaryTerm;
import org.junit.jupiter.api.Test;

/** Which words the glossary marks, and how; plain Java. */
class GlossaryMarksTest {

    private final GlossaryMarks marks = new GlossaryMarks(List.of(
            new GlossaryTerm("standfirst", List.of("standfirsts"), "The summary under a headline."),
            new GlossaryTerm("sanctions", List.of("sanctioning"), "Penalties <one country> puts on another."),
            new GlossaryTerm("state news agency", List.of("news agency"), "A government's agency.")), "t");

    @Test
    void whole_words_in_any_case_and_other_forms_are_found_once_each_the_longest_form_first() {
        List<GlossaryMarks.Found> found = marks.find("Standfirsts and a standfirst; the US was considering "
                + "sanctioning banks. Russia's state news agency, a news agency; substandfirst.");

        assertThat(found).extracting(GlossaryMarks.Found::term).extracting(GlossaryTerm::term)
                .containsExactly("standfirst", "sanctions", "state news agency");
        assertThat(found.get(2).end() - found.get(2).start()).isEqualTo("state news agency".length());
    }

    @Test
    void in_the_article_a_term_becomes_a_button_described_by_its_hidden_definition_and_the_text_is_escaped() {
        StringBuilder out = new StringBuilder();

        marks.appendHtml(out, "Read the standfirst <b>first</b> & last.");

        Document page = Jsoup.parseBodyFragment(out.toString());
        Element button = page.selectFirst("button.gloss-term");
        Element definition = page.selectFirst("span.gloss-def");
        assertThat(button.text()).isEqualTo("standfirst");
        assertThat(button.attr("aria-expanded")).isEqualTo("false");
        assertThat(button.attr("aria-describedby")).isEqualTo(definition.id());
        assertThat(definition.hasAttr("hidden")).isTrue();
        assertThat(definition.text()).isEqualTo("The summary under a headline.");
        assertThat(page.select("b")).as("the article's text is text, never markup").isEmpty();
        assertThat(page.body().text()).startsWith("Read the standfirst").endsWith("<b>first</b> & last.");
    }

    @Test
    void in_html_only_text_outside_links_is_marked_and_definitions_are_escaped() {
        String html = marks.html("<p>On <a href=\"x\">sanctions</a> and sanctions, see the <em>standfirst</em>.</p>");

        assertThat(html).startsWith("<p>On <a href=\"x\">sanctions</a> and <button type=\"button\" class=\"gloss-term\"")
                .contains("Penalties &lt;one country&gt; puts on another.")
                .contains("<em><button type=\"button\" class=\"gloss-term\"");
        assertThat(html.split("gloss-term").length - 1).isEqualTo(2);
    }
}
