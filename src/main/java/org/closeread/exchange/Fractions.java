package org.closeread.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Moodle's grade fractions, in percent with at most five decimals (100/3 is 33.33333). */
final class Fractions {

    private Fractions() {
    }

    /** {@code sign * 100 / parts}, written as Moodle writes it. */
    static String percent(int sign, int parts) {
        BigDecimal value = BigDecimal.valueOf(100L * sign).divide(BigDecimal.valueOf(parts), 5, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }
}
