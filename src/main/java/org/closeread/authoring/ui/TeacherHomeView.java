package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.closeread.authoring.DraftService;
import org.closeread.authoring.LessonEntry;
import org.closeread.authoring.LessonExchangeService;
import org.closeread.base.ui.MainLayout;
import org.closeread.lesson.LessonLoadReport;
import org.closeread.lesson.LessonProblem;
import org.closeread.security.TeacherAccountService;

/** The teacher's start page: every lesson with where it stands, the ways to add one, and lesson file problems. */
@Route(value = "teacher", layout = MainLayout.class)
@PageTitle("Teacher — CloseRead")
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class TeacherHomeView extends Div {

    TeacherHomeView(DraftService drafts, LessonLoadReport report) {
        addClassName("teacher-view");
        add(new H1(Translations.text("authoring.teacher-home-view.your-lessons")));
        Anchor add = new Anchor("teacher/new", Translations.text("authoring.home.add"));
        add.addClassName("primary-link");
        Anchor upload = new Anchor("teacher/import", Translations.text("authoring.home.import"));
        Div actions = new Div(add, upload);
        actions.addClassName("teacher-actions");
        add(actions);
        UnorderedList list = new UnorderedList();
        list.addClassName("lesson-list");
        for (LessonEntry entry : drafts.lessons()) {
            Anchor edit = new Anchor("teacher/lessons/" + entry.slug() + "/article", entry.title());
            edit.addClassName("lesson-list-title");
            Span status = new Span(Translations.text(entry.status().key()));
            status.addClassName("lesson-list-status");
            Anchor export = new Anchor(LessonExchangeService.exportPath(entry.slug()), Translations.text("authoring.home.download"));
            export.getElement().setAttribute("router-ignore", true);
            export.getElement().setAttribute("download", LessonExchangeService.fileName(entry.slug()));
            Anchor guide = new Anchor("teacher/lessons/" + entry.slug() + "/guide", getTranslation("guide.link"));
            guide.addClassName("lesson-list-guide");
            ListItem item = new ListItem(edit, status, export, guide);
            item.getElement().setAttribute("data-lesson", entry.slug());
            list.add(item);
        }
        add(list);
        add(new H2(Translations.text("authoring.teacher-home-view.lesson-files")));
        if (report.problems().isEmpty()) {
            add(new Paragraph(Translations.text("authoring.teacher-home-view.every-lesson-file-loaded")));
        } else {
            add(new Paragraph(Translations.text("authoring.teacher-home-view.these-lesson-files-were")));
            UnorderedList problems = new UnorderedList();
            problems.addClassName("lesson-problems");
            for (LessonProblem problem : report.problems()) {
                problems.add(new ListItem(ImportView.where(problem)));
            }
            add(problems);
        }
    }
}
