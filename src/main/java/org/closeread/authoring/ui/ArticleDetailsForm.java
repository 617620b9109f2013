package org.closeread.authoring.ui;

import org.closeread.base.ui.Translations;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.VaadinRequest;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.closeread.authoring.ArticleDetails;
import org.closeread.authoring.LessonDraft;

/** The article's details: title, outlet, date, source URL and licence note, checked as lesson files check them. */
class ArticleDetailsForm extends Composite<FormLayout> {

    /** Mutable holder for the binder; {@link #value()} gives the record. */
    static final class Fields {
        String title = "";
        String outlet = "";
        LocalDate date;
        String url = "";
        String licence = "";
    }

    private final TextField title = new TextField(Translations.text("authoring.article-details-form.article-title"));
    private final TextField outlet = new TextField(Translations.text("authoring.article-details-form.outlet"));
    private final DatePicker date = new DatePicker(Translations.text("authoring.article-details-form.date-published"));
    private final TextField url = new TextField(Translations.text("authoring.article-details-form.source-url"));
    private final TextArea licence = new TextArea(Translations.text("authoring.article-details-form.licence-note"));
    private final Binder<Fields> binder = new Binder<>();

    ArticleDetailsForm() {
        title.setId("article-title");
        outlet.setId("article-outlet");
        title.setMaxLength(ArticleDetails.TITLE_MAX_LENGTH);
        outlet.setMaxLength(ArticleDetails.OUTLET_MAX_LENGTH);
        url.setMaxLength(ArticleDetails.URL_MAX_LENGTH);
        licence.setMaxLength(ArticleDetails.LICENCE_MAX_LENGTH);
        outlet.setHelperText(Translations.text("authoring.article-details-form.the-newspaper-site-or"));
        licence.setHelperText(Translations.text("authoring.article-details-form.why-you-may-show"));
        binder.forField(title).asRequired(Translations.text("authoring.article-details-form.the-article-needs-its")).bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(outlet).asRequired(Translations.text("authoring.article-details-form.name-the-outlet")).bind(f -> f.outlet, (f, v) -> f.outlet = v);
        acceptLocalOrIso(date);
        binder.forField(date).bind(f -> f.date, (f, v) -> f.date = v);
        binder.forField(url).withValidator(Checks.of(ArticleDetails::urlProblem)).bind(f -> f.url, (f, v) -> f.url = v);
        binder.forField(licence).bind(f -> f.licence, (f, v) -> f.licence = v);
        binder.setBean(new Fields());
        FormLayout form = getContent();
        form.add(title, outlet, date, url, licence);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(title, 2);
        form.setColspan(licence, 2);
    }

    /**
     * The date picker shows ISO dates (2026-03-14, as lesson files hold them) and also reads dates typed the
     * way the teacher's browser language writes them (3/14/2026 in American English, 14/03/2026 in British);
     * anything else is refused with a sentence saying which forms it takes.
     */
    static void acceptLocalOrIso(DatePicker picker) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Locale locale = request == null || request.getLocale() == null ? Locale.UK : request.getLocale();
        String local = localPattern(locale);
        picker.setLocale(locale);
        String example = LocalDate.of(2026, 3, 14).format(DateTimeFormatter.ofPattern(local, locale));
        picker.setHelperText(Translations.text("article.date.helper", example));
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormats("yyyy-MM-dd", local)
                .setBadInputErrorMessage(Translations.text("article.date.bad", example)));
    }

    /** The browser language's short date pattern, with the year in full and only d, M, y and separators. */
    static String localPattern(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        String cleaned = pattern.replaceAll("[^dMy./\\- ]", "").replaceAll("y+", "yyyy").strip();
        return cleaned.contains("d") && cleaned.contains("M") && cleaned.contains("yyyy") ? cleaned : "d/M/yyyy";
    }

    /** While the slug is empty, it follows the title, so a teacher need not invent one. */
    void slugFromTitle(TextField slug) {
        title.addValueChangeListener(change -> {
            if (slug.getValue().isEmpty() || slug.getValue().equals(LessonDraft.slugFrom(change.getOldValue()))) {
                slug.setValue(LessonDraft.slugFrom(change.getValue()));
            }
        });
    }

    boolean isValid() {
        return binder.validate().isOk();
    }

    ArticleDetails value() {
        Fields f = binder.getBean();
        return new ArticleDetails(f.title, f.outlet, f.date == null ? "" : f.date.toString(), f.url, f.licence);
    }

    void setValue(ArticleDetails details) {
        Fields f = new Fields();
        f.title = details.title();
        f.outlet = details.outlet();
        f.date = ArticleDetails.dateProblem(details.date()).isEmpty() && !details.date().isEmpty()
                ? LocalDate.parse(details.date()) : null;
        f.url = details.url();
        f.licence = details.licence();
        binder.setBean(f);
    }

    TextField titleField() {
        return title;
    }

    TextField outletField() {
        return outlet;
    }

    TextField urlField() {
        return url;
    }

    TextArea licenceField() {
        return licence;
    }
}
