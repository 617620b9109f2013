package org.closeread.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.closeread.base.ui.MainLayout;
import org.closeread.security.FailedLoginName;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Teachers log in here; students never need to. */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1(getTranslation("login.heading")), new Paragraph(getTranslation("login.students")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    /** Puts the username tried last back into the form and the focus on the password. */
    private void keepUsername(String username) {
        form.getElement().executeJs("""
                const form = this;
                let tries = 0;
                const fill = () => {
                  const name = form.querySelector('[name="username"]');
                  if (!name) { if (tries++ < 120) requestAnimationFrame(fill); return; }
                  name.value = $0;
                  const password = form.querySelector('[name="password"]');
                  if (password) password.focus();
                };
                customElements.whenDefined('vaadin-login-form').then(fill);
                """, username);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setError(failed);
        if (failed) {
            LoginI18n i18n = LoginI18n.createDefault();
            Object last = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (last instanceof LockedException locked) {
                i18n.getErrorMessage().setTitle(getTranslation("login.wait"));
                i18n.getErrorMessage().setMessage(locked.getMessage());
            } else {
                i18n.getErrorMessage().setTitle(getTranslation("login.wrong.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.wrong.text"));
            }
            form.setI18n(i18n);
            Object name = VaadinSession.getCurrent().getSession().getAttribute(FailedLoginName.ATTRIBUTE);
            if (name instanceof String username) {
                keepUsername(username);
            }
        }
    }
}
