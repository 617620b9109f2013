package org.closeread;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Browserless UI tests on the real Spring context: each test gets a fresh mocked Vaadin session.
 * Views are package-private, so each test names the ones it navigates to.
 */
@SpringBootTest
public abstract class KaribuTest {

    @Autowired
    protected ApplicationContext context;

    /** The views (and layouts' targets) this test navigates to. */
    protected abstract Set<Class<? extends Component>> views();

    @BeforeEach
    void setUpVaadin() {
        setUpAgain();
    }

    /** A fresh mocked session and UI, as a second browser would have. */
    protected void setUpAgain() {
        Routes routes = new Routes(new java.util.HashSet<>(views()), new java.util.HashSet<>(), true);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Logs a user in for the views' access checks, as Spring Security would after a real login. */
    protected static void login(String username, String... roles) {
        List<SimpleGrantedAuthority> authorities = Stream.of(roles)
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        UsernamePasswordAuthenticationToken token = new UsernamePasswordAuthenticationToken(
                new User(username, "unused", authorities), null, authorities);
        SecurityContextHolder.getContext().setAuthentication(token);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(token);
        request.setUserInRole((principal, role) -> List.of(roles).contains(role));
    }

    protected static UI ui() {
        return UI.getCurrent();
    }
}
