package org.closeread.lesson;

/**
 * A stored lesson as teachers manage it: whether students can see it, and whether a teacher published it
 * from the app (then its folder in {@code lessons/} is no longer loaded over it).
 */
public record PublishedLesson(String slug, String title, String articleSlug, String contentHash, boolean hidden,
                              boolean editedInApp) {
}
