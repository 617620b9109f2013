package org.closeread.guide;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import java.util.Set;
import org.closeread.KaribuTest;
import org.closeread.guide.ui.TeacherGuideView;
import org.junit.jupiter.api.Test;

class TeacherGuideViewTest extends KaribuTest {

    @Override
    protected Set<Class<? extends Component>> views() {
        return Set.of(TeacherGuideView.class);
    }

    @Test
    void a_teacher_sees_the_paths_with_minutes_per_step_the_answer_key_and_the_pdf_link() {
        login("guide-teacher", "TEACHER");
        ui().navigate("teacher/lessons/china-russia-defence-ministers/guide");

        String page = _get(Html.class).getInnerHtml();
        assertThat(page).contains("Who is behind the page?").contains("Core path, minutes").contains("Answer key")
                .contains("Alibaba Group").contains("/api/teacher/lessons/china-russia-defence-ministers/guide.pdf")
                .contains("A note for teaching this lesson");
    }
}
