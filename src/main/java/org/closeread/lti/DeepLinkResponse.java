package org.closeread.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.closeread.classroom.AssignmentKind;
import org.closeread.lesson.LessonPath;

/**
 * The answer to a deep-linking request (LTI Deep Linking 2.0 §4.5): a JWT signed with the tool's key (its
 * {@code kid} in the header), from our client id to the platform, with the deployment, the request's
 * {@code data} echoed, and one {@code ltiResourceLink} content item: the lesson's title, our launch address,
 * custom parameters {@code lesson}, {@code kind} and {@code path} that a later launch of the link reads, and a
 * line item (maximum 100, the quiz percent) for the gradebook unless the platform said it takes none. Plain
 * Java.
 */
public final class DeepLinkResponse {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    public static final int SCORE_MAXIMUM = 100;

    /** What the instructor picked. */
    public record Pick(String slug, String title, AssignmentKind kind, LessonPath path) {
    }

    private DeepLinkResponse() {
    }

    /** The content item for a pick (a JSON object as a map). */
    static Map<String, Object> contentItem(Pick pick, String launchUrl, String label, boolean lineItemAccepted) {
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("lesson", pick.slug());
        custom.put("kind", pick.kind() == AssignmentKind.QUIZ ? "quiz" : "lesson");
        custom.put("path", pick.path().id());
        Map<String, Object> lineItem = new LinkedHashMap<>();
        lineItem.put("scoreMaximum", SCORE_MAXIMUM);
        lineItem.put("label", label);
        lineItem.put("resourceId", pick.slug() + "/" + custom.get("kind"));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", Claims.RESOURCE_LINK_TYPE);
        item.put("title", label);
        item.put("url", launchUrl);
        item.put("custom", custom);
        if (lineItemAccepted) {
            item.put("lineItem", lineItem);
        }
        return item;
    }

    /** The signed response JWT for this request and pick. */
    static String sign(DeepLinkRequest request, Pick pick, String label, String launchUrl, RSAKey toolKey,
                       Instant now) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(request.clientId())
                .audience(request.issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("nonce", UUID.randomUUID().toString())
                .claim(Claims.MESSAGE_TYPE, Claims.DEEP_LINKING_RESPONSE)
                .claim(Claims.VERSION, Claims.LTI_VERSION)
                .claim(Claims.DEPLOYMENT_ID, request.deploymentId())
                .claim(Claims.CONTENT_ITEMS, List.of(contentItem(pick, launchUrl, label, request.acceptLineItem())));
        request.echoedData().ifPresent(data -> claims.claim(Claims.DEEP_LINKING_DATA, data));
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(toolKey.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims.build());
            jwt.sign(new RSASSASigner(toolKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the deep-linking response", e);
        }
    }
}
