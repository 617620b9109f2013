package org.closeread.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers the username of a failed login in the session, so the login page shows it again: a mistyped
 * password should not cost the teacher their username too. Only the name is kept, never the password.
 */
@Component
public class FailedLoginName {

    public static final String ATTRIBUTE = FailedLoginName.class.getName();
    private static final int LONGEST = 200;

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (name instanceof String username && request instanceof ServletRequestAttributes servlet) {
            servlet.getRequest().getSession(true).setAttribute(ATTRIBUTE,
                    username.length() > LONGEST ? username.substring(0, LONGEST) : username);
        }
    }
}
