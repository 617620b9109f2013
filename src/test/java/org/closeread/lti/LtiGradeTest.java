package org.closeread.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/** Grade passback to the in-test platform: the outbox keeps the score while the LMS is down, then posts it. */
@SpringBootTest
@AutoConfigureMockMvc
class LtiGradeTest {

    static final String OWNER = "lti-grade-owner";
    static final String SLUG = "china-russia-defence-ministers";
    static TestLms lms;

    @Autowired
    MockMvc mvc;
    @Autowired
    LtiService lti;
    @Autowired
    GradeService grades;
    @Autowired
    ToolKeyService keys;
    @Autowired
    QuizService quizzes;
    @Autowired
    TeacherAccountService teachers;

    @BeforeAll
    static void startLms() throws Exception {
        lms = new TestLms().start();
    }

    @AfterAll
    static void stopLms() {
        lms.close();
    }

    private Participant launchWithLineItem(String subject, String lineItem) throws Exception {
        lms.registerIn(lti, teachers, OWNER, "Grade Owner");
        MvcResult login = mvc.perform(post("/lti/login").param("iss", lms.issuer()).param("login_hint", "h")
                .param("target_link_uri", "http://localhost/lti/launch").param("client_id", lms.clientId)).andReturn();
        var query = UriComponentsBuilder.fromUriString(login.getResponse().getHeader("Location")).build()
                .getQueryParams();
        String token = lms.sign(lms.launch(subject, "grade-course", query.getFirst("nonce"), TestLms.LEARNER)
                .claim(Claims.CUSTOM, Map.of("lesson", SLUG, "kind", "quiz"))
                .claim(Claims.AGS_ENDPOINT, Map.of("scope", List.of(Claims.AGS_SCORE_SCOPE,
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly"),
                        "lineitem", lineItem, "lineitems", lms.base() + "/lineitems?course=9"))
                .build());
        MvcResult launched = mvc.perform(post("/lti/launch").param("id_token", token)
                .param("state", query.getFirst("state"))).andReturn();
        assertThat(launched.getResponse().getStatus()).isEqualTo(303);
        return ((Handover) launched.getRequest().getSession(false).getAttribute(Handover.SESSION_ATTRIBUTE)).student();
    }

    @Test
    void a_finished_quiz_waits_in_the_outbox_while_the_lms_is_down_and_reaches_it_after() throws Exception {
        String subject = "grade-student-" + System.nanoTime();
        Participant student = launchWithLineItem(subject, lms.base() + "/lineitems/7/lineitem?type=quiz");
        long attempt = quizzes.start(student, SLUG, "quiz").orElseThrow().id();
        int percent = quizzes.finish(student, attempt).percent();

        List<LtiStore.OutboxScore> waiting = grades.scoresOf(subject);
        assertThat(waiting).singleElement().satisfies(s -> {
            assertThat(s.sentAt()).isEmpty();
            assertThat(s.given()).isEqualTo(percent);
            assertThat(s.maximum()).isEqualTo(100);
        });

        lms.down.set(true);
        Instant now = Instant.now();
        grades.sendDue(now);
        LtiStore.OutboxScore failed = grades.scoresOf(subject).getFirst();
        assertThat(failed.sentAt()).isEmpty();
        assertThat(failed.tries()).isEqualTo(1);
        assertThat(failed.lastError()).hasValueSatisfying(e -> assertThat(e).contains("503"));
        assertThat(failed.nextTry()).isAfter(now);
        // Not due again before its wait is over, so nothing is posted even when the LMS is back.
        lms.down.set(false);
        grades.sendDue(now);
        assertThat(lms.scores.stream().filter(s -> s.get("body").contains(subject))).isEmpty();
        // A second failure waits longer.
        lms.down.set(true);
        grades.sendDue(failed.nextTry());
        LtiStore.OutboxScore twice = grades.scoresOf(subject).getFirst();
        assertThat(twice.tries()).isEqualTo(2);
        assertThat(Duration.between(failed.nextTry(), twice.nextTry()))
                .isGreaterThan(Duration.between(now, failed.nextTry()));

        lms.down.set(false);
        grades.sendDue(twice.nextTry());
        assertThat(grades.scoresOf(subject).getFirst().sentAt()).isPresent();
        Map<String, String> received = lms.scores.stream().filter(s -> s.get("body").contains(subject)).findFirst()
                .orElseThrow();
        assertThat(received.get("path")).isEqualTo("/lineitems/7/lineitem/scores?type=quiz");
        assertThat(received.get("contentType")).isEqualTo("application/vnd.ims.lis.v1.score+json");
        assertThat(received.get("authorization")).isEqualTo("Bearer " + TestLms.ACCESS_TOKEN);
        Map<String, Object> score = JSONObjectUtils.parse(received.get("body"));
        assertThat(score).containsEntry("userId", subject).containsEntry("activityProgress", "Completed")
                .containsEntry("gradingProgress", "FullyGraded")
                .containsEntry("comment", "CloseRead quiz: " + lessonTitle());
        assertThat(((Number) score.get("scoreGiven")).intValue()).isEqualTo(percent);
        assertThat(((Number) score.get("scoreMaximum")).intValue()).isEqualTo(100);
        assertThat(Instant.parse((String) score.get("timestamp"))).isBefore(Instant.now().plusSeconds(1));

        // The token request: client_credentials with an assertion our published key verifies.
        Map<String, String> form = new HashMap<>();
        for (String pair : lms.tokenRequests.getLast().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(form).containsEntry("grant_type", "client_credentials")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .containsEntry("scope", "https://purl.imsglobal.org/spec/lti-ags/scope/score");
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        RSAKey published = (RSAKey) keys.publicKeys().getKeyByKeyId(assertion.getHeader().getKeyID());
        assertThat(assertion.verify(new RSASSAVerifier(published))).isTrue();
        assertThat(assertion.getJWTClaimsSet().getIssuer()).isEqualTo(lms.clientId);
        assertThat(assertion.getJWTClaimsSet().getAudience()).containsExactly(lms.tokenUrl());

        // Sent is sent: nothing goes twice.
        int before = lms.scores.size();
        grades.sendDue(Instant.now().plus(Duration.ofDays(1)));
        assertThat(lms.scores.stream().filter(s -> s.get("body").contains(subject))).hasSize(1);
        assertThat(lms.scores.size()).isEqualTo(before);
    }

    @Test
    void a_student_whose_link_has_no_line_item_sends_nothing() throws Exception {
        String subject = "no-grade-" + System.nanoTime();
        if (!teachers.exists(OWNER)) {
            teachers.create(OWNER, "Grade Owner", "correct horse battery staple");
        }
        Participant student = launchWithLineItem(subject, "");
        long attempt = quizzes.start(student, SLUG, "quiz").orElseThrow().id();
        quizzes.finish(student, attempt);
        assertThat(grades.scoresOf(subject)).isEmpty();
    }

    @Autowired
    org.closeread.lesson.LessonService lessons;

    private String lessonTitle() {
        return lessons.reading(SLUG).orElseThrow().lesson().title();
    }
}
