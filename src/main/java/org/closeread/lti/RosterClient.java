package org.closeread.lti;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a course's roster from a platform's Names and Role Provisioning Services 2.0: the membership container
 * at the context memberships address, page after page while the answer has a {@code Link: <…>; rel="next"}
 * header. Plain Java on the JDK's HTTP client; the access token comes from {@link ScoreClient}'s
 * client-credentials flow with the roster scope.
 */
final class RosterClient {

    /** More pages than a course has; a platform that keeps sending "next" is cut off here. */
    static final int MAX_PAGES = 100;
    private static final Pattern TARGET = Pattern.compile("<([^>]+)>");
    private static final Pattern REL = Pattern.compile(";\\s*rel\\s*=\\s*(?:\"([^\"]*)\"|([^;,\\s]*))",
            Pattern.CASE_INSENSITIVE);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A member of the course as the platform lists them. */
    record Member(String userId, String name, List<String> roles, String status) {

        boolean activeLearner() {
            return !"Inactive".equalsIgnoreCase(status) && !"Deleted".equalsIgnoreCase(status)
                    && roles.stream().anyMatch(r -> r.equals(Claims.LEARNER) || r.equals("Learner")
                    || r.endsWith("membership#Learner"));
        }
    }

    /** Every member on every page. */
    List<Member> members(String membershipsUrl, String accessToken) throws ScoreClient.ScoreNotSent {
        List<Member> members = new ArrayList<>();
        Optional<String> next = Optional.of(membershipsUrl);
        for (int page = 0; next.isPresent() && page < MAX_PAGES; page++) {
            HttpResponse<String> response = get(next.get(), accessToken);
            if (response.statusCode() != 200) {
                throw new ScoreClient.ScoreNotSent("memberships answered " + response.statusCode());
            }
            members.addAll(parse(response.body()));
            URI current = URI.create(next.get());
            next = response.headers().allValues("Link").stream().map(RosterClient::next).flatMap(Optional::stream)
                    .findFirst().map(n -> current.resolve(n).toString());
        }
        return members;
    }

    /** The address of the next page in a {@code Link} header (RFC 8288), if it names one. */
    static Optional<String> next(String linkHeader) {
        for (String link : linkHeader.split(",(?=\\s*<)")) {
            Matcher target = TARGET.matcher(link);
            if (!target.find()) {
                continue;
            }
            Matcher rel = REL.matcher(link.substring(target.end()));
            String relations = !rel.find() ? "" : rel.group(1) != null ? rel.group(1) : rel.group(2);
            if (List.of(relations.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")).contains("next")) {
                return Optional.of(target.group(1).strip());
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    static List<Member> parse(String body) throws ScoreClient.ScoreNotSent {
        Map<String, Object> container;
        try {
            container = JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new ScoreClient.ScoreNotSent("memberships sent no JSON: " + e.getMessage());
        }
        if (!(container.get("members") instanceof List<?> list)) {
            throw new ScoreClient.ScoreNotSent("memberships sent no members");
        }
        List<Member> members = new ArrayList<>();
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> raw)) {
                continue;
            }
            Map<String, Object> member = (Map<String, Object>) raw;
            if (!(member.get("user_id") instanceof String userId) || userId.isBlank()) {
                continue;
            }
            String name = member.get("name") instanceof String n && !n.isBlank() ? n
                    : String.join(" ", List.of(String.valueOf(member.getOrDefault("given_name", "")),
                            String.valueOf(member.getOrDefault("family_name", "")))).strip();
            List<String> roles = member.get("roles") instanceof List<?> r ? r.stream().map(String::valueOf).toList()
                    : List.of();
            String status = member.get("status") instanceof String st ? st : "Active";
            members.add(new Member(userId, name.isBlank() ? null : name, roles, status));
        }
        return members;
    }

    private HttpResponse<String> get(String url, String accessToken) throws ScoreClient.ScoreNotSent {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Accept", Claims.MEMBERSHIP_MEDIA_TYPE).header("Authorization", "Bearer " + accessToken)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | IllegalArgumentException e) {
            throw new ScoreClient.ScoreNotSent("unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScoreClient.ScoreNotSent("interrupted");
        }
    }
}
