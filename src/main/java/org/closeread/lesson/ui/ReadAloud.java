package org.closeread.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * A "Read aloud" button for the text a selector names (the step's teaching text, the open explanation),
 * spoken by the browser's own speech synthesis: nothing leaves the browser. The button is a real button,
 * so it works by keyboard; it stays hidden where the browser has no voices. See {@code reading-aids.ts}.
 */
@Tag("cr-read-aloud")
@JsModule("context://js/reading-aids.js")
class ReadAloud extends Component {

    ReadAloud(String targetSelector) {
        getElement().setAttribute("target", targetSelector);
        getElement().setAttribute("label", getTranslation("read-aloud.start"));
        getElement().setAttribute("stop-label", getTranslation("read-aloud.stop"));
        getElement().setAttribute("lang", "en");
        getElement().getClassList().add("read-aloud");
    }
}
