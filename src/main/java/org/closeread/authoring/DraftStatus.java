package org.closeread.authoring;

import org.closeread.lesson.PublishedLesson;

/** Where a lesson stands between the teacher's draft and what students see. */
public enum DraftStatus {
    NEW, PUBLISHED, CHANGED, UNPUBLISHED;

    /** The key of its words in the translations file: draft.status.new, …. */
    public String key() {
        return "draft.status." + name().toLowerCase(java.util.Locale.ROOT);
    }

    static DraftStatus of(java.util.Optional<PublishedLesson> published, String draftHash) {
        if (published.isEmpty()) {
            return NEW;
        }
        if (published.get().hidden()) {
            return UNPUBLISHED;
        }
        return published.get().contentHash().equals(draftHash) ? PUBLISHED : CHANGED;
    }
}
