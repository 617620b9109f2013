package org.closeread.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every page: a slim header with the app's name and navigation, then the page. Open to
 * everyone (Vaadin checks a view's layouts too); each view says who may see it.
 */
@AnonymousAllowed
@StyleSheet("context://styles/closeread.css")
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main content = new Main();
    private String shownPath;

    public MainLayout(AuthenticationContext authentication) {
        addClassName("app");
        Anchor skip = new Anchor("#main-content", getTranslation("app.skip"));
        skip.addClassName("skip-link");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("app-name");
        Anchor home = new Anchor("", name);
        home.addClassName("app-home");
        home.getElement().setAttribute("aria-label", getTranslation("app.home"));
        Nav nav = new Nav(new Anchor("", getTranslation("app.nav.library")));
        if (authentication.isAuthenticated()) {
            Button logout = new Button(getTranslation("app.nav.logout"), click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            nav.add(new Anchor("teacher", getTranslation("app.nav.teacher")),
                    new Anchor("teacher/classes", getTranslation("app.nav.classes")), logout);
        } else {
            nav.add(new Anchor("progress", getTranslation("app.nav.skills")), new Anchor("join",
                    getTranslation("app.nav.join")), new Anchor("login", getTranslation("app.nav.login")));
        }
        nav.getElement().setAttribute("aria-label", getTranslation("app.nav"));
        Header header = new Header(home, nav);
        header.addClassName("app-header");
        content.setId("main-content");
        content.addClassName("app-main");
        add(skip, header, content);
    }

    /**
     * A new page starts at its top with the focus on its heading, as a page loaded from the server would,
     * except that the reader is told where they are. Only the address's query changing (a lesson's step) is
     * not a new page. The first page of a visit keeps the browser's own start (the skip link first).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        if (shownPath != null && !shownPath.equals(path)) {
            content.getElement().executeJs(PAGE_START);
        }
        shownPath = path;
    }

    private static final String PAGE_START = """
            window.scrollTo(0, 0);
            const heading = this.querySelector('h1');
            if (heading) {
              if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
              heading.focus({preventScroll: true});
            }
            """;

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }
}
