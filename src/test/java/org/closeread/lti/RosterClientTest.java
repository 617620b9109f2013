package org.closeread.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a membership container and its Link header, without a platform. */
class RosterClientTest {

    @Test
    void the_next_page_is_found_among_other_links() {
        assertThat(RosterClient.next("<https://lms.test/m?p=1>; rel=\"first\", <https://lms.test/m?p=3>; rel=\"next\""))
                .contains("https://lms.test/m?p=3");
        assertThat(RosterClient.next("<https://lms.test/m?p=2>;rel=next")).contains("https://lms.test/m?p=2");
        assertThat(RosterClient.next("<https://lms.test/m?p=2>; rel=\"prev next\"")).contains("https://lms.test/m?p=2");
        assertThat(RosterClient.next("<https://lms.test/m?p=9>; rel=\"last\"")).isEmpty();
        assertThat(RosterClient.next("<https://lms.test/m?p=9>; rel=\"nextish\"")).isEmpty();
        assertThat(RosterClient.next("no link at all")).isEmpty();
    }

    @Test
    void members_are_read_with_their_names_roles_and_status() throws Exception {
        List<RosterClient.Member> members = RosterClient.parse("""
                {"id":"x","context":{"id":"c"},"members":[
                 {"user_id":"u1","name":"Ada Lovelace","roles":["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]},
                 {"user_id":"u2","given_name":"Ben","family_name":"Okri","roles":["Learner"],"status":"Inactive"},
                 {"user_id":"u3","roles":["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"]},
                 {"name":"no id"}
                ]}""");
        assertThat(members).extracting(RosterClient.Member::userId).containsExactly("u1", "u2", "u3");
        assertThat(members).extracting(RosterClient.Member::name).containsExactly("Ada Lovelace", "Ben Okri", null);
        assertThat(members).extracting(RosterClient.Member::activeLearner).containsExactly(true, false, false);
        assertThatThrownBy(() -> RosterClient.parse("<html>Moodle is down</html>"))
                .isInstanceOf(ScoreClient.ScoreNotSent.class);
        assertThatThrownBy(() -> RosterClient.parse("{\"error\":\"nope\"}")).isInstanceOf(ScoreClient.ScoreNotSent.class);
    }
}
