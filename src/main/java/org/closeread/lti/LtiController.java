package org.closeread.lti;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.closeread.security.Framing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The LTI 1.3 addresses a platform is given: {@code /lti/login} (OIDC third-party login initiation, GET or
 * POST), {@code /lti/launch} (the id_token posted back), {@code /lti/jwks} (the tool's public keys), and
 * {@code /lti/deep-link} (the deep-linking picker's choice, answered with the signed response posted to the LMS).
 * A refused login or launch answers with a short page saying why, in the LMS's frame.
 */
@RestController
class LtiController {

    private static final Logger LOG = LoggerFactory.getLogger(LtiController.class);

    private static final String STYLE = "<style>body{font-family:system-ui,sans-serif;"
            + "line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b2430}"
            + "h1{font-size:1.6rem}</style>";

    private final LtiService lti;
    private final ToolKeyService keys;
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    LtiController(LtiService lti, ToolKeyService keys) {
        this.lti = lti;
        this.keys = keys;
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @RequestMapping(path = "/lti/login", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<String> login(@RequestParam Map<String, String> parameters, HttpServletRequest request) {
        try {
            URI to = lti.login(parameters, launchUrl());
            return ResponseEntity.status(HttpStatus.FOUND).location(to).build();
        } catch (LtiRefusedException e) {
            return refused(e, request);
        }
    }

    @PostMapping("/lti/launch")
    ResponseEntity<String> launch(@RequestParam(name = "id_token", required = false) String idToken,
                                  @RequestParam(name = "state", required = false) String state,
                                  HttpServletRequest request) {
        LtiService.Landing landing;
        try {
            landing = lti.launch(idToken, state);
        } catch (LtiRefusedException e) {
            return refused(e, request);
        }
        HttpSession session = request.getSession(false);
        if (session != null && landing.student().isPresent()) {
            // A student's launch starts a session of its own: nothing of an earlier one carries over.
            session.invalidate();
        }
        session = request.getSession(true);
        landing.deepLinking().ifPresent(pick -> {
            request.getSession().setAttribute(DeepLinkRequest.SESSION_ATTRIBUTE, pick);
            request.getSession().setAttribute(Framing.FORM_TARGETS_ATTRIBUTE, origins(pick.returnUrl()));
        });
        session.setAttribute(Handover.SESSION_ATTRIBUTE, new Handover(landing.student().orElse(null),
                landing.path()));
        session.setAttribute(Framing.SESSION_ATTRIBUTE, origins(landing.platform()));
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/lti/welcome").build().toUri())
                .build();
    }

    /**
     * The picker's choice: answers the deep-linking request waiting in this session (once) with a page that
     * posts the signed response to the platform's return address at once (a button if scripts are off).
     */
    @PostMapping("/lti/deep-link")
    ResponseEntity<String> deepLink(@RequestParam(name = "request", required = false) String requestId,
                                    @RequestParam(name = "lesson", required = false) String lesson,
                                    @RequestParam(name = "kind", required = false) String kind,
                                    @RequestParam(name = "path", required = false) String path,
                                    HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        try {
            if (requestId == null || requestId.isBlank() || lesson == null || lesson.isBlank()) {
                throw new LtiRefusedException(Refusal.MISSING_PARAMETER, "request, lesson");
            }
            if (session == null || !(session.getAttribute(DeepLinkRequest.SESSION_ATTRIBUTE) instanceof DeepLinkRequest
                    waiting) || !waiting.id().equals(requestId)) {
                throw new LtiRefusedException(Refusal.PICK_EXPIRED, "no such request in this session");
            }
            LtiService.DeepLinkAnswer answer = lti.answer(waiting, lesson, kind, path, launchUrl());
            session.removeAttribute(DeepLinkRequest.SESSION_ATTRIBUTE);
            Locale locale = request.getLocale();
            String title = messages.getMessage("lti.pick.sending", new Object[] {answer.title()}, locale);
            String body = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                    + HtmlUtils.htmlEscape(title) + "</title>" + STYLE + "</head><body>"
                    + "<form id=\"lti-deep-link\" method=\"post\" action=\"" + HtmlUtils.htmlEscape(answer.returnUrl())
                    + "\"><input type=\"hidden\" name=\"JWT\" value=\"" + HtmlUtils.htmlEscape(answer.jwt()) + "\">"
                    + "<h1>" + HtmlUtils.htmlEscape(title) + "</h1><button type=\"submit\">"
                    + HtmlUtils.htmlEscape(messages.getMessage("lti.pick.continue", null, locale))
                    + "</button></form><script>document.getElementById('lti-deep-link').submit();</script>"
                    + "</body></html>";
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
        } catch (LtiRefusedException e) {
            return refused(e, request);
        }
    }

    @GetMapping(path = "/lti/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> jwks() {
        return keys.publicKeys().toJSONObject(true);
    }

    private static String launchUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/lti/launch").toUriString();
    }

    /** The origins of the platform's addresses: where the LMS page framing us lives. */
    static String origins(Platform platform) {
        return origins(platform.issuer(), platform.authUrl());
    }

    /** The origins (scheme, host, port) of these addresses, space-separated, each once. */
    static String origins(String... addresses) {
        Map<String, Boolean> origins = new LinkedHashMap<>();
        for (String address : addresses) {
            try {
                URI uri = URI.create(address);
                if (uri.getScheme() != null && uri.getHost() != null) {
                    origins.put(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()),
                            true);
                }
            } catch (IllegalArgumentException e) {
                // an issuer that is no URL frames nothing
            }
        }
        return String.join(" ", origins.keySet());
    }

    private ResponseEntity<String> refused(LtiRefusedException e, HttpServletRequest request) {
        LOG.info("LTI refused: {}", e.getMessage());
        Locale locale = request.getLocale();
        String title = messages.getMessage("lti.refused.title", null, locale);
        String reason = messages.getMessage(e.reason().key(), null, locale);
        String help = messages.getMessage("lti.refused.help", null, locale);
        String body = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + HtmlUtils.htmlEscape(title) + "</title>" + STYLE + "</head><body><h1>" + HtmlUtils.htmlEscape(title)
                + "</h1><p id=\"lti-refusal\" data-reason=\"" + e.reason().name() + "\">" + HtmlUtils.htmlEscape(reason)
                + "</p><p>" + HtmlUtils.htmlEscape(help) + "</p></body></html>";
        HttpStatus status = switch (e.reason()) {
            case MISSING_PARAMETER, MALFORMED_TOKEN, UNKNOWN_LESSON, UNKNOWN_PLATFORM, UNSUPPORTED_MESSAGE,
                 WRONG_VERSION, NO_USER, NO_CONTEXT, NO_RETURN_ADDRESS, LINK_NOT_ACCEPTED, PICK_EXPIRED ->
                    HttpStatus.BAD_REQUEST;
            case NOT_TEACHING_STAFF -> HttpStatus.FORBIDDEN;
            case KEYS_UNAVAILABLE -> HttpStatus.BAD_GATEWAY;
            case CLASS_CLOSED -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.UNAUTHORIZED;
        };
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").body(body);
    }
}
