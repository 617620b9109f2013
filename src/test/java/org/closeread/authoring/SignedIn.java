package org.closeread.authoring;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a teacher in for service tests, on the static security context the services read (as Karibu
 * tests do). {@code @WithMockUser} would set the context strategy of its own application context, which
 * is not the static one once several test contexts have started.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(String username) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_TEACHER"))));
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
