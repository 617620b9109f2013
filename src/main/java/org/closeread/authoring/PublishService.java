package org.closeread.authoring;

import java.util.List;
import java.util.Optional;
import org.closeread.lesson.LessonFileException;
import org.closeread.lesson.LessonFileReader;
import org.closeread.lesson.LessonPart;
import org.closeread.lesson.LessonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a draft: its files are read by the same lesson file reader (and the quiz store, as a
 * lesson part) that loads {@code lessons/}, and stored the same way, so checks, anchoring, article
 * versions and quiz versions are one and the same for files and for the app.
 */
@Service
public class PublishService {

    private final DraftService drafts;
    private final LessonService lessons;
    private final LessonFileReader reader;

    PublishService(DraftService drafts, LessonService lessons, List<LessonPart> parts) {
        this.drafts = drafts;
        this.lessons = lessons;
        this.reader = new LessonFileReader(parts);
    }

    /** The lesson's draft (made from the published files if it has none yet). */
    @Transactional
    public Optional<Draft> draft(String slug) {
        return drafts.open(slug);
    }

    /** The draft read as publishing would read it: what students would get, or every problem. */
    @Transactional(readOnly = true)
    public LessonCheck check(String slug) {
        return drafts.check(slug);
    }

    /** Publishes the draft as it was at {@code version}; nothing changes if it has a problem. */
    @Transactional
    public PublishResult publish(String slug, long version) {
        Draft draft = drafts.open(slug).orElseThrow();
        if (draft.version() != version) {
            return new PublishResult(false, true, List.of(), draft);
        }
        try {
            lessons.publish(reader.read(draft.files()));
        } catch (LessonFileException e) {
            return new PublishResult(false, false, e.problems(), draft);
        }
        return new PublishResult(true, false, List.of(), drafts.open(slug).orElseThrow());
    }

    /** Hides the lesson from students; its attempts stay, and publishing shows it again. */
    @Transactional
    public Draft unpublish(String slug) {
        lessons.unpublish(slug);
        return drafts.open(slug).orElseThrow();
    }
}
