package org.closeread.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
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
    void in_the_article_a_term_becomes_a_button_described_by_its_hidden_definition() {
        Element paragraph = new Element("p");

        marks.append(paragraph, "Read the standfirst first.");

        assertThat(paragraph.getChildCount()).isEqualTo(4);
        Element button = paragraph.getChild(1);
        Element definition = paragraph.getChild(2);
        assertThat(button.getTag()).isEqualTo("button");
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(button.getAttribute("aria-describedby")).isEqualTo(definition.getAttribute("id"));
        assertThat(definition.hasAttribute("hidden")).isTrue();
        assertThat(definition.getText()).isEqualTo("The summary under a headline.");
        assertThat(paragraph.getTextRecursively()).startsWith("Read the standfirst");
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
