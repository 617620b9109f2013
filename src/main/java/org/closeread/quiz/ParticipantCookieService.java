package org.closeread.quiz;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Signs and reads the cookie that names a student's browser ({@link ParticipantCookie}). The key is
 * closeread.cookie-key (CLOSEREAD_COOKIE_KEY) when set; otherwise one is made on the first start and kept
 * in the database, so every node and every restart uses the same one.
 */
@Service
public class ParticipantCookieService {

    static final String SECRET_NAME = "participant-cookie";

    private final JdbcTemplate jdbc;
    private final QuizService quizzes;
    private final String configuredKey;
    private volatile ParticipantCookie cookie;

    ParticipantCookieService(JdbcTemplate jdbc, QuizService quizzes,
                             @Value("${closeread.cookie-key:}") String configuredKey) {
        this.jdbc = jdbc;
        this.quizzes = quizzes;
        this.configuredKey = configuredKey;
    }

    /** The cookie value for this participant. */
    public String value(Participant participant) {
        return cookie().value(participant.id());
    }

    /** The participant a cookie names, if it is signed with our key and the participant still exists. */
    public Optional<Participant> participant(String cookieValue) {
        return cookie().participant(cookieValue)
                .flatMap(id -> quizzes.participants(List.of(id)).stream().findFirst());
    }

    private ParticipantCookie cookie() {
        ParticipantCookie known = cookie;
        if (known == null) {
            known = new ParticipantCookie(key());
            cookie = known;
        }
        return known;
    }

    private byte[] key() {
        if (configuredKey != null && !configuredKey.isBlank()) {
            byte[] key = configuredKey.strip().getBytes(StandardCharsets.UTF_8);
            if (key.length < 16) {
                throw new IllegalStateException("CLOSEREAD_COOKIE_KEY must be at least 16 characters long.");
            }
            return key;
        }
        return Base64.getDecoder().decode(stored().orElseGet(this::generate));
    }

    private Optional<String> stored() {
        return jdbc.queryForList("select secret from app_secret where name = ?", String.class, SECRET_NAME).stream()
                .findFirst();
    }

    private String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = Base64.getEncoder().encodeToString(bytes);
        try {
            jdbc.update("insert into app_secret (name, secret, created_at) values (?, ?, ?)", SECRET_NAME, secret,
                    Timestamp.from(Instant.now()));
            return secret;
        } catch (DataIntegrityViolationException e) {
            // Another node made one at the same moment: use theirs.
            return stored().orElseThrow(() -> e);
        }
    }
}
