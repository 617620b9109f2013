package org.closeread.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every word the pages show, from {@code vaadin-i18n/translations.properties} (English; other languages
 * are files beside it, {@code translations_xx.properties}). With parameters a text is a
 * {@link MessageFormat}, so plurals are real: {@code {0,choice,1#one mark|1<{0} marks}}; without
 * parameters it is shown as written.
 */
@Component
public class Translations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        // English as the browser asks for it, so dates and numbers keep the reader's own English.
        return List.of(Locale.ENGLISH, Locale.US, Locale.UK);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale used = locale == null ? Locale.ENGLISH : locale;
        String text;
        try {
            text = ResourceBundle.getBundle(BUNDLE, used).getString(key);
        } catch (MissingResourceException e) {
            log.warn("No text for \"{}\" in {}", key, used);
            return "!" + key + "!";
        }
        return params.length == 0 ? text : new MessageFormat(text, used).format(params);
    }

    /** The text for {@code key} in the current page's language. */
    public static String text(String key, Object... params) {
        return I18NProvider.translate(key, params);
    }
}
