package org.closeread.quiz;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The value of the cookie by which a browser stays the same student across restarts and nodes: the
 * participant's opaque number and an HMAC-SHA256 signature of it ({@code v1.42.<signature>}). Nothing
 * personal is in it; without the key nobody can make one for another participant. Plain Java.
 */
public final class ParticipantCookie {

    public static final String NAME = "CLOSEREAD_STUDENT";
    private static final String VERSION = "v1";

    private final byte[] key;

    public ParticipantCookie(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("The cookie key needs at least 16 bytes.");
        }
        this.key = key.clone();
    }

    public String value(long participantId) {
        return VERSION + "." + participantId + "." + signature(participantId);
    }

    /** The participant a cookie value names, if it is well formed and signed with this key. */
    public Optional<Long> participant(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[1].isEmpty() || parts[1].length() > 19
                || !parts[1].chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean signed = MessageDigest.isEqual(signature(id).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
        return signed ? Optional.of(id) : Optional.empty();
    }

    private String signature(long participantId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal(("participant:" + participantId).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
