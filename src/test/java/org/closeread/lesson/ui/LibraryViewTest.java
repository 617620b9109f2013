package org.closeread.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.util.Set;
import org.closeread.KaribuTest;
import org.junit.jupiter.api.Test;

class LibraryViewTest extends KaribuTest {

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(LibraryView.class, LessonView.class);
    }

    @Test
    void the_library_lists_the_first_lesson_with_outlet_date_minutes_and_lenses() {
        ui().navigate("");

        Div card = _find(Div.class, spec -> spec.withClasses("lesson-card")).stream()
                .filter(d -> "china-russia-defence-ministers".equals(d.getElement().getAttribute("data-slug")))
                .findFirst().orElseThrow();
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains("Who speaks, and through whom?", "South China Morning Post", "26 April 2024",
                "minutes", "Anatomy", "Quotes", "Sourcing", "Framing", "Missing");
    }

    @Test
    void choosing_a_lesson_opens_its_guided_reading() {
        ui().navigate("");

        RouterLink link = _get(RouterLink.class, spec -> spec.withText("Who speaks, and through whom?"));
        assertThat(link.getHref()).isEqualTo("lessons/china-russia-defence-ministers");
        ui().navigate(link.getHref());

        assertThat(_get(LessonView.class)).isNotNull();
    }
}
