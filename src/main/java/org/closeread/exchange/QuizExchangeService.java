package org.closeread.exchange;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.closeread.authoring.Draft;
import org.closeread.authoring.DraftChange;
import org.closeread.authoring.DraftQuestion;
import org.closeread.authoring.DraftService;
import org.closeread.authoring.QuestionPlace;
import org.springframework.stereotype.Service;

/** A lesson's quiz out as Moodle XML, GIFT or a QTI 3.0 package; Moodle XML and GIFT in, into its draft. */
@Service
public class QuizExchangeService {

    /** An upload larger than this is refused before it is read (a quiz file is a few kilobytes). */
    public static final int MAX_IMPORT_BYTES = 2 * 1024 * 1024;

    private final DraftService drafts;

    QuizExchangeService(DraftService drafts) {
        this.drafts = drafts;
    }

    /** The quiz in a format; empty when the lesson is unknown or its quiz has no question. */
    public Optional<byte[]> export(String slug, ExchangeFormat format) {
        return drafts.content(slug).flatMap(QuizForExport::of).map(format::write);
    }

    /** What an import did: the questions added (ids as saved), what could not be read, and the draft now. */
    public record ImportOutcome(boolean saved, List<String> added, List<String> problems, Draft draft) {
    }

    /**
     * Reads a Moodle XML or GIFT file and adds every question it could read to the end of the draft's
     * quiz, in one change (refused, like any change, when the draft was saved since {@code version}).
     * A file with nothing readable changes nothing.
     */
    public ImportOutcome importInto(String slug, long version, String fileName, byte[] bytes) {
        Draft current = drafts.open(slug).orElseThrow(() -> new IllegalArgumentException("No lesson " + slug + "."));
        if (bytes.length > MAX_IMPORT_BYTES) {
            return new ImportOutcome(false, List.of(), List.of("The file is larger than 2 MB: a quiz file is far"
                    + " smaller. Nothing was imported."), current);
        }
        ExchangeFormat format = ExchangeFormat.guess(fileName, bytes);
        ImportedQuestions read = format.read(bytes);
        if (read.questions().isEmpty()) {
            List<String> problems = read.problems().isEmpty()
                    ? List.of("The file holds no question. Nothing was imported.") : read.problems();
            return new ImportOutcome(false, List.of(), problems, current);
        }
        List<DraftQuestion> questions = read.questions().stream().map(q -> q.withId(cleanId(q.id()))).toList();
        DraftChange change = drafts.addQuestions(slug, version, QuestionPlace.QUIZ, questions);
        if (!change.saved()) {
            return new ImportOutcome(false, List.of(), List.of(DraftChange.CONFLICT_MESSAGE), change.draft());
        }
        List<String> quizIds = change.draft().content().quiz().map(q -> q.questions().stream()
                .map(DraftQuestion::id).toList()).orElse(List.of());
        List<String> added = quizIds.subList(Math.max(0, quizIds.size() - questions.size()), quizIds.size());
        return new ImportOutcome(true, List.copyOf(added), read.problems(), change.draft());
    }

    /** An id the lesson format accepts (a-z, 0-9, dashes), or empty to let the editor make one. */
    static String cleanId(String id) {
        String plain = Normalizer.normalize(id == null ? "" : id, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return plain.length() <= 40 ? plain : plain.substring(0, 40).replaceAll("-+$", "");
    }
}
