package org.closeread.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ParticipantCookieTest {

    private final ParticipantCookie cookie = new ParticipantCookie(
            "a key of at least sixteen bytes".getBytes(StandardCharsets.UTF_8));

    @Test
    void a_signed_value_names_its_participant_and_nothing_personal() {
        String value = cookie.value(42);
        assertThat(value).startsWith("v1.42.").doesNotContain("=");
        assertThat(cookie.participant(value)).contains(42L);
    }

    @Test
    void a_tampered_or_foreign_value_is_refused() {
        String value = cookie.value(42);
        String signature = value.substring(value.lastIndexOf('.') + 1);
        assertThat(cookie.participant("v1.43." + signature)).as("another participant's number").isEmpty();
        char last = signature.charAt(signature.length() - 1);
        assertThat(cookie.participant(value.substring(0, value.length() - 1) + (last == 'A' ? 'B' : 'A')))
                .as("a changed signature").isEmpty();
        assertThat(new ParticipantCookie("another key, sixteen bytes+".getBytes(StandardCharsets.UTF_8))
                .participant(value)).as("signed with another key").isEmpty();
        assertThat(cookie.participant("v1.42")).isEmpty();
        assertThat(cookie.participant("v2.42." + signature)).isEmpty();
        assertThat(cookie.participant("v1.-42." + signature)).isEmpty();
        assertThat(cookie.participant("v1.99999999999999999999." + signature)).isEmpty();
        assertThat(cookie.participant("")).isEmpty();
        assertThat(cookie.participant(null)).isEmpty();
    }

    @Test
    void a_short_key_is_refused() {
        assertThatThrownBy(() -> new ParticipantCookie(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }
}
