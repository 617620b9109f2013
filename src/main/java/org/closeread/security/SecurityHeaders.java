package org.closeread.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on every response, Vaadin's pages included (Vaadin answers those outside Spring
 * Security's header writer, so this is a servlet filter first in line, and it puts the headers back if
 * the response is reset). The Content Security Policy is what Vaadin's client needs and no more: its
 * bootstrap page has inline scripts and its {@code executeJs} builds functions from strings (so
 * {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts), its components set inline styles, and
 * push talks to the same origin. Nothing is loaded from another site; no page may be framed.
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

    private static void write(HttpServletResponse response) {
        HEADERS.forEach(response::setHeader);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        write(response);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void reset() {
                super.reset();
                write(this);
            }

            @Override
            public void setHeader(String name, String value) {
                // Ours win: Vaadin would weaken X-Frame-Options to SAMEORIGIN.
                super.setHeader(name, HEADERS.getOrDefault(name, value));
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
