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
 * POST), {@code /lti/launch} (the id_token posted back) and {@code /lti/jwks} (the tool's public keys).
 * A refused login or launch answers with a short page saying why, in the LMS's frame.
 */
@RestController
class LtiController {

    private static final Logger LOG = LoggerFactory.getLogger(LtiController.class);

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
        session.setAttribute(Handover.SESSION_ATTRIBUTE, new Handover(landing.student().orElse(null),
                landing.path()));
        session.setAttribute(Framing.SESSION_ATTRIBUTE, origins(landing.platform()));
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/lti/welcome").build().toUri())
                .build();
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
        Map<String, Boolean> origins = new LinkedHashMap<>();
        for (String address : new String[] {platform.issuer(), platform.authUrl()}) {
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
                + HtmlUtils.htmlEscape(title) + "</title><style>body{font-family:system-ui,sans-serif;"
                + "line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b2430}"
                + "h1{font-size:1.6rem}</style></head><body><h1>" + HtmlUtils.htmlEscape(title)
                + "</h1><p id=\"lti-refusal\" data-reason=\"" + e.reason().name() + "\">" + HtmlUtils.htmlEscape(reason)
                + "</p><p>" + HtmlUtils.htmlEscape(help) + "</p></body></html>";
        HttpStatus status = switch (e.reason()) {
            case MISSING_PARAMETER, MALFORMED_TOKEN, UNKNOWN_LESSON, UNKNOWN_PLATFORM, UNSUPPORTED_MESSAGE,
                 WRONG_VERSION, NO_USER, NO_CONTEXT -> HttpStatus.BAD_REQUEST;
            case KEYS_UNAVAILABLE -> HttpStatus.BAD_GATEWAY;
            case CLASS_CLOSED -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.UNAUTHORIZED;
        };
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").body(body);
    }
}
