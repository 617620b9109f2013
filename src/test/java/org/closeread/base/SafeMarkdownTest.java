package org.closeread.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void markdown_becomes_html_in_one_root() {
        assertThat(SafeMarkdown.toHtml("A **bold** claim")).isEqualTo(
                "<div class=\"markdown\"><p>A <strong>bold</strong> claim</p></div>");
    }

    @Test
    void raw_html_and_scripts_are_never_passed_through() {
        String html = SafeMarkdown.toHtml("<script>alert(1)</script><img src=x onerror=alert(1)>"
                + " [x](javascript:alert(1)) <a href=\"#\" onclick=\"alert(1)\">y</a>");

        assertThat(html).doesNotContain("<script", "<img", "<a ", "href=\"javascript");
        assertThat(SafeMarkdown.toHtml("[x](javascript:alert(1))")).doesNotContain("javascript:alert");
    }

    @Test
    void links_are_kept_and_marked_as_outside_the_app() {
        assertThat(SafeMarkdown.toHtml("[TASS](https://tass.com)"))
                .contains("href=\"https://tass.com\"").contains("rel=\"noopener noreferrer nofollow\"");
    }
}
