package org.closeread.authoring.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Optional;
import java.util.function.Function;
import org.closeread.base.Message;
import org.closeread.base.ui.Translations;

/** A domain rule that names the problem (empty when fine) as a form validator, so forms reuse the rule. */
final class Checks {

    private Checks() {
    }

    static <T> Validator<T> of(Function<T, Optional<Message>> problem) {
        return (value, context) -> problem.apply(value).map(Checks::text).map(ValidationResult::error)
                .orElseGet(ValidationResult::ok);
    }

    /** What a rule says, in the teacher's words. */
    static String text(Message words) {
        return Translations.text(words.key(), words.arguments());
    }
}
