package org.closeread.classroom.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.closeread.article.Lens;
import org.closeread.base.ui.MainLayout;
import org.closeread.base.ui.Translations;
import org.closeread.base.ui.component.TextTable;
import org.closeread.classroom.Assignment;
import org.closeread.classroom.ClassSkills;
import org.closeread.classroom.ClassReportService;
import org.closeread.classroom.Member;
import org.closeread.quiz.LensScore;
import org.closeread.security.TeacherAccountService;

/**
 * A class's scores per lens across lessons: one table per lens, a row per student, a column per assigned
 * lesson in the teacher's order and one for all of them, so a teacher sees whether quoting improved
 * from the first lesson to the last.
 */
@Route(value = "teacher/classes/:classId/skills", layout = MainLayout.class)
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class ClassSkillsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassReportService classrooms;
    private final String teacher;
    private ClassSkills skills;

    ClassSkillsView(ClassReportService classrooms, AuthenticationContext authentication) {
        this.classrooms = classrooms;
        this.teacher = authentication.getPrincipalName().orElseThrow();
        addClassName("class-skills-view");
    }

    static String path(long classId) {
        return ClassView.path(classId) + "/skills";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        skills = event.getRouteParameters().getLong("classId").flatMap(id -> classrooms.skills(teacher, id))
                .orElse(null);
        removeAll();
        if (skills == null) {
            add(new Anchor("teacher/classes", Translations.text("back-to", Translations.text("classroom.class-list-view.your-classes"))), new H1(getTranslation("class.skills.not-found")),
                    new Paragraph(getTranslation("class.skills.not-found.text")));
            return;
        }
        Anchor back = new Anchor(ClassView.path(skills.classId()), getTranslation("class.skills.back",
                skills.className()));
        back.addClassName("back-link");
        Paragraph intro = new Paragraph(getTranslation("class.skills.intro"));
        intro.addClassName("page-intro");
        add(back, new H1(getTranslation("class.skills.heading")), intro);
        if (!skills.anyAnswers()) {
            Paragraph none = new Paragraph(getTranslation("class.skills.none"));
            none.setId("skills-none");
            add(none);
            return;
        }
        for (Lens lens : skills.lensesScored()) {
            add(TextTable.titled(table(lens)));
        }
    }

    private TextTable table(Lens lens) {
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("class.skills.student"));
        skills.lessons().forEach(a -> headers.add(a.lessonTitle()));
        headers.add(getTranslation("class.skills.all"));
        List<List<String>> rows = new ArrayList<>();
        for (Member member : skills.members()) {
            List<String> row = new ArrayList<>();
            row.add(member.name());
            for (Assignment lesson : skills.lessons()) {
                row.add(skills.score(member.participantId(), lesson.lessonSlug(), lens).map(this::cell).orElse("—"));
            }
            row.add(skills.overall(member.participantId(), lens).map(this::cell).orElse("—"));
            rows.add(row);
        }
        TextTable table = new TextTable(getTranslation("class.skills.caption", Translations.text(lens.nameKey())), headers, rows);
        table.getElement().setAttribute("data-lens", lens.id());
        return table;
    }

    private String cell(LensScore score) {
        return getTranslation("class.skills.cell", score.percent(), score.questions());
    }

    @Override
    public String getPageTitle() {
        return skills == null ? getTranslation("page.title", getTranslation("class.skills.not-found"))
                : getTranslation("page.title", getTranslation("class.skills.title", skills.className()));
    }

    ClassSkills skills() {
        return skills;
    }
}
