package org.closeread.quiz;

import java.util.Objects;
import org.closeread.article.Lens;

/**
 * A score on one lens: the points earned (each question scores 0 to 1) over the questions of that lens
 * that count. The percent is rounded half up.
 */
public record LensScore(Lens lens, double points, int questions) {

    public LensScore {
        Objects.requireNonNull(lens, "lens");
        if (questions < 0 || points < 0 || points > questions + 1e-9) {
            throw new IllegalArgumentException("points " + points + " of " + questions + " questions");
        }
    }

    public int percent() {
        return questions == 0 ? 0 : (int) Math.round(100 * points / questions);
    }

    LensScore plus(LensScore other) {
        return new LensScore(lens, points + other.points, questions + other.questions);
    }
}
