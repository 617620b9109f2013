package org.closeread.lti;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The LTI tables (V16), read and written with plain SQL; callers bring the transaction. */
@Component
class LtiStore {

    private final JdbcClient jdbc;

    LtiStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String PLATFORM_COLUMNS =
            "id, owner, issuer, client_id, deployment_ids, jwks_url, auth_url, token_url";

    private static Platform platform(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Platform(rs.getLong("id"), rs.getString("owner"), rs.getString("issuer"),
                rs.getString("client_id"), Platform.deployments(rs.getString("deployment_ids")),
                rs.getString("jwks_url"), rs.getString("auth_url"), rs.getString("token_url"));
    }

    long insertPlatform(Platform p, Instant now) {
        jdbc.sql("insert into lti_platform (owner, issuer, client_id, deployment_ids, jwks_url, auth_url, token_url,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.owner(), p.issuer(), p.clientId(), String.join(" ", p.deploymentIds()), p.jwksUrl(),
                        p.authUrl(), p.tokenUrl(), Timestamp.from(now))
                .update();
        return platform(p.issuer(), p.clientId()).orElseThrow().id();
    }

    void updatePlatform(Platform p) {
        jdbc.sql("update lti_platform set deployment_ids = ?, jwks_url = ?, auth_url = ?, token_url = ? where id = ?")
                .params(String.join(" ", p.deploymentIds()), p.jwksUrl(), p.authUrl(), p.tokenUrl(), p.id())
                .update();
    }

    Optional<Platform> platform(String issuer, String clientId) {
        return jdbc.sql("select " + PLATFORM_COLUMNS + " from lti_platform where issuer = ? and client_id = ?")
                .params(issuer, clientId).query((rs, n) -> platform(rs)).optional();
    }

    Optional<Platform> platform(long id) {
        return jdbc.sql("select " + PLATFORM_COLUMNS + " from lti_platform where id = ?")
                .param(id).query((rs, n) -> platform(rs)).optional();
    }

    List<Platform> platformsOfIssuer(String issuer) {
        return jdbc.sql("select " + PLATFORM_COLUMNS + " from lti_platform where issuer = ? order by id")
                .param(issuer).query((rs, n) -> platform(rs)).list();
    }

    List<Platform> platformsOf(String owner) {
        return jdbc.sql("select " + PLATFORM_COLUMNS + " from lti_platform where owner = ? order by id")
                .param(owner).query((rs, n) -> platform(rs)).list();
    }

    int deletePlatform(String owner, long id) {
        return jdbc.sql("delete from lti_platform where owner = ? and id = ?").params(owner, id).update();
    }

    // --- login states ---

    void insertState(String state, String nonce, long platformId, Instant expires) {
        jdbc.sql("insert into lti_login_state (state, nonce, platform_id, expires_at) values (?, ?, ?, ?)")
                .params(state, nonce, platformId, Timestamp.from(expires)).update();
    }

    record State(String nonce, long platformId, Instant expires) {
    }

    /** The state, deleted as it is read: a second read of the same state finds nothing. */
    Optional<State> takeState(String state) {
        Optional<State> found = jdbc.sql("select nonce, platform_id, expires_at from lti_login_state where state = ?")
                .param(state).query((rs, n) -> new State(rs.getString("nonce"), rs.getLong("platform_id"),
                        rs.getTimestamp("expires_at").toInstant())).optional();
        if (found.isEmpty()) {
            return found;
        }
        int deleted = jdbc.sql("delete from lti_login_state where state = ?").param(state).update();
        return deleted == 1 ? found : Optional.empty();
    }

    int deleteStatesBefore(Instant cutoff) {
        return jdbc.sql("delete from lti_login_state where expires_at < ?").param(Timestamp.from(cutoff)).update();
    }

    // --- keys ---

    record StoredKey(String kid, String jwk, boolean active) {
    }

    List<StoredKey> keys() {
        return jdbc.sql("select kid, jwk, is_active from lti_tool_key order by created_at desc, kid")
                .query((rs, n) -> new StoredKey(rs.getString("kid"), rs.getString("jwk"), rs.getBoolean("is_active")))
                .list();
    }

    void insertKey(String kid, String jwk, Instant now) {
        jdbc.sql("insert into lti_tool_key (kid, jwk, is_active, created_at) values (?, ?, true, ?)")
                .params(kid, jwk, Timestamp.from(now)).update();
    }

