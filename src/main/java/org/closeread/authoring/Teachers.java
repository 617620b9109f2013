package org.closeread.authoring;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is saving: the logged-in teacher's username, recorded with every draft they save. */
final class Teachers {

    private Teachers() {
    }

    static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "unknown" : authentication.getName();
    }
}
