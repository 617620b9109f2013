package org.closeread.classroom;

import java.util.Objects;

/** The wrong answer most students gave to a question (an option, a pair, a value, a marked phrase). */
public record CommonWrong(String answer, int students) {

    public CommonWrong {
        Objects.requireNonNull(answer, "answer");
    }
}