    void retireKeysExcept(String kid) {
        jdbc.sql("update lti_tool_key set is_active = false where kid <> ?").param(kid).update();
    }

    int deleteRetiredKeys() {
        return jdbc.sql("delete from lti_tool_key where is_active = false").update();
    }

    // --- contexts and users ---

    Optional<Long> classOf(long platformId, String contextId) {
        return jdbc.sql("select classroom_id from lti_context where platform_id = ? and context_id = ?")
                .params(platformId, contextId).query(Long.class).optional();
    }

    void insertContext(long platformId, String contextId, long classId) {
        jdbc.sql("insert into lti_context (platform_id, context_id, classroom_id) values (?, ?, ?)")
                .params(platformId, contextId, classId).update();
    }

    void saveMembershipsUrl(long platformId, String contextId, String url) {
        jdbc.sql("update lti_context set memberships_url = ? where platform_id = ? and context_id = ?")
                .params(url, platformId, contextId).update();
    }

    Optional<Long> participantOf(long platformId, String subject) {
        return jdbc.sql("select participant_id from lti_user where platform_id = ? and subject = ?")
                .params(platformId, subject).query(Long.class).optional();
    }

    void insertUser(long platformId, String subject, long participantId) {
        jdbc.sql("insert into lti_user (platform_id, subject, participant_id) values (?, ?, ?)")
                .params(platformId, subject, participantId).update();
    }

    // --- grades (V17) ---

    void saveGradeLink(long platformId, long participantId, String lessonSlug, String subject, String lineItem) {
        int updated = jdbc.sql("update lti_grade_link set subject = ?, line_item = ? where platform_id = ?"
                        + " and participant_id = ? and lesson_slug = ?")
                .params(subject, lineItem, platformId, participantId, lessonSlug).update();
        if (updated == 0) {
            jdbc.sql("insert into lti_grade_link (platform_id, participant_id, lesson_slug, subject, line_item)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(platformId, participantId, lessonSlug, subject, lineItem).update();
        }
    }

    record GradeLink(long platformId, String subject, String lineItem) {
    }

    List<GradeLink> gradeLinks(long participantId, String lessonSlug) {
        return jdbc.sql("select platform_id, subject, line_item from lti_grade_link where participant_id = ?"
                        + " and lesson_slug = ?")
                .params(participantId, lessonSlug)
                .query((rs, n) -> new GradeLink(rs.getLong("platform_id"), rs.getString("subject"),
                        rs.getString("line_item"))).list();
    }

    void insertScore(GradeLink link, int given, int maximum, String comment, Instant finishedAt) {
        jdbc.sql("insert into lti_score_outbox (platform_id, line_item, subject, score_given, score_maximum,"
                        + " comment_text, finished_at, tries, next_try_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?)")
                .params(link.platformId(), link.lineItem(), link.subject(), given, maximum, comment,
                        Timestamp.from(finishedAt), Timestamp.from(finishedAt)).update();
    }

    public record OutboxScore(long id, long platformId, String lineItem, String subject, int given, int maximum,
                       String comment, Instant finishedAt, int tries, Instant nextTry, Optional<Instant> sentAt,
                       Optional<String> lastError) {
    }

    private static final String OUTBOX_COLUMNS = "id, platform_id, line_item, subject, score_given, score_maximum,"
            + " comment_text, finished_at, tries, next_try_at, sent_at, last_error";

    private static OutboxScore outboxScore(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new OutboxScore(rs.getLong("id"), rs.getLong("platform_id"), rs.getString("line_item"),
                rs.getString("subject"), rs.getInt("score_given"), rs.getInt("score_maximum"),
                rs.getString("comment_text"), rs.getTimestamp("finished_at").toInstant(), rs.getInt("tries"),
                rs.getTimestamp("next_try_at").toInstant(), Optional.ofNullable(sent).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getString("last_error")));
    }

    List<OutboxScore> dueScores(Instant now, int limit) {
        return jdbc.sql("select " + OUTBOX_COLUMNS + " from lti_score_outbox where sent_at is null and next_try_at <= ?"
                        + " order by next_try_at, id")
                .param(Timestamp.from(now)).query((rs, n) -> outboxScore(rs)).list().stream().limit(limit).toList();
    }

    List<OutboxScore> scoresFor(String subject) {
        return jdbc.sql("select " + OUTBOX_COLUMNS + " from lti_score_outbox where subject = ? order by id")
                .param(subject).query((rs, n) -> outboxScore(rs)).list();
    }

