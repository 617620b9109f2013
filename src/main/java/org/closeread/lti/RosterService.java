package org.closeread.lti;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.closeread.classroom.ClassAdminService;
import org.closeread.classroom.Classroom;
import org.closeread.classroom.LmsLinks;
import org.closeread.classroom.Member;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The LMS side of a class that came from a launch: its students' LMS user ids (for the results CSV) and the
 * course roster from Names and Role Provisioning Services. The roster is fetched when the class page asks
 * and the stored one is older than {@link #FRESH} (or when the teacher asks), with a client-credentials token
 * for the roster scope; a fetch replaces the stored roster in one transaction, and a failed one keeps it and
 * records when and why, so the page says the LMS could not be reached and still shows what it had.
 */
@Service
public class RosterService implements LmsLinks {

    private static final Logger LOG = LoggerFactory.getLogger(RosterService.class);
    /** A stored roster younger than this is shown without asking the LMS again. */
    static final Duration FRESH = Duration.ofMinutes(10);
    /** After a failed fetch, the page waits this long before trying again on its own. */
    static final Duration AFTER_FAILURE = Duration.ofMinutes(1);

    private final LtiStore store;
    private final ClassAdminService classrooms;
    private final ToolKeyService keys;
    private final TransactionTemplate transaction;
    private final ScoreClient tokens = new ScoreClient();
    private final RosterClient client = new RosterClient();

    RosterService(LtiStore store, ClassAdminService classrooms, ToolKeyService keys,
                  PlatformTransactionManager transactions) {
        this.store = store;
        this.classrooms = classrooms;
        this.keys = keys;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public Map<Long, LmsUser> lmsUsers(long classId) {
        Map<Long, LmsUser> users = new HashMap<>();
        for (LtiStore.LmsUserRow row : store.lmsUsersOfClass(classId)) {
            users.putIfAbsent(row.participantId(), new LmsUser(row.issuer(), row.subject()));
        }
        return users;
    }

    @Override
    public Optional<Roster> roster(String teacher, long classId, boolean refresh) {
        Optional<Classroom> classroom = classrooms.classroom(teacher, classId);
        Optional<LtiStore.ContextOfClass> context = store.contextOfClass(classId);
        if (classroom.isEmpty() || context.isEmpty() || context.get().membershipsUrl().isEmpty()) {
            return Optional.empty();
        }
        LtiStore.ContextOfClass ctx = context.get();
        Instant now = Instant.now();
        boolean stale = ctx.fetchedAt().map(at -> at.plus(FRESH).isBefore(now)).orElse(true);
        boolean resting = ctx.error().isPresent()
                && ctx.triedAt().map(at -> at.plus(AFTER_FAILURE).isAfter(now)).orElse(false);
        if (refresh || (stale && !resting)) {
            fetch(ctx, now);
            ctx = store.contextOfClass(classId).orElse(ctx);
        }
        Set<Long> members = classroom.get().members().stream().map(Member::participantId)
                .collect(Collectors.toSet());
        Map<String, Long> users = store.usersOf(ctx.platformId());
        List<RosterMember> learners = store.roster(ctx.platformId(), ctx.contextId()).stream()
                .filter(row -> new RosterClient.Member(row.subject(), row.name(),
                        Arrays.asList(row.roles().split(" ")), row.status()).activeLearner())
                .map(row -> new RosterMember(row.subject(), row.name() == null ? row.subject() : row.name(),
                        users.containsKey(row.subject()) && members.contains(users.get(row.subject()))))
                .toList();
        Optional<Instant> failedAt = ctx.error().isPresent() ? ctx.triedAt() : Optional.empty();
        return Optional.of(new Roster(learners, ctx.fetchedAt(), failedAt));
    }

    /** Asks the LMS for the roster; true when it answered. */
    boolean fetch(LtiStore.ContextOfClass context, Instant now) {
        Optional<Platform> platform = store.platform(context.platformId());
        if (platform.isEmpty()) {
            return false;
        }
        try {
            String token = tokens.accessToken(platform.get(), keys.signingKey(), Claims.NRPS_SCOPE);
            List<RosterClient.Member> members = client.members(context.membershipsUrl().orElseThrow(), token);
            List<LtiStore.RosterRow> rows = members.stream().map(m -> new LtiStore.RosterRow(m.userId(), m.name(),
                    String.join(" ", m.roles()), m.status())).toList();
            transaction.executeWithoutResult(status -> store.replaceRoster(context.platformId(), context.contextId(),
                    rows, now));
            return true;
        } catch (ScoreClient.ScoreNotSent e) {
            LOG.info("LTI roster of context {} not fetched: {}", context.contextId(), e.getMessage());
            store.rosterFailed(context.platformId(), context.contextId(), now, e.getMessage());
            return false;
        }
    }
}
