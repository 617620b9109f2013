package org.closeread.authoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.closeread.base.ui.MainLayout;
import org.closeread.lesson.LessonLoadReport;
import org.closeread.lesson.LessonProblem;
import org.closeread.lesson.LessonService;
import org.closeread.security.TeacherAccountService;

/** The teacher's start page: the lessons, and every problem found in the lesson files. */
@Route(value = "teacher", layout = MainLayout.class)
@PageTitle("Teacher — CloseRead")
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class TeacherHomeView extends Div {

    TeacherHomeView(LessonService lessons, LessonLoadReport report) {
        addClassName("teacher-view");
        add(new H1("Your lessons"));
        UnorderedList list = new UnorderedList();
        lessons.library().forEach(card -> list.add(new ListItem(
                new Anchor("lessons/" + card.slug(), card.title()),
                new Paragraph(card.articleTitle() + " · " + card.outlet()))));
        add(list);
        add(new H2("Lesson files"));
        if (report.problems().isEmpty()) {
            add(new Paragraph("Every lesson file loaded without a problem."));
        } else {
            add(new Paragraph("These lesson files were skipped. Fix the line named and restart the app:"));
            UnorderedList problems = new UnorderedList();
            problems.addClassName("lesson-problems");
            for (LessonProblem problem : report.problems()) {
                problems.add(new ListItem(problem.toString()));
            }
            add(problems);
        }
    }
}
