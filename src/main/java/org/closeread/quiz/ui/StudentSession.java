package org.closeread.quiz.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.closeread.quiz.CurrentParticipant;
import org.closeread.quiz.Participant;
import org.closeread.quiz.ParticipantCookie;
import org.closeread.quiz.ParticipantCookieService;
import org.springframework.stereotype.Component;

/**
 * The participant this browser works as: set when they start, resume with a code or join a class. Kept
 * in the browser session, and in a signed, long-lived cookie ({@link ParticipantCookie}) so the same
 * browser is the same student after a restart or on another node without typing the resume code.
 * Other features reach it as a {@link CurrentParticipant}.
 */
@Component
final class StudentSession implements CurrentParticipant {

    private static final String KEY = StudentSession.class.getName();
    static final Duration COOKIE_LIFE = Duration.ofDays(180);

    static Optional<Participant> participant() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        Participant known = (Participant) session.getAttribute(KEY);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Participant> remembered = cookieValue().flatMap(value -> cookies().participant(value));
        remembered.ifPresent(p -> session.setAttribute(KEY, p));
        return remembered;
    }

    static void set(Participant participant) {
        VaadinSession.getCurrent().setAttribute(KEY, participant);
        writeCookie(cookies().value(participant), COOKIE_LIFE);
    }

    /** This browser works as nobody any more (after "Delete my answers"): the cookie goes too. */
    static void clear() {
        VaadinSession.getCurrent().setAttribute(KEY, null);
        writeCookie("", Duration.ZERO);
    }

    @Override
    public Optional<Participant> get() {
        return participant();
    }

    @Override
    public void use(Participant participant) {
        set(participant);
    }

    private static ParticipantCookieService cookies() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(ParticipantCookieService.class);
    }

    private static Optional<String> cookieValue() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> ParticipantCookie.NAME.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    private static void writeCookie(String value, Duration life) {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (request == null || response == null) {
            return;
        }
        Cookie cookie = new Cookie(ParticipantCookie.NAME, value);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath() == null || request.getContextPath().isEmpty() ? "/"
                : request.getContextPath());
        cookie.setMaxAge((int) life.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
