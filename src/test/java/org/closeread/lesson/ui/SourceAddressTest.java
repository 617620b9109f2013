package org.closeread.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only a well-formed web address becomes the "Read the original" link under an article. */
class SourceAddressTest {

    @Test
    void a_web_address_is_linked_as_it_is() {
        assertThat(GuidedReading.webAddress("https://en.wikinews.org/wiki/North_Korea_puts_military_in_%27quasi-state_of_war%27"))
                .contains("https://en.wikinews.org/wiki/North_Korea_puts_military_in_%27quasi-state_of_war%27");
    }

    @Test
    void anything_else_is_not_linked() {
        assertThat(GuidedReading.webAddress(null)).isEmpty();
        assertThat(GuidedReading.webAddress("javascript:alert(1)")).isEmpty();
        assertThat(GuidedReading.webAddress("https://example.org/#<script>window.__xss=1</script>")).isEmpty();
        assertThat(GuidedReading.webAddress("ftp://example.org/file")).isEmpty();
        assertThat(GuidedReading.webAddress("not an address")).isEmpty();
    }
}
