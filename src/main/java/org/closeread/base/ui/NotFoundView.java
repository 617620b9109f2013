package org.closeread.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any address with no page: said in a sentence, inside the usual frame (header and navigation), with the way
 * back. Open to everyone, so a mistyped address never sends a student to the teachers' login.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        addClassName("not-found-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H1 title = new H1(getTranslation("not-found.title"));
        Paragraph what = new Paragraph(getTranslation("not-found.text", event.getLocation().getPath()));
        Anchor library = new Anchor("", getTranslation("not-found.library"));
        Anchor join = new Anchor("join", getTranslation("not-found.join"));
        Paragraph ways = new Paragraph(library, new com.vaadin.flow.component.Text(getTranslation("not-found.or")), join);
        add(title, what, ways);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("not-found.title"));
    }
}
