package org.closeread.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.closeread.Application;
import org.closeread.quiz.AttemptView;
import org.closeread.quiz.ChoiceAnswer;
import org.closeread.quiz.Participant;
import org.closeread.quiz.PromptView;
import org.closeread.quiz.QuestionType;
import org.closeread.quiz.QuizService;
import org.closeread.quiz.TrueFalseAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A backup taken while students keep answering restores to a database that has every answer
 * acknowledged before the backup began: students stream answers on other threads, a backup is taken in
 * the middle, the zip is unpacked into a new data folder as docs/deployment.md says, and the application
 * started on it finds each of those answers.
 */
@DisabledIfSystemProperty(named = "closeread.test.database", matches = "postgresql",
        disabledReason = "the application backs up H2 itself; PostgreSQL is backed up with pg_dump")
class BackupRestoreTest {

    private static final String SLUG = "china-russia-defence-ministers";

    @TempDir
    Path running;

    @TempDir
    Path restored;

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(Application.class)
                .run("--closeread.data-dir=" + data, "--closeread.backup.dir=" + data.resolve("backups"),
                        "--server.port=0", "--closeread.backup.cron=-");
    }

    /** "resume code/question id" for every answer a student was told was saved. */
    private record Acknowledged(String code, String questionId) {
    }

    @Test
    void a_backup_taken_mid_stream_restores_every_answer_acknowledged_before_it_began() throws Exception {
        Set<Acknowledged> acknowledged = ConcurrentHashMap.newKeySet();
        Set<Acknowledged> beforeBackup;
        Path zip;
        try (ConfigurableApplicationContext app = start(running)) {
            QuizService quizzes = app.getBean(QuizService.class);
            BackupService backups = app.getBean(BackupService.class);
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch warmedUp = new CountDownLatch(3);
            List<Thread> students = new java.util.ArrayList<>();
            for (int s = 0; s < 3; s++) {
                Thread student = new Thread(() -> {
                    for (int round = 0; round < 200 && !stop.get(); round++) {
                        Participant participant = quizzes.newParticipant(null);
                        AttemptView attempt = quizzes.attempt(participant, SLUG, "quiz").orElseThrow();
                        for (PromptView question : attempt.quiz().questions()) {
                            if (stop.get()) {
                                break;
                            }
                            if (question.type() == QuestionType.TRUE_FALSE) {
                                quizzes.answer(participant, attempt.id(), question.id(), new TrueFalseAnswer(true));
                            } else if (question.type() == QuestionType.SINGLE) {
                                quizzes.answer(participant, attempt.id(), question.id(), ChoiceAnswer.of(0));
                            } else {
                                continue;
                            }
                            acknowledged.add(new Acknowledged(participant.resumeCode(), question.id()));
                        }
                        warmedUp.countDown();
                    }
                });
                student.start();
                students.add(student);
            }
            warmedUp.await();
            beforeBackup = Set.copyOf(acknowledged);
            zip = backups.backupNow().orElseThrow();
            stop.set(true);
            for (Thread student : students) {
                student.join(30_000);
            }
            assertThat(beforeBackup).hasSizeGreaterThan(10);
            assertThat(backups.backups()).containsExactly(zip);
        }

        unzip(zip, restored);
        try (ConfigurableApplicationContext app = start(restored)) {
            QuizService quizzes = app.getBean(QuizService.class);
            for (Acknowledged answer : beforeBackup) {
                Participant participant = quizzes.resume(answer.code()).orElseThrow(
                        () -> new AssertionError("student " + answer.code() + " is not in the restored backup"));
                AttemptView attempt = quizzes.attempt(participant, SLUG, "quiz").orElseThrow();
                assertThat(attempt.answered(answer.questionId()))
                        .as(answer.code() + " answered " + answer.questionId()).isTrue();
            }
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside the folder: " + entry.getName());
                }
                Files.copy((InputStream) in, target);
            }
        }
    }
}
