package org.closeread.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A learning platform that lives in the test: its own RSA key, id_tokens signed with it, and (once started)
 * its JWK set served on loopback by the JDK's HTTP server.
 */
final class TestLms implements AutoCloseable {

    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    final RSAKey key;
    final String clientId = "closeread-" + UUID.randomUUID();
    final String deploymentId = "deployment-1";
    final AtomicInteger jwksRequests = new AtomicInteger();
    /** While true, the token and score endpoints answer 503, as an LMS that is down. */
    final java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean();
    /** Bodies of token requests and of scores received, with their Content-Type and Authorization. */
    final java.util.List<String> tokenRequests = new java.util.concurrent.CopyOnWriteArrayList<>();
    final java.util.List<Map<String, String>> scores = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final String ACCESS_TOKEN = "lms-access-token-1";
    static final String DEEP_LINKING_DATA = "lms-state-7f3a";
    /** The course roster the memberships endpoint serves, {@link #ROSTER_PAGE} members a page. */
    final java.util.List<Map<String, Object>> roster = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final int ROSTER_PAGE = 2;
    /** The memberships requests received: the address asked for, its Accept and Authorization headers. */
    final java.util.List<Map<String, String>> membershipRequests = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Links the platform made from deep-linking answers; each got a line item of its own. */
    final java.util.List<CreatedLink> links = new java.util.concurrent.CopyOnWriteArrayList<>();
    private HttpServer server;
    private String issuer = "https://lms.test.example";

    TestLms() {
        try {
            key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID("lms-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serves {@code /jwks} on 127.0.0.1; the issuer becomes the server's own address. */
    TestLms start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks", exchange -> {
            jwksRequests.incrementAndGet();
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/token", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (down.get()) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            tokenRequests.add(body);
            byte[] answer = ("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/lineitems", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (down.get()) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            scores.add(Map.of("path", exchange.getRequestURI().toString(), "body", body,
                    "contentType", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
                    "authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/memberships", exchange -> {
            if (down.get()) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            String query = String.valueOf(exchange.getRequestURI().getRawQuery());
            membershipRequests.add(Map.of("uri", exchange.getRequestURI().toString(),
                    "accept", String.valueOf(exchange.getRequestHeaders().getFirst("Accept")),
                    "authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))));
            int page = query.startsWith("page=") ? Integer.parseInt(query.substring(5)) : 0;
            int from = page * ROSTER_PAGE;
            List<Map<String, Object>> members = roster.subList(Math.min(from, roster.size()),
                    Math.min(from + ROSTER_PAGE, roster.size()));
            Map<String, Object> container = Map.of("id", base() + exchange.getRequestURI(),
                    "context", Map.of("id", "course", "title", "8B"), "members", members);
            byte[] answer = com.nimbusds.jose.util.JSONObjectUtils.toJSONString(container)
                    .getBytes(StandardCharsets.UTF_8);
            if (from + ROSTER_PAGE < roster.size()) {
                // A relative address, and another relation first, as platforms may send.
                exchange.getResponseHeaders().add("Link", "<" + base() + exchange.getRequestURI().getPath()
                        + ">; rel=\"first\", <" + exchange.getRequestURI().getPath() + "?page=" + (page + 1)
                        + ">; rel=\"next\"");
            }
            exchange.getResponseHeaders().add("Content-Type", Claims.MEMBERSHIP_MEDIA_TYPE);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        issuer = base();
        return this;
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String issuer() {
        return issuer;
    }

    String jwksUrl() {
        return base() + "/jwks";
    }

    String authUrl() {
        return issuer + "/auth";
    }

    String tokenUrl() {
        return issuer + "/token";
    }

    Platform platform(String owner) {
        return new Platform(1, owner, issuer, clientId, List.of(deploymentId), "http://127.0.0.1:1/jwks",
                authUrl(), tokenUrl());
    }

    /** The claims of a good student launch into course {@code contextId}, for this nonce. */
    JWTClaimsSet.Builder launch(String subject, String contextId, String nonce, String role) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(clientId)
                .claim("azp", clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce)
                .claim("name", "Ada Student")
                .claim(Claims.MESSAGE_TYPE, Claims.RESOURCE_LINK_REQUEST)
                .claim(Claims.VERSION, "1.3.0")
                .claim(Claims.DEPLOYMENT_ID, deploymentId)
                .claim(Claims.TARGET_LINK_URI, "https://closeread.test/lti/launch")
                .claim(Claims.RESOURCE_LINK, Map.of("id", "link-1", "title", "Reports of reports"))
                .claim(Claims.ROLES, List.of(role))
                .claim(Claims.CONTEXT, Map.of("id", contextId, "label", "8B", "title", "8B English " + contextId));
    }

    /** Turns a launch's claims into a deep-linking request that takes these item types. */
    JWTClaimsSet.Builder deepLinking(JWTClaimsSet.Builder launch, List<String> acceptTypes, boolean acceptMultiple) {
        return deepLinking(launch, acceptTypes, acceptMultiple, true);
    }

    JWTClaimsSet.Builder deepLinking(JWTClaimsSet.Builder launch, List<String> acceptTypes, boolean acceptMultiple,
                                     boolean acceptLineItem) {
        return launch.claim(Claims.MESSAGE_TYPE, Claims.DEEP_LINKING_REQUEST)
                .claim(Claims.RESOURCE_LINK, null)
                .claim(Claims.DEEP_LINKING_SETTINGS, Map.of(
                        "deep_link_return_url", issuer + "/deep-link-return",
                        "accept_types", acceptTypes,
                        "accept_presentation_document_targets", List.of("iframe", "window"),
                        "accept_multiple", acceptMultiple,
                        "accept_lineitem", acceptLineItem,
                        "auto_create", true,
                        "data", DEEP_LINKING_DATA));
    }

    /** The roster address of a course, as the names-and-roles claim gives it. */
    Map<String, Object> namesRoleService(String contextId) {
        return Map.of("context_memberships_url", base() + "/memberships/" + contextId,
                "service_versions", List.of("2.0"));
    }

    static Map<String, Object> member(String userId, String name, String role, String status) {
        return Map.of("user_id", userId, "name", name, "roles", List.of(role), "status", status);
    }

    /** A link the platform made from a deep-linking answer's content item, with its line item's address. */
    record CreatedLink(Map<String, Object> contentItem, Map<String, String> custom, String lineItem) {
    }

    /** What the platform does with a content item it took: a link, and a line item for its grades. */
    @SuppressWarnings("unchecked")
    CreatedLink createLink(Map<String, Object> contentItem) {
        Map<String, String> custom = new java.util.LinkedHashMap<>();
        ((Map<String, Object>) contentItem.get("custom")).forEach((k, v) -> custom.put(k, String.valueOf(v)));
        CreatedLink link = new CreatedLink(contentItem, custom, base() + "/lineitems/" + (100 + links.size())
                + "/lineitem");
        links.add(link);
        return link;
    }

    String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    static String sign(JWTClaimsSet claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Registers this platform in CloseRead for the teacher {@code owner} (made first if missing). */
    void registerIn(LtiService lti, org.closeread.security.TeacherAccountService teachers, String owner,
                    String ownerName) {
        if (!teachers.exists(owner)) {
            teachers.create(owner, ownerName, "correct horse battery staple");
        }
        lti.register(owner, issuer(), clientId, deploymentId, jwksUrl(), authUrl(), tokenUrl());
    }
}
