package org.closeread.classroom.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.closeread.KaribuTest;
import org.closeread.classroom.AssignmentKind;
import org.closeread.classroom.Classroom;
import org.closeread.classroom.ClassAdminService;
import org.closeread.classroom.JoinService;
import org.closeread.classroom.JoinClient;
import org.closeread.classroom.JoinOutcome;
import org.closeread.quiz.Participant;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** What the class views' tests share: two teachers, a class with the first lesson's quiz, joining students. */
abstract class ClassroomKaribuTest extends KaribuTest {

    static final String SLUG = "china-russia-defence-ministers";
    private static int clients;

    @Autowired
    JoinService joins;
    @Autowired
    ClassAdminService admin;

    @Autowired
    TeacherAccountService teachers;

    @BeforeEach
    void teachers() {
        for (String name : new String[] {"ada", "grace"}) {
            if (!teachers.exists(name)) {
                teachers.create(name, name, "correct horse battery staple");
            }
        }
    }

    Classroom classWithQuiz(String name) {
        Classroom created = admin.create("ada", name);
        return admin.assign("ada", created.id(), SLUG, AssignmentKind.QUIZ);
    }

    /** A student joining in a browser of their own (not this test's session). */
    Participant joinElsewhere(Classroom classroom, String name) {
        JoinOutcome outcome = joins.join(classroom.code().value(), name,
                new JoinClient("198.51.100." + (++clients % 250), "karibu-elsewhere-" + clients), Optional.empty());
        return ((JoinOutcome.Joined) outcome).participant();
    }

    /** A view of another feature, package-private there, registered by name for navigation. */
    @SuppressWarnings("unchecked")
    static Class<? extends Component> view(String className) {
        try {
            return (Class<? extends Component>) Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
