package org.closeread.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import java.util.Map;
import java.util.Set;
import org.closeread.KaribuTest;
import org.closeread.article.Lens;
import org.closeread.article.TextSpan;
import org.closeread.authoring.ArticleDetails;
import org.closeread.authoring.Draft;
import org.closeread.authoring.DraftAnnotation;
import org.closeread.authoring.DraftService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A teacher previews an unpublished draft with the very components students read lessons with. */
class LessonPreviewViewTest extends KaribuTest {

    @Autowired
    DraftService drafts;

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(LessonPreviewView.class, LessonView.class);
    }

    @BeforeEach
    void draft() {
        login("ada", "TEACHER");
        if (drafts.slugTaken("previewed")) {
            return;
        }
        Draft draft = drafts.create("previewed", new ArticleDetails("Ministers meet", "Daily", "", "", ""),
                "Ministers meet\n\n“We agree,” Dong Jun said.\n");
        drafts.annotate("previewed", draft.version(), null, new TextSpan(1, 1, 9),
                new DraftAnnotation("", Lens.QUOTE, "", 0, "Dong's **own** words.", Map.of("speaker", "Dong Jun")));
    }

    @Test
    void the_preview_shows_the_draft_with_its_highlights_and_explanations_as_students_will_see_it() {
        ui().navigate("teacher/preview/previewed");

        LessonPreviewView preview = _get(LessonPreviewView.class);
        assertThat(preview.getElement().getTextRecursively()).contains("Preview: this is the lesson as students",
                "Step 1 of 1", "Quotes");
        org.jsoup.nodes.Element marker = ArticlePage.select(preview.reading().article(), ".hl-marker-quote").get(0);
        ArticlePage.clickMarker(preview.reading().article(), marker.attr("data-annotation"));
        assertThat(preview.reading().explanation().shown().quote().exact()).isEqualTo("We agree");
        assertThat(preview.reading().explanation().getElement().getTextRecursively()).contains("Speaker", "Dong Jun");
        assertThat(_get(preview.reading().explanation(), Html.class).getInnerHtml())
                .contains("Dong's <strong>own</strong> words.");
    }

    @Test
    void students_do_not_see_the_draft_before_it_is_published() {
        ui().navigate("lessons/previewed");

        assertThat(_find(LessonView.class).get(0).getElement().getTextRecursively()).contains("Lesson not found");
    }

    @Test
    void a_draft_that_cannot_be_read_yet_says_where_to_look() {
        drafts.create("not-readable", new ArticleDetails("Title", "Daily", "", "", ""), "Just a headline\n");

        ui().navigate("teacher/preview/not-readable");

        assertThat(_get(LessonPreviewView.class).getElement().getTextRecursively())
                .contains("Nothing to preview yet", "the publishing page lists what is missing");
    }
}
