package org.closeread.authoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.closeread.article.Article;
import org.closeread.base.Message;

/**
 * What a teacher says about an article besides its text: title, outlet, date ({@code 2024-04-26},
 * or empty when unknown), source URL and licence note. Empty texts mean "not given".
 */
public record ArticleDetails(String title, String outlet, String date, String url, String licence) {

    public static final int TITLE_MAX_LENGTH = Article.TITLE_MAX_LENGTH;
    public static final int OUTLET_MAX_LENGTH = Article.OUTLET_MAX_LENGTH;
    public static final int URL_MAX_LENGTH = Article.URL_MAX_LENGTH;
    public static final int LICENCE_MAX_LENGTH = Article.LICENCE_MAX_LENGTH;

    public ArticleDetails {
        title = TypedText.clean(title);
        outlet = TypedText.clean(outlet);
        date = TypedText.clean(date);
        url = TypedText.clean(url);
        licence = TypedText.clean(licence);
    }

    /** Why a date is not one the lesson format reads, if it is not. */
    public static Optional<Message> dateProblem(String date) {
        if (date == null || date.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate.parse(date.strip());
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(Message.of("authoring.check.date"));
        }
    }

    /** Why a URL cannot be the article's source, if it cannot: only web addresses are links. */
    public static Optional<Message> urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? Optional.empty()
                : Optional.of(Message.of("authoring.check.url"));
    }

    static ArticleDetails empty() {
        return new ArticleDetails("", "", "", "", "");
    }
}
