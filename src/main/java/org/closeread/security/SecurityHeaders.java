package org.closeread.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on every response, Vaadin's pages included (Vaadin answers those outside Spring
 * Security's header writer, so this is a servlet filter first in line, and it puts the headers back if
 * the response is reset). The Content Security Policy is what Vaadin's client needs and no more: its
 * bootstrap page has inline scripts and its {@code executeJs} builds functions from strings (so
 * {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts), its components set inline styles, and
 * push talks to the same origin. Nothing is loaded from another site; no page may be framed, except as
 * {@link Framing} says for LTI launches.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(),"
            + " interest-cohort=()";

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Frame-Options", "DENY",
            "Permissions-Policy", PERMISSIONS_POLICY);

    /**
     * The headers for this request: {@link #HEADERS}, or with {@code frame-ancestors} opened (and no
     * X-Frame-Options) for the LTI login and launch answers and for a session an LMS launched.
     */
    static Map<String, String> headersFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String ancestors = null;
        if (path.equals("/lti/login") || path.equals("/lti/launch")) {
            ancestors = "*";
        } else {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(Framing.SESSION_ATTRIBUTE) instanceof String origins
                    && !origins.isBlank()) {
                ancestors = "'self' " + origins;
            }
        }
        String formTargets = null;
        if (path.equals("/lti/deep-link")) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(Framing.FORM_TARGETS_ATTRIBUTE) instanceof String targets
                    && !targets.isBlank()) {
                formTargets = targets;
            }
        }
        if (ancestors == null && formTargets == null) {
            return HEADERS;
        }
        Map<String, String> framable = new java.util.HashMap<>(HEADERS);
        String policy = CONTENT_SECURITY_POLICY;
        if (ancestors != null) {
            framable.remove("X-Frame-Options");
            policy = policy.replace("frame-ancestors 'none'", "frame-ancestors " + ancestors);
        }
        if (formTargets != null) {
            // The deep-linking answer posts the signed link to the LMS that asked for it, and nowhere else.
            policy = policy.replace("form-action 'self'", "form-action 'self' " + formTargets);
        }
        framable.put("Content-Security-Policy", policy);
        return Map.copyOf(framable);
    }

    private static void write(HttpServletResponse response, Map<String, String> headers) {
        headers.forEach(response::setHeader);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String> headers = headersFor(request);
        write(response, headers);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void reset() {
                super.reset();
                write(this, headers);
            }

            @Override
            public void setHeader(String name, String value) {
                // Ours win: Vaadin would weaken X-Frame-Options to SAMEORIGIN.
                if (headers.containsKey(name) || !HEADERS.containsKey(name)) {
                    super.setHeader(name, headers.getOrDefault(name, value));
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!HEADERS.containsKey(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
