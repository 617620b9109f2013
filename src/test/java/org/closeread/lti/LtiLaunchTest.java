package org.closeread.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.closeread.classroom.Classroom;
import org.closeread.classroom.ClassAdminService;
import org.closeread.security.Framing;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The LTI 1.3 login and launch against a platform that lives in the test (its JWK set served on loopback):
 * a good launch puts the student into the course's class (made once) and the refusals refuse.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LtiLaunchTest {

    static final String OWNER = "lti-owner";
    static final String SLUG = "china-russia-defence-ministers";
    static TestLms lms;

    @Autowired
    MockMvc mvc;
    @Autowired
    LtiService lti;
    @Autowired
    ToolKeyService keys;
    @Autowired
    ClassAdminService classrooms;
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

    @BeforeEach
    void register() {
        lms.registerIn(lti, teachers, OWNER, "LTI Owner");
    }

    record Login(String state, String nonce) {
    }

    private Login login() throws Exception {
        MvcResult result = mvc.perform(post("/lti/login").param("iss", lms.issuer()).param("login_hint", "hint-7")
                .param("target_link_uri", "http://localhost/lti/launch").param("lti_message_hint", "msg-3")
                .param("client_id", lms.clientId)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String location = result.getResponse().getHeader("Location");
        assertThat(location).startsWith(lms.authUrl() + "?");
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        assertThat(query.getFirst("scope")).isEqualTo("openid");
        assertThat(query.getFirst("response_type")).isEqualTo("id_token");
        assertThat(query.getFirst("response_mode")).isEqualTo("form_post");
        assertThat(query.getFirst("prompt")).isEqualTo("none");
        assertThat(query.getFirst("client_id")).isEqualTo(lms.clientId);
        assertThat(query.getFirst("login_hint")).isEqualTo("hint-7");
        assertThat(query.getFirst("lti_message_hint")).isEqualTo("msg-3");
        assertThat(query.getFirst("redirect_uri")).isEqualTo("http://localhost/lti/launch");
        return new Login(query.getFirst("state"), query.getFirst("nonce"));
    }

    private MvcResult launch(String idToken, String state) throws Exception {
        return mvc.perform(post("/lti/launch").param("id_token", idToken).param("state", state)).andReturn();
    }

    private MvcResult launchAs(String subject, String context, String role,
                               UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        Login login = login();
        JWTClaimsSet claims = change.apply(lms.launch(subject, context, login.nonce(), role)
                .claim(Claims.CUSTOM, Map.of("lesson", SLUG, "kind", "quiz"))).build();
        return launch(lms.sign(claims), login.state());
    }

    private static void refused(MvcResult result, int status, Refusal reason) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat(result.getResponse().getContentAsString()).contains("data-reason=\"" + reason.name() + "\"");
        assertThat(result.getRequest().getSession(false) == null
                || result.getRequest().getSession(false).getAttribute(Handover.SESSION_ATTRIBUTE) == null).isTrue();
    }

    private List<Classroom> classesNamed(String name) {
        return classrooms.classes(OWNER).stream().filter(c -> c.name().equals(name)).toList();
    }

    @Test
    void a_student_lands_in_the_quiz_of_the_class_made_once_for_the_course() throws Exception {
        String context = "course-" + System.nanoTime();
        MvcResult first = launchAs("student-1", context, TestLms.LEARNER, b -> b);
        assertThat(first.getResponse().getStatus()).isEqualTo(303);
        assertThat(first.getResponse().getHeader("Location")).isEqualTo("http://localhost/lti/welcome");
        assertThat(first.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors *");
        assertThat(first.getResponse().getHeader("X-Frame-Options")).isNull();
        HttpSession session = first.getRequest().getSession(false);
        Handover handover = (Handover) session.getAttribute(Handover.SESSION_ATTRIBUTE);
        assertThat(handover.path()).isEqualTo("lessons/" + SLUG + "/quiz");
        assertThat(handover.participant()).isPresent();
        assertThat(handover.student().displayName()).isEqualTo("Ada Student");
        assertThat((String) session.getAttribute(Framing.SESSION_ATTRIBUTE)).isEqualTo(lms.base());

        List<Classroom> made = classesNamed("8B English " + context);
        assertThat(made).hasSize(1);
        assertThat(made.getFirst().assignments()).extracting(a -> a.lessonSlug()).containsExactly(SLUG);
        assertThat(made.getFirst().members()).hasSize(1);

        // The same student again: the same participant, still one class with one member.
        MvcResult again = launchAs("student-1", context, TestLms.LEARNER, b -> b);
        Handover second = (Handover) again.getRequest().getSession(false).getAttribute(Handover.SESSION_ATTRIBUTE);
        assertThat(second.student().id()).isEqualTo(handover.student().id());
        assertThat(classesNamed("8B English " + context)).hasSize(1).first()
                .satisfies(c -> assertThat(c.members()).hasSize(1));

        // Another student of the course joins the same class.
        launchAs("student-2", context, TestLms.LEARNER, b -> b);
        assertThat(classesNamed("8B English " + context)).hasSize(1).first()
                .satisfies(c -> assertThat(c.members()).hasSize(2));

        // A page of the launched session may be framed by the LMS, and only by it.
        MvcResult page = mvc.perform(get("/lti/jwks").session((org.springframework.mock.web.MockHttpSession) session))
                .andReturn();
        assertThat(page.getResponse().getHeader("Content-Security-Policy"))
                .contains("frame-ancestors 'self' " + lms.base());
        MvcResult stranger = mvc.perform(get("/lti/jwks")).andReturn();
        assertThat(stranger.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(stranger.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void an_instructor_lands_on_the_class_page() throws Exception {
        String context = "course-" + System.nanoTime();
        MvcResult result = launchAs("teacher-1", context, TestLms.INSTRUCTOR, b -> b);
        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        Handover handover = (Handover) result.getRequest().getSession(false).getAttribute(Handover.SESSION_ATTRIBUTE);
        Classroom made = classesNamed("8B English " + context).getFirst();
        assertThat(handover.path()).isEqualTo("teacher/classes/" + made.id());
        assertThat(handover.participant()).isEmpty();
        assertThat(made.members()).isEmpty();
    }

    @Test
    void a_replayed_launch_is_refused() throws Exception {
        Login login = login();
        String token = lms.sign(lms.launch("student-r", "course-r", login.nonce(), TestLms.LEARNER).build());
        assertThat(launch(token, login.state()).getResponse().getStatus()).isEqualTo(303);
        // The same post again: its state is used up.
        refused(launch(token, login.state()), 401, Refusal.UNKNOWN_STATE);
        // The same token with a fresh login: the nonce is not this login's.
        refused(launch(token, login().state()), 401, Refusal.WRONG_NONCE);
    }

    @Test
    void tokens_for_someone_else_from_someone_else_or_too_old_are_refused() throws Exception {
        refused(launchAs("s", "c", TestLms.LEARNER, b -> b.audience("another-tool").claim("azp", null)), 401,
                Refusal.WRONG_AUDIENCE);
        refused(launchAs("s", "c", TestLms.LEARNER, b -> b.issuer("https://evil.example")), 401,
                Refusal.WRONG_ISSUER);
        refused(launchAs("s", "c", TestLms.LEARNER, b -> b
                .issueTime(Date.from(Instant.now().minusSeconds(900)))
                .expirationTime(Date.from(Instant.now().minusSeconds(300)))), 401, Refusal.EXPIRED);
        refused(launchAs("s", "c", TestLms.LEARNER, b -> b.claim(Claims.DEPLOYMENT_ID, "unknown-deployment")), 401,
                Refusal.UNKNOWN_DEPLOYMENT);
    }

    @Test
    void a_tampered_signature_is_refused() throws Exception {
        Login login = login();
        String good = lms.sign(lms.launch("student-t", "course-t", login.nonce(), TestLms.LEARNER).build());
        String[] parts = good.split("\\.");
        String instructorClaims = lms.sign(lms.launch("student-t", "course-t", login.nonce(), TestLms.INSTRUCTOR)
                .build()).split("\\.")[1];
        refused(launch(parts[0] + "." + instructorClaims + "." + parts[2], login.state()), 401, Refusal.BAD_SIGNATURE);

        RSAKey stranger = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .keyID(lms.key.getKeyID()).generate();
        Login another = login();
        refused(launch(TestLms.sign(lms.launch("student-t", "course-t", another.nonce(), TestLms.LEARNER).build(),
                stranger), another.state()), 401, Refusal.BAD_SIGNATURE);
    }

    @Test
    void logins_without_a_registered_platform_or_parameters_are_refused() throws Exception {
        refused(mvc.perform(get("/lti/login")).andReturn(), 400, Refusal.MISSING_PARAMETER);
        refused(mvc.perform(get("/lti/login").param("iss", "https://unknown.example").param("login_hint", "x")
                .param("target_link_uri", "http://localhost/lti/launch")).andReturn(), 400, Refusal.UNKNOWN_PLATFORM);
        refused(mvc.perform(post("/lti/launch")).andReturn(), 400, Refusal.MISSING_PARAMETER);
        refused(launch("a.b.c", "no-such-state"), 401, Refusal.UNKNOWN_STATE);
        // GET works as POST for the login.
        assertThat(mvc.perform(get("/lti/login").param("iss", lms.issuer()).param("login_hint", "x")
                .param("target_link_uri", "http://localhost/lti/launch")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    @Test
    void the_jwks_serves_the_public_keys_and_rotation_keeps_the_old_one_published() throws Exception {
        RSAKey signing = keys.signingKey();
        JWKSet served = JWKSet.parse(mvc.perform(get("/lti/jwks")).andReturn().getResponse().getContentAsString());
        assertThat(served.getKeyByKeyId(signing.getKeyID())).isNotNull();
        assertThat(served.getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
        assertThat(keys.signingKey().getKeyID()).isEqualTo(signing.getKeyID());

        RSAKey next = keys.rotate();
        assertThat(keys.signingKey().getKeyID()).isEqualTo(next.getKeyID());
        JWKSet both = JWKSet.parse(mvc.perform(get("/lti/jwks")).andReturn().getResponse().getContentAsString());
        assertThat(both.getKeyByKeyId(signing.getKeyID())).isNotNull();
        assertThat(both.getKeyByKeyId(next.getKeyID())).isNotNull();
        keys.dropRetired();
        JWKSet after = JWKSet.parse(mvc.perform(get("/lti/jwks")).andReturn().getResponse().getContentAsString());
        assertThat(after.getKeyByKeyId(signing.getKeyID())).isNull();
        assertThat(after.getKeyByKeyId(next.getKeyID())).isNotNull();
    }

    @Test
    void a_teacher_cannot_take_over_another_teachers_registration() {
        if (!teachers.exists("lti-other")) {
            teachers.create("lti-other", "Other", "correct horse battery staple");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lti.register("lti-other", lms.issuer(),
                lms.clientId, "d", lms.jwksUrl(), lms.authUrl(), lms.tokenUrl()))
                .isInstanceOf(LtiService.RegistrationException.class).hasMessage("lti.register.error.taken");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lti.register(OWNER, lms.issuer(), lms.clientId,
                        lms.deploymentId, "not a url", lms.authUrl(), lms.tokenUrl()))
                .isInstanceOf(LtiService.RegistrationException.class).hasMessage("lti.register.error.jwks");
    }
}
