package org.closeread.lti.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.closeread.base.ui.MainLayout;
import org.closeread.lesson.LessonCard;
import org.closeread.lti.DeepLinkRequest;
import org.closeread.lti.LtiService;

/**
 * The deep-linking picker, inside the LMS's frame: the published lessons, and for each a plain form
 * (guided reading and quiz, or the quiz only; the core or full path when the lesson has two) that posts the
 * choice to {@code /lti/deep-link}, which sends the signed link back to the LMS. The request it answers
 * waits in the session (put there by a verified deep-linking launch); without one the page says so.
 */
@Route(value = LtiService.PICKER_PATH, layout = MainLayout.class)
@AnonymousAllowed
public class LtiPickView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LtiService lti;

    LtiPickView(LtiService lti) {
        this.lti = lti;
        addClassName("lti-pick");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.pick.title") + " — CloseRead";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Object waiting = VaadinSession.getCurrent().getSession().getAttribute(DeepLinkRequest.SESSION_ATTRIBUTE);
        if (!(waiting instanceof DeepLinkRequest request)) {
            add(new H1(getTranslation("lti.pick.title")), new Paragraph(getTranslation("lti.pick.none")));
            return;
        }
        add(new H1(getTranslation("lti.pick.title")),
                new Paragraph(getTranslation("lti.pick.intro", request.contextTitle())));
        List<LessonCard> lessons = lti.pickableLessons();
        if (lessons.isEmpty()) {
            add(new Paragraph(getTranslation("lti.pick.no-lessons")));
            return;
        }
        Div cards = new Div();
        cards.addClassName("lti-pick-lessons");
        for (LessonCard lesson : lessons) {
            cards.add(card(request, lesson));
        }
        add(cards);
    }

    private Div card(DeepLinkRequest request, LessonCard lesson) {
        Div card = new Div();
        card.addClassNames("lesson-card", "lti-pick-card");
        card.setId("pick-" + lesson.slug());
        H2 title = new H2(lesson.title());
        Paragraph meta = new Paragraph(lesson.twoPaths()
                ? getTranslation("lti.pick.minutes.paths", lesson.coreMinutes(), lesson.fullMinutes())
                : getTranslation("lti.pick.minutes", lesson.minutes()));
        meta.addClassName("hint");
        card.add(title, meta);
        Element form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "lti/deep-link");
        form.getClassList().add("lti-pick-form");
        form.appendChild(hidden("request", request.id()), hidden("lesson", lesson.slug()));
        form.appendChild(choices(lesson.slug() + "-kind", "kind", getTranslation("lti.pick.kind"),
                new String[][] {{"lesson", getTranslation("lti.pick.kind.lesson")},
                        {"quiz", getTranslation("lti.pick.kind.quiz")}}));
        if (lesson.twoPaths()) {
            form.appendChild(choices(lesson.slug() + "-path", "path", getTranslation("lti.pick.path"),
                    new String[][] {{"core", getTranslation("lti.pick.path.core", lesson.coreMinutes())},
                            {"full", getTranslation("lti.pick.path.full", lesson.fullMinutes())}}));
        }
        Element submit = new Element("button");
        submit.setAttribute("type", "submit");
        submit.getClassList().add("lti-pick-submit");
        submit.setText(getTranslation("lti.pick.submit"));
        form.appendChild(submit);
        card.getElement().appendChild(form);
        if (!lesson.objectives().isEmpty()) {
            // Below the choice, folded: the card stays short enough to see the button.
            UnorderedList objectives = new UnorderedList();
            lesson.objectives().forEach(o -> objectives.add(new ListItem(o)));
            Details more = new Details(getTranslation("lti.pick.objectives", lesson.objectives().size()), objectives);
            more.addClassName("lti-pick-objectives");
            card.add(more);
        }
        return card;
    }

    private static Element hidden(String name, String value) {
        Element input = new Element("input");
        input.setAttribute("type", "hidden");
        input.setAttribute("name", name);
        input.setAttribute("value", value);
        return input;
    }

    /** A group of radio buttons, the first chosen. */
    private static Element choices(String id, String name, String legend, String[][] options) {
        Element fieldset = new Element("fieldset");
        Element caption = new Element("legend");
        caption.setText(legend);
        fieldset.appendChild(caption);
        for (int i = 0; i < options.length; i++) {
            Element label = new Element("label");
            Element radio = new Element("input");
            radio.setAttribute("type", "radio");
            radio.setAttribute("name", name);
            radio.setAttribute("value", options[i][0]);
            radio.setAttribute("id", id + "-" + options[i][0]);
            if (i == 0) {
                radio.setAttribute("checked", true);
            }
            label.appendChild(radio, new Element("span").setText(options[i][1]));
            fieldset.appendChild(label);
        }
        return fieldset;
    }
}
