package org.closeread.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.closeread.classroom.AssignmentKind;
import org.closeread.classroom.ClassAdminService;
import org.closeread.classroom.Classroom;
import org.closeread.lesson.LessonPath;
import org.closeread.lesson.LessonService;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.closeread.security.Framing;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Deep Linking 2.0 against the in-test platform: an instructor's deep-linking request lands on the picker,
 * the pick goes back to the platform as a response JWT our published key verifies, and the link the platform
 * made from it brings a student into that lesson, with the quiz score posted to the link's line item.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LtiDeepLinkingTest {

    static final String OWNER = "lti-dl-owner";
    static final String SLUG = "china-russia-defence-ministers";
    static final Pattern FORM = Pattern.compile("<form id=\"lti-deep-link\" method=\"post\" action=\"([^\"]+)\">"
            + "<input type=\"hidden\" name=\"JWT\" value=\"([^\"]+)\">");
    static TestLms lms;

    @Autowired
    MockMvc mvc;
    @Autowired
    LtiService lti;
    @Autowired
    GradeService grades;
    @Autowired
    QuizService quizzes;
    @Autowired
    LessonService lessons;
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
        lms.registerIn(lti, teachers, OWNER, "Deep Link Owner");
    }

    private MvcResult launch(String subject, String context, String role, UnaryOperator<JWTClaimsSet.Builder> change)
            throws Exception {
        MvcResult login = mvc.perform(post("/lti/login").param("iss", lms.issuer()).param("login_hint", "h")
                .param("target_link_uri", "http://localhost/lti/launch").param("client_id", lms.clientId)).andReturn();
        var query = UriComponentsBuilder.fromUriString(login.getResponse().getHeader("Location")).build()
                .getQueryParams();
        String token = lms.sign(change.apply(lms.launch(subject, context, query.getFirst("nonce"), role)).build());
        return mvc.perform(post("/lti/launch").param("id_token", token).param("state", query.getFirst("state")))
                .andReturn();
    }

    private MvcResult pickingLaunch(List<String> acceptTypes) throws Exception {
        return launch("teacher-dl", "dl-course", TestLms.INSTRUCTOR,
                b -> lms.deepLinking(b, acceptTypes, false));
    }

    private static void refused(MvcResult result, int status, Refusal reason) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat(result.getResponse().getContentAsString()).contains("data-reason=\"" + reason.name() + "\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_instructor_picks_a_lesson_the_lms_links_it_and_a_student_s_score_reaches_its_line_item()
            throws Exception {
        // The platform asks CloseRead for an activity: the instructor lands on the picker.
        MvcResult picking = pickingLaunch(List.of("ltiResourceLink", "link"));
        assertThat(picking.getResponse().getStatus()).isEqualTo(303);
        MockHttpSession session = (MockHttpSession) picking.getRequest().getSession(false);
        Handover handover = (Handover) session.getAttribute(Handover.SESSION_ATTRIBUTE);
        assertThat(handover.path()).isEqualTo(LtiService.PICKER_PATH);
        assertThat(handover.participant()).isEmpty();
        DeepLinkRequest request = (DeepLinkRequest) session.getAttribute(DeepLinkRequest.SESSION_ATTRIBUTE);
        assertThat(request.returnUrl()).isEqualTo(lms.issuer() + "/deep-link-return");
        assertThat(session.getAttribute(Framing.FORM_TARGETS_ATTRIBUTE)).isEqualTo(lms.base());
        assertThat(lti.pickableLessons()).extracting(l -> l.slug()).contains(SLUG);
        assertThat(lti.pickableLessons()).filteredOn(l -> l.slug().equals(SLUG)).singleElement()
                .satisfies(l -> assertThat(l.twoPaths()).isTrue());

        // The pick: guided reading on the core path. The answer posts itself to the platform's return address.
        MvcResult answer = mvc.perform(post("/lti/deep-link").session(session).param("request", request.id())
                .param("lesson", SLUG).param("kind", "lesson").param("path", "core")).andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getHeader("Content-Security-Policy"))
                .contains("form-action 'self' " + lms.base()).contains("frame-ancestors 'self' " + lms.base());
        Matcher form = FORM.matcher(answer.getResponse().getContentAsString());
        assertThat(form.find()).isTrue();
        assertThat(form.group(1)).isEqualTo(lms.issuer() + "/deep-link-return");
        assertThat(answer.getResponse().getContentAsString()).contains("document.getElementById('lti-deep-link').submit()");

        // What the platform checks: our signature (the key named in the header, from /lti/jwks) and the claims.
        SignedJWT jwt = SignedJWT.parse(form.group(2));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        JWKSet published = JWKSet.parse(mvc.perform(get("/lti/jwks")).andReturn().getResponse().getContentAsString());
        RSAKey key = (RSAKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(lms.clientId);
        assertThat(claims.getAudience()).containsExactly(lms.issuer());
        assertThat(claims.getStringClaim("nonce")).isNotBlank();
        assertThat(claims.getIssueTime().toInstant()).isBefore(Instant.now().plusSeconds(1));
        assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
        assertThat(claims.getStringClaim(Claims.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim(Claims.VERSION)).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim(Claims.DEPLOYMENT_ID)).isEqualTo(lms.deploymentId);
        assertThat(claims.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"))
                .isEqualTo(TestLms.DEEP_LINKING_DATA);
        List<Object> items = (List<Object>) claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertThat(items).hasSize(1);
        Map<String, Object> item = (Map<String, Object>) items.getFirst();
        String title = lessons.reading(SLUG).orElseThrow().lesson().title();
        assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("title", title)
                .containsEntry("url", "http://localhost/lti/launch");
        assertThat((Map<String, Object>) item.get("custom")).containsEntry("lesson", SLUG)
                .containsEntry("kind", "lesson").containsEntry("path", "core");
        Map<String, Object> lineItem = (Map<String, Object>) item.get("lineItem");
        assertThat(((Number) lineItem.get("scoreMaximum")).intValue()).isEqualTo(100);
        assertThat(lineItem).containsEntry("label", title).containsEntry("resourceId", SLUG + "/lesson");

        // The request is answered once.
        refused(mvc.perform(post("/lti/deep-link").session(session).param("request", request.id())
                .param("lesson", SLUG)).andReturn(), 400, Refusal.PICK_EXPIRED);

        // The platform makes the link with its line item; a student opens it.
        TestLms.CreatedLink link = lms.createLink(JSONObjectUtils.parse(JSONObjectUtils.toJSONString(item)));
        String subject = "dl-student-" + System.nanoTime();
        String context = "dl-course-" + System.nanoTime();
        MvcResult launched = launch(subject, context, TestLms.LEARNER, b -> b
                .claim(Claims.CUSTOM, link.custom())
                .claim(Claims.AGS_ENDPOINT, Map.of("scope", List.of(Claims.AGS_SCORE_SCOPE),
                        "lineitem", link.lineItem())));
        assertThat(launched.getResponse().getStatus()).isEqualTo(303);
        Handover student = (Handover) launched.getRequest().getSession(false).getAttribute(Handover.SESSION_ATTRIBUTE);
        assertThat(student.path()).isEqualTo("lessons/" + SLUG + "?path=core");
        Classroom made = classrooms.classes(OWNER).stream().filter(c -> c.name().equals("8B English " + context))
                .findFirst().orElseThrow();
        assertThat(made.assignments()).singleElement().satisfies(a -> {
            assertThat(a.lessonSlug()).isEqualTo(SLUG);
            assertThat(a.kind()).isEqualTo(AssignmentKind.LESSON);
            assertThat(a.lessonPath()).isEqualTo(LessonPath.CORE);
        });

        Participant participant = student.student();
        long attempt = quizzes.start(participant, SLUG, "quiz").orElseThrow().id();
        int percent = quizzes.finish(participant, attempt).percent();
        grades.sendDue(Instant.now());
        Map<String, String> received = lms.scores.stream().filter(s -> s.get("body").contains(subject)).findFirst()
                .orElseThrow();
        assertThat(received.get("path")).isEqualTo(UriComponentsBuilder.fromUriString(link.lineItem()).build()
                .getPath() + "/scores");
        Map<String, Object> score = JSONObjectUtils.parse(received.get("body"));
        assertThat(((Number) score.get("scoreGiven")).intValue()).isEqualTo(percent);
        assertThat(((Number) score.get("scoreMaximum")).intValue()).isEqualTo(100);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_quiz_alone_is_a_link_of_its_own_kind_and_without_a_line_item_where_the_lms_takes_none()
            throws Exception {
        MockHttpSession session = (MockHttpSession) launch("teacher-dl", "dl-course", TestLms.INSTRUCTOR,
                b -> lms.deepLinking(b, List.of("ltiResourceLink"), true, false)).getRequest().getSession(false);
        DeepLinkRequest request = (DeepLinkRequest) session.getAttribute(DeepLinkRequest.SESSION_ATTRIBUTE);
        // A lesson that does not exist is refused, and the request still waits for a good pick.
        refused(mvc.perform(post("/lti/deep-link").session(session).param("request", request.id())
                .param("lesson", "no-such-lesson").param("kind", "quiz")).andReturn(), 400, Refusal.UNKNOWN_LESSON);
        MvcResult answer = mvc.perform(post("/lti/deep-link").session(session).param("request", request.id())
                .param("lesson", SLUG).param("kind", "quiz").param("path", "core")).andReturn();
        Matcher form = FORM.matcher(answer.getResponse().getContentAsString());
        assertThat(form.find()).isTrue();
        Map<String, Object> item = (Map<String, Object>) ((List<Object>) SignedJWT.parse(form.group(2))
                .getJWTClaimsSet().getClaim(Claims.CONTENT_ITEMS)).getFirst();
        assertThat((Map<String, Object>) item.get("custom")).containsEntry("kind", "quiz").containsEntry("path", "full");
        assertThat(item).doesNotContainKey("lineItem");
        assertThat(DeepLinkResponse.contentItem(new DeepLinkResponse.Pick(SLUG, "T", AssignmentKind.QUIZ,
                LessonPath.FULL), "http://localhost/lti/launch", "T", true))
                .extractingByKey("lineItem").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("resourceId", SLUG + "/quiz");
    }

    @Test
    void requests_that_cannot_be_answered_are_refused() throws Exception {
        // The platform takes no LTI links here.
        refused(pickingLaunch(List.of("file", "html")), 400, Refusal.LINK_NOT_ACCEPTED);
        // A learner cannot pick.
        refused(launch("learner-dl", "dl-course", TestLms.LEARNER, b -> lms.deepLinking(b,
                List.of("ltiResourceLink"), true)), 403, Refusal.NOT_TEACHING_STAFF);
        // A pick without a waiting request, or with another request's id.
        refused(mvc.perform(post("/lti/deep-link").param("request", "guess").param("lesson", SLUG)).andReturn(), 400,
                Refusal.PICK_EXPIRED);
        MockHttpSession session = (MockHttpSession) pickingLaunch(List.of("ltiResourceLink")).getRequest()
                .getSession(false);
        refused(mvc.perform(post("/lti/deep-link").session(session).param("request", "guess").param("lesson", SLUG))
                .andReturn(), 400, Refusal.PICK_EXPIRED);
        refused(mvc.perform(post("/lti/deep-link").session(session)).andReturn(), 400, Refusal.MISSING_PARAMETER);
        // Outside this request's page, the form may post to our own site only.
        assertThat(mvc.perform(get("/lti/jwks").session(session)).andReturn().getResponse()
                .getHeader("Content-Security-Policy")).contains("form-action 'self';");
    }
}
