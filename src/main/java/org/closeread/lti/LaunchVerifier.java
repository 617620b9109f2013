package org.closeread.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a platform's id_token as LTI 1.3 Core §5.1.3 asks: an RS256 signature by a key in the platform's
 * JWK set, our client id in {@code aud} (and in {@code azp} when there are several audiences), the platform
 * as {@code iss}, not expired and not issued in the future (a minute's leeway for clocks), the nonce we
 * sent, a deployment the teacher registered, LTI version 1.3.0 and a resource-link launch or
 * a deep-linking request (with an address to answer to). Plain Java.
 */
public final class LaunchVerifier {

    static final Duration LEEWAY = Duration.ofSeconds(60);

    public Launch verify(String idToken, Platform platform, String expectedNonce, JWKSource<SecurityContext> keys,
                         Instant now) throws LtiRefusedException {
        if (idToken == null || idToken.isBlank()) {
            throw new LtiRefusedException(Refusal.MISSING_PARAMETER, "id_token");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(idToken);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LtiRefusedException(Refusal.MALFORMED_TOKEN, e.getMessage());
        }
        verifySignature(jwt, keys);
        if (!platform.issuer().equals(claims.getIssuer())) {
            throw new LtiRefusedException(Refusal.WRONG_ISSUER, String.valueOf(claims.getIssuer()));
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(platform.clientId())) {
            throw new LtiRefusedException(Refusal.WRONG_AUDIENCE, String.valueOf(audience));
        }
        String azp = string(claims, "azp");
        if ((audience.size() > 1 || azp != null) && !platform.clientId().equals(azp)) {
            throw new LtiRefusedException(Refusal.WRONG_AUDIENCE, "azp " + azp);
        }
        Date expires = claims.getExpirationTime();
        if (expires == null || !expires.toInstant().plus(LEEWAY).isAfter(now)) {
            throw new LtiRefusedException(Refusal.EXPIRED, String.valueOf(expires));
        }
        Date issued = claims.getIssueTime();
        if (issued == null || issued.toInstant().minus(LEEWAY).isAfter(now)) {
            throw new LtiRefusedException(Refusal.ISSUED_IN_FUTURE, String.valueOf(issued));
        }
        if (expectedNonce == null || !expectedNonce.equals(string(claims, "nonce"))) {
            throw new LtiRefusedException(Refusal.WRONG_NONCE, "nonce");
        }
        String deployment = string(claims, Claims.DEPLOYMENT_ID);
        if (deployment == null || !platform.deploymentIds().contains(deployment)) {
            throw new LtiRefusedException(Refusal.UNKNOWN_DEPLOYMENT, String.valueOf(deployment));
        }
        if (!Claims.LTI_VERSION.equals(string(claims, Claims.VERSION))) {
            throw new LtiRefusedException(Refusal.WRONG_VERSION, String.valueOf(string(claims, Claims.VERSION)));
        }
        String messageType = string(claims, Claims.MESSAGE_TYPE);
        if (!Claims.RESOURCE_LINK_REQUEST.equals(messageType) && !Claims.DEEP_LINKING_REQUEST.equals(messageType)) {
            throw new LtiRefusedException(Refusal.UNSUPPORTED_MESSAGE, String.valueOf(messageType));
        }
        Optional<DeepLinkingSettings> deepLinking = Optional.empty();
        if (Claims.DEEP_LINKING_REQUEST.equals(messageType)) {
            deepLinking = Optional.of(deepLinkingSettings(claims));
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new LtiRefusedException(Refusal.NO_USER, "sub");
        }
        Map<String, Object> context = object(claims, Claims.CONTEXT);
        Object contextId = context.get("id");
        if (!(contextId instanceof String id) || id.isBlank()) {
            throw new LtiRefusedException(Refusal.NO_CONTEXT, "context.id");
        }
        String title = context.get("title") instanceof String t && !t.isBlank() ? t
                : context.get("label") instanceof String l && !l.isBlank() ? l : id;
        Map<String, String> custom = new LinkedHashMap<>();
        object(claims, Claims.CUSTOM).forEach((k, v) -> {
            if (v != null) {
                custom.put(k, String.valueOf(v));
            }
        });
        Object link = object(claims, Claims.RESOURCE_LINK).get("id");
        return new Launch(claims.getIssuer(), subject, Optional.ofNullable(string(claims, "name")),
                roles(claims), deployment, id, title, Optional.ofNullable(link).map(String::valueOf), custom,
                Optional.ofNullable(string(claims, Claims.TARGET_LINK_URI)), lineItem(claims), messageType,
                deepLinking, membershipsUrl(claims));
    }

    /** The deep-linking settings; a request without an absolute http(s) return address cannot be answered. */
    private static DeepLinkingSettings deepLinkingSettings(JWTClaimsSet claims) throws LtiRefusedException {
        Map<String, Object> settings = object(claims, Claims.DEEP_LINKING_SETTINGS);
        Object returnUrl = settings.get("deep_link_return_url");
        if (!(returnUrl instanceof String url) || !absoluteHttp(url)) {
            throw new LtiRefusedException(Refusal.NO_RETURN_ADDRESS, String.valueOf(returnUrl));
        }
        List<String> types = settings.get("accept_types") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
        boolean multiple = !Boolean.FALSE.equals(settings.get("accept_multiple"))
                && !"false".equals(settings.get("accept_multiple"));
        boolean lineItem = !Boolean.FALSE.equals(settings.get("accept_lineitem"))
                && !"false".equals(settings.get("accept_lineitem"));
        Optional<String> data = Optional.ofNullable(settings.get("data")).map(String::valueOf);
        return new DeepLinkingSettings(url, types, multiple, lineItem, data);
    }

    /** The context's roster address (Names and Role Provisioning Services 2.0), when the platform offers one. */
    private static Optional<String> membershipsUrl(JWTClaimsSet claims) {
        Object url = object(claims, Claims.NRPS).get("context_memberships_url");
        return url instanceof String s && absoluteHttp(s) ? Optional.of(s) : Optional.empty();
    }

    static boolean absoluteHttp(String address) {
        try {
            java.net.URI uri = new java.net.URI(address);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void verifySignature(SignedJWT jwt, JWKSource<SecurityContext> keys) throws LtiRefusedException {
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new LtiRefusedException(Refusal.BAD_SIGNATURE, "algorithm " + jwt.getHeader().getAlgorithm());
        }
        List<JWK> candidates;
        try {
            candidates = keys.get(new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader())), null);
        } catch (Exception e) {
            throw new LtiRefusedException(Refusal.KEYS_UNAVAILABLE, e.getMessage());
        }
        for (JWK key : candidates) {
            try {
                if (key instanceof RSAKey rsa && jwt.verify(new RSASSAVerifier(rsa))) {
                    return;
                }
            } catch (JOSEException e) {
                // a key that cannot verify is no match; try the next
            }
        }
        throw new LtiRefusedException(Refusal.BAD_SIGNATURE, "no key of the platform verifies the token");
    }

    private static String string(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The line item of the link, when the platform lets us post scores to it. */
    private static Optional<String> lineItem(JWTClaimsSet claims) {
        Map<String, Object> endpoint = object(claims, Claims.AGS_ENDPOINT);
        boolean mayScore = endpoint.get("scope") instanceof List<?> scopes && scopes.contains(Claims.AGS_SCORE_SCOPE);
        return mayScore && endpoint.get("lineitem") instanceof String item && !item.isBlank() ? Optional.of(item)
                : Optional.empty();
    }

    private static List<String> roles(JWTClaimsSet claims) {
        Object value = claims.getClaim(Claims.ROLES);
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
