package org.closeread.authoring;

import org.closeread.lesson.PublishedLesson;

/** Where a lesson stands between the teacher's draft and what students see. */
public enum DraftStatus {
    NEW("Not published yet"),
    PUBLISHED("Published"),
    CHANGED("Published; the draft has changes students do not see yet"),
    UNPUBLISHED("Unpublished: hidden from students");

    private final String label;

    DraftStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
