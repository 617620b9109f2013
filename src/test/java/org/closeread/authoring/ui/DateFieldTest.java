package org.closeread.authoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The article's date takes ISO or the teacher's own way of writing dates, and says in words what is wrong. */
class DateFieldTest {

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void the_date_field_reads_iso_and_the_local_form_and_names_both_when_a_date_is_wrong() {
        UI.getCurrent().add(new ArticleDetailsForm());
        DatePicker date = _get(DatePicker.class);

        assertThat(date.getI18n().getDateFormats()).contains("yyyy-MM-dd");
        assertThat(date.getI18n().getBadInputErrorMessage()).startsWith("This is not a date: type it as 2026-03-14"
                + " (year-month-day) or ");
        assertThat(date.getHelperText()).startsWith("For example 2026-03-14 or ");
    }

    @Test
    void american_and_british_teachers_type_dates_their_own_way() {
        assertThat(ArticleDetailsForm.localPattern(Locale.US)).isEqualTo("M/d/yyyy");
        assertThat(ArticleDetailsForm.localPattern(Locale.UK)).isEqualTo("dd/MM/yyyy");
    }
}
