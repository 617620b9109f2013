package org.closeread.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a class that came from a learning platform (an LTI launch) knows of it: its students' LMS user ids, and
 * the LMS course's roster. Implemented by the LTI feature; the class pages ask it through this interface, so
 * the classroom feature does not depend on LTI.
 */
public interface LmsLinks {

    /** A student's identity in the LMS: the platform (issuer) and the user id there ({@code sub}). */
    record LmsUser(String issuer, String userId) {
    }

    /** A learner on the LMS roster, and whether they have launched CloseRead into this class yet. */
    record RosterMember(String userId, String name, boolean launched) {
    }

    /**
     * The LMS course's learners as last fetched ({@code fetchedAt} empty when never), and when the last
     * try failed, if it did (the roster shown is then the one fetched before).
     */
    record Roster(List<RosterMember> learners, Optional<Instant> fetchedAt, Optional<Instant> failedAt) {

        public Roster {
            learners = List.copyOf(learners);
        }

        public List<RosterMember> notLaunched() {
            return learners.stream().filter(m -> !m.launched()).toList();
        }
    }

    /** The LMS user of each student of the class (participant id → user); empty for a class made here. */
    Map<Long, LmsUser> lmsUsers(long classId);

    /**
     * The roster of the LMS course this teacher's class came from, fetched again when {@code refresh} or when
     * the stored one is old; empty when the class did not come from an LMS that offers its roster.
     */
    Optional<Roster> roster(String teacher, long classId, boolean refresh);
}
