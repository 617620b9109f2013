package org.closeread.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.closeread.Application;
import org.closeread.TestDatabase;
import org.closeread.quiz.AttemptView;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuestionType;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.TrueFalseAnswer;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app nodes on one database (two application contexts on the same H2 file or PostgreSQL schema). On
 * H2 the in-memory broadcaster reaches only its own node; on PostgreSQL NOTIFY carries the change to the
 * other node too. Either way the other node's report is rebuilt from the stored answers.
 */
class TwoNodesTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(Application.class).run("--closeread.data-dir=" + data, "--server.port=0");
    }

    @Test
    void an_answer_given_on_one_node_is_in_the_report_built_on_the_other() throws Exception {
        try (ConfigurableApplicationContext a = node(); ConfigurableApplicationContext b = node()) {
            a.getBean(TeacherAccountService.class).create("ada", "Ada", "correct horse battery staple");
            ClassAdminService onAAdmin = a.getBean(ClassAdminService.class);
            JoinService onAJoins = a.getBean(JoinService.class);
            ClassReportService onAReports = a.getBean(ClassReportService.class);
            ClassReportService onBReports = b.getBean(ClassReportService.class);
            LiveWatchService onALive = a.getBean(LiveWatchService.class);
            LiveWatchService onBLive = b.getBean(LiveWatchService.class);
            Classroom classroom = onAAdmin.create("ada", "11A");
            classroom = onAAdmin.assign("ada", classroom.id(), ClassServicesTest.SLUG, AssignmentKind.QUIZ);
            long assignment = classroom.assignments().get(0).id();
            CountDownLatch heardOnA = new CountDownLatch(1);
            CountDownLatch heardOnB = new CountDownLatch(1);
            Runnable stopA = onALive.watch("ada", classroom.id(), heardOnA::countDown);
            Runnable stopB = onBLive.watch("ada", classroom.id(), heardOnB::countDown);

            JoinOutcome joined = onAJoins.join(classroom.code().value(), "Sam", new JoinClient("127.0.0.1", "s"),
                    Optional.empty());
            Participant sam = ((JoinOutcome.Joined) joined).participant();
            QuizService quizOnA = a.getBean(QuizService.class);
            AttemptView attempt = quizOnA.attempt(sam, ClassServicesTest.SLUG, "quiz").orElseThrow();
            String question = attempt.quiz().questions().stream().filter(q -> q.type() == QuestionType.TRUE_FALSE)
                    .findFirst().orElseThrow().id();
            quizOnA.answer(sam, attempt.id(), question, new TrueFalseAnswer(false));

            assertThat(heardOnA.await(2, TimeUnit.SECONDS)).as("pushed on the node that stored it").isTrue();
            if (TestDatabase.postgres()) {
                assertThat(heardOnB.await(10, TimeUnit.SECONDS)).as("pushed across nodes by NOTIFY").isTrue();
            } else {
                assertThat(heardOnB.await(300, TimeUnit.MILLISECONDS)).as("H2: never pushed across nodes").isFalse();
            }
            ClassReport onOther = onBReports.report("ada", classroom.id(), assignment).orElseThrow();
            assertThat(onOther.students()).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("Sam");
                assertThat(s.answered()).isEqualTo(1);
            });
            assertThat(onOther).isEqualTo(onAReports.report("ada", classroom.id(), assignment).orElseThrow());
            stopA.run();
            stopB.run();
        }
    }
}
