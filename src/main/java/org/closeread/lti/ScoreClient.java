package org.closeread.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Talks to a platform's Assignment and Grade Services: an access token by {@code client_credentials} with
 * a JWT client assertion signed by the tool's key (RFC 7523, as LTI 1.3 Security §4.1 asks), then the
 * score posted to the line item's {@code /scores} as {@code application/vnd.ims.lis.v1.score+json}.
 * Plain Java on the JDK's HTTP client.
 */
final class ScoreClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A score the platform would not take, or could not be reached for; the outbox tries again later. */
    static final class ScoreNotSent extends Exception {
        ScoreNotSent(String message) {
            super(message);
        }
    }

    String accessToken(Platform platform, RSAKey toolKey) throws ScoreNotSent {
        return accessToken(platform, toolKey, Claims.AGS_SCORE_SCOPE);
    }

    /** An access token for this scope (scores, or the roster's {@link Claims#NRPS_SCOPE}). */
    String accessToken(Platform platform, RSAKey toolKey, String scope) throws ScoreNotSent {
        Instant now = Instant.now();
        JWTClaimsSet assertion = new JWTClaimsSet.Builder().issuer(platform.clientId()).subject(platform.clientId())
                .audience(platform.tokenUrl()).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString()).build();
        String signed;
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(toolKey.getKeyID()).build(),
                    assertion);
            jwt.sign(new RSASSASigner(toolKey));
            signed = jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the client assertion", e);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", signed);
        form.put("scope", scope);
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(platform.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 200) {
            throw new ScoreNotSent("token endpoint answered " + response.statusCode());
        }
        try {
            String token = JSONObjectUtils.getString(JSONObjectUtils.parse(response.body()), "access_token");
            if (token == null || token.isBlank()) {
                throw new ScoreNotSent("token endpoint sent no access_token");
            }
            return token;
        } catch (ParseException e) {
            throw new ScoreNotSent("token endpoint sent no JSON: " + e.getMessage());
        }
    }

    /** The score's JSON (AGS 2.0 §3.4). */
    static String scoreJson(LtiStore.OutboxScore score) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", score.subject());
        json.put("scoreGiven", score.given());
        json.put("scoreMaximum", score.maximum());
        json.put("comment", score.comment());
        json.put("timestamp", score.finishedAt().truncatedTo(ChronoUnit.MILLIS).toString());
        json.put("activityProgress", "Completed");
        json.put("gradingProgress", "FullyGraded");
        return JSONObjectUtils.toJSONString(json);
    }

    /** The line item's scores address: {@code /scores} after its path, its query kept. */
    static URI scoresUrl(String lineItem) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(lineItem);
        String path = url.build().getPath();
        return url.replacePath((path == null ? "" : path.replaceAll("/+$", "")) + "/scores").build(true).toUri();
    }

    void postScore(LtiStore.OutboxScore score, String accessToken) throws ScoreNotSent {
        HttpResponse<String> response = send(HttpRequest.newBuilder(scoresUrl(score.lineItem()))
                .header("Content-Type", Claims.SCORE_MEDIA_TYPE).header("Authorization", "Bearer " + accessToken)
                .POST(HttpRequest.BodyPublishers.ofString(scoreJson(score))));
        if (response.statusCode() / 100 != 2) {
            throw new ScoreNotSent("scores endpoint answered " + response.statusCode());
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws ScoreNotSent {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ScoreNotSent("unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScoreNotSent("interrupted");
        }
    }
}
