package org.closeread.classroom;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.closeread.article.Lens;
import org.closeread.quiz.LensScore;
import org.closeread.quiz.LensScores;
import org.closeread.quiz.SkillReport;

/**
 * A class's scores per lens across its assignments: every student's latest attempt at each assigned
 * lesson's quiz, in the teacher's order, scored per lens (see {@link LensScores}).
 */
public record ClassSkills(long classId, String className, List<Assignment> lessons, List<Member> members,
                          Map<Long, SkillReport> reports) {

    public ClassSkills {
        Objects.requireNonNull(className, "className");
        lessons = List.copyOf(lessons);
        members = List.copyOf(members);
        reports = Map.copyOf(reports);
    }

    private SkillReport report(long participantId) {
        return reports.getOrDefault(participantId, SkillReport.empty());
    }

    /** A student's score on a lens in one lesson, if a question of that lens counted. */
    public Optional<LensScore> score(long participantId, String lessonSlug, Lens lens) {
        return report(participantId).lesson(lessonSlug).flatMap(l -> LensScores.on(lens, l.lenses()));
    }

    /** A student's score on a lens over all the lessons. */
    public Optional<LensScore> overall(long participantId, Lens lens) {
        return LensScores.on(lens, report(participantId).overall());
    }

    /** The lenses any of the lessons' questions trained, in {@link LensScores#ORDER}. */
    public List<Lens> lensesScored() {
        return LensScores.ORDER.stream().filter(lens -> reports.values().stream()
                .anyMatch(r -> LensScores.on(lens, r.overall()).isPresent())).toList();
    }

    public boolean anyAnswers() {
        return reports.values().stream().anyMatch(r -> !r.isEmpty());
    }
}
