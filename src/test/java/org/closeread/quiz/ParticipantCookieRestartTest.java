package org.closeread.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.closeread.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The cookie naming a student's browser still works after a restart (and so on any node of the same
 * database): the signing key made on the first start is kept in the database. A configured key wins.
 */
class ParticipantCookieRestartTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start(String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "--closeread.data-dir=" + data;
        args[1] = "--server.port=0";
        args[2] = "--closeread.backup.cron=-";
        System.arraycopy(more, 0, args, 3, more.length);
        return new SpringApplicationBuilder(Application.class).run(args);
    }

    @Test
    void a_cookie_survives_a_restart_and_a_tampered_one_does_not() {
        Participant sam;
        String value;
        try (ConfigurableApplicationContext first = start()) {
            sam = first.getBean(QuizService.class).newParticipant("Sam");
            value = first.getBean(ParticipantCookieService.class).value(sam);
        }
        try (ConfigurableApplicationContext again = start()) {
            ParticipantCookieService cookies = again.getBean(ParticipantCookieService.class);
            assertThat(cookies.participant(value)).contains(sam);
            assertThat(cookies.participant(value.replace("v1." + sam.id() + ".", "v1." + (sam.id() + 1) + ".")))
                    .isEmpty();
            assertThat(cookies.value(sam)).isEqualTo(value);
        }
        try (ConfigurableApplicationContext configured = start("--closeread.cookie-key=a configured key, long enough")) {
            assertThat(configured.getBean(ParticipantCookieService.class).participant(value))
                    .as("another key: the old cookie names nobody").isEmpty();
        }
    }
}
