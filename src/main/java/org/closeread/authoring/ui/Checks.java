package org.closeread.authoring.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Optional;
import java.util.function.Function;

/** A domain rule that names the problem (empty when fine) as a form validator, so forms reuse the rule. */
final class Checks {

    private Checks() {
    }

    static <T> Validator<T> of(Function<T, Optional<String>> problem) {
        return (value, context) -> problem.apply(value).map(ValidationResult::error).orElseGet(ValidationResult::ok);
    }
}