    void markSent(long id, Instant at) {
        jdbc.sql("update lti_score_outbox set sent_at = ?, tries = tries + 1, last_error = null where id = ?")
                .params(Timestamp.from(at), id).update();
    }

    void markFailed(long id, Instant nextTry, String error) {
        String shortError = error == null ? "unknown" : error.length() > 500 ? error.substring(0, 500) : error;
        jdbc.sql("update lti_score_outbox set tries = tries + 1, next_try_at = ?, last_error = ? where id = ?")
                .params(Timestamp.from(nextTry), shortError, id).update();
    }

    // --- roster (V18) ---

    /** The LMS context a class came from, with its roster address and the state of the last roster fetch. */
    record ContextOfClass(long platformId, String contextId, Optional<String> membershipsUrl,
                          Optional<Instant> fetchedAt, Optional<Instant> triedAt, Optional<String> error) {
    }

    Optional<ContextOfClass> contextOfClass(long classId) {
        return jdbc.sql("select platform_id, context_id, memberships_url, roster_fetched_at, roster_tried_at,"
                        + " roster_error from lti_context where classroom_id = ? order by platform_id, context_id")
                .param(classId).query((rs, n) -> new ContextOfClass(rs.getLong("platform_id"),
                        rs.getString("context_id"), Optional.ofNullable(rs.getString("memberships_url")),
                        instant(rs.getTimestamp("roster_fetched_at")), instant(rs.getTimestamp("roster_tried_at")),
                        Optional.ofNullable(rs.getString("roster_error")))).list().stream().findFirst();
    }

    private static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }

    record RosterRow(String subject, String name, String roles, String status) {
    }

    /** Replaces the stored roster of the context with this one (call inside a transaction). */
    void replaceRoster(long platformId, String contextId, List<RosterRow> rows, Instant at) {
        jdbc.sql("delete from lti_roster_member where platform_id = ? and context_id = ?").params(platformId, contextId)
                .update();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (RosterRow row : rows) {
            if (seen.add(row.subject())) {
                jdbc.sql("insert into lti_roster_member (platform_id, context_id, subject, name, roles, status)"
                                + " values (?, ?, ?, ?, ?, ?)")
                        .params(platformId, contextId, cut(row.subject(), 255), cut(row.name(), 255),
                                cut(row.roles(), 2000), cut(row.status(), 20)).update();
            }
        }
        jdbc.sql("update lti_context set roster_fetched_at = ?, roster_tried_at = ?, roster_error = null"
                        + " where platform_id = ? and context_id = ?")
                .params(Timestamp.from(at), Timestamp.from(at), platformId, contextId).update();
    }

    void rosterFailed(long platformId, String contextId, Instant at, String error) {
        jdbc.sql("update lti_context set roster_tried_at = ?, roster_error = ? where platform_id = ? and context_id = ?")
                .params(Timestamp.from(at), cut(error == null ? "unknown" : error, 500), platformId, contextId).update();
    }

    List<RosterRow> roster(long platformId, String contextId) {
        return jdbc.sql("select subject, name, roles, status from lti_roster_member where platform_id = ?"
                        + " and context_id = ? order by name, subject")
                .params(platformId, contextId).query((rs, n) -> new RosterRow(rs.getString("subject"),
                        rs.getString("name"), rs.getString("roles"), rs.getString("status"))).list();
    }

    /** The LMS users known on this platform: subject → participant id. */
    java.util.Map<String, Long> usersOf(long platformId) {
        java.util.Map<String, Long> users = new java.util.HashMap<>();
        jdbc.sql("select subject, participant_id from lti_user where platform_id = ?").param(platformId)
                .query((rs, n) -> users.put(rs.getString("subject"), rs.getLong("participant_id"))).list();
        return users;
    }

    record LmsUserRow(long participantId, String issuer, String subject) {
    }

    /** The LMS users of the platforms whose contexts became this class. */
    List<LmsUserRow> lmsUsersOfClass(long classId) {
        return jdbc.sql("select u.participant_id, p.issuer, u.subject from lti_user u"
                        + " join lti_platform p on p.id = u.platform_id"
                        + " where u.platform_id in (select c.platform_id from lti_context c where c.classroom_id = ?)")
                .param(classId).query((rs, n) -> new LmsUserRow(rs.getLong("participant_id"), rs.getString("issuer"),
                        rs.getString("subject"))).list();
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
