package org.closeread.classroom.ui;

import org.closeread.base.ui.Translations;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.closeread.base.ui.MainLayout;
import org.closeread.classroom.Classroom;
import org.closeread.classroom.ClassAdminService;
import org.closeread.security.TeacherAccountService;

/** A teacher's classes, and a new one in one step: a name, then a join code to give out. */
@Route(value = "teacher/classes", layout = MainLayout.class)
@PageTitle("Your classes — CloseRead")
@RolesAllowed(TeacherAccountService.TEACHER_ROLE)
class ClassListView extends Div {

    private final ClassAdminService classrooms;
    private final String teacher;
    private final TextField name = new TextField(Translations.text("classroom.class-list-view.class-name"));
    private final DataTable<Classroom> table = new DataTable<Classroom>(Translations.text("classroom.class-list-view.your-classes"), c -> c.name())
            .component(Translations.text("classroom.class-list-view.class"), c -> new Anchor(ClassView.path(c.id()), c.name()))
            .text(Translations.text("classroom.class-list-view.join-code"), c -> c.code().shown())
            .text(Translations.text("classroom.class-list-view.state"), c -> c.open() ? "Open" : "Closed")
            .text(Translations.text("classroom.class-list-view.students"), c -> String.valueOf(c.members().size()))
            .text(Translations.text("classroom.class-list-view.assignments"), c -> String.valueOf(c.assignments().size()));

    ClassListView(ClassAdminService classrooms, AuthenticationContext authentication) {
        this.classrooms = classrooms;
        this.teacher = authentication.getPrincipalName().orElseThrow();
        addClassName("teacher-classes");
        name.setId("class-name");
        name.setMaxLength(Classroom.NAME_MAX_LENGTH);
        name.setPlaceholder(Translations.text("classes.name.placeholder"));
        Button create = new Button(Translations.text("classroom.class-list-view.create-class"), click -> create());
        create.setId("create-class");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(name);
        Div form = new Div(name, create);
        form.addClassName("inline-form");
        Anchor lms = new Anchor("teacher/lti", Translations.text("lti.platforms.link"));
        lms.setId("lti-link");
        add(new H1(Translations.text("classroom.class-list-view.your-classes")), new Paragraph(Translations.text("classes.intro")), form, table, new Paragraph(lms));
        table.setRows(classrooms.classes(teacher));
    }

    private void create() {
        if (Classroom.cleanName(name.getValue()).isEmpty()) {
            name.setErrorMessage(Translations.text("classes.name-needed", Classroom.NAME_MAX_LENGTH));
            name.setInvalid(true);
            return;
        }
        Classroom created = classrooms.create(teacher, name.getValue());
        getUI().ifPresent(ui -> ui.navigate(ClassView.path(created.id())));
    }

    DataTable<Classroom> table() {
        return table;
    }

    TextField nameField() {
        return name;
    }
}
