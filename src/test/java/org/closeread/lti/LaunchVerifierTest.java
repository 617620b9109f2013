package org.closeread.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class LaunchVerifierTest {

    static final TestLms LMS = new TestLms();
    static final Platform PLATFORM = LMS.platform("t");
    static final JWKSource<SecurityContext> KEYS = new ImmutableJWKSet<>(new JWKSet(LMS.key.toPublicJWK()));
    final LaunchVerifier verifier = new LaunchVerifier();

    private Launch verify(UnaryOperator<JWTClaimsSet.Builder> change) throws LtiRefusedException {
        return verifier.verify(LMS.sign(change.apply(LMS.launch("user-1", "course-1", "n-1", TestLms.LEARNER))
                .build()), PLATFORM, "n-1", KEYS, Instant.now());
    }

    private void refused(UnaryOperator<JWTClaimsSet.Builder> change, Refusal reason) {
        assertThatThrownBy(() -> verify(change)).isInstanceOf(LtiRefusedException.class)
                .extracting(e -> ((LtiRefusedException) e).reason()).isEqualTo(reason);
    }

    @Test
    void a_good_launch_gives_the_user_the_course_and_the_link() throws Exception {
        Launch launch = verify(b -> b.claim(Claims.CUSTOM, Map.of("lesson", "asylum", "kind", "quiz")));
        assertThat(launch.subject()).isEqualTo("user-1");
        assertThat(launch.issuer()).isEqualTo(LMS.issuer());
        assertThat(launch.contextId()).isEqualTo("course-1");
        assertThat(launch.contextTitle()).isEqualTo("8B English course-1");
        assertThat(launch.name()).contains("Ada Student");
        assertThat(launch.resourceLinkId()).contains("link-1");
        assertThat(launch.instructor()).isFalse();
        assertThat(LtiService.LessonLink.of(launch)).contains(new LtiService.LessonLink("asylum",
                org.closeread.classroom.AssignmentKind.QUIZ, org.closeread.lesson.LessonPath.FULL));
        assertThat(launch.deepLinkingRequest()).isFalse();
        assertThat(launch.deepLinking()).isEmpty();
        assertThat(launch.membershipsUrl()).isEmpty();
    }

    @Test
    void a_link_may_name_the_core_path() throws Exception {
        Launch launch = verify(b -> b.claim(Claims.CUSTOM, Map.of("lesson", "asylum", "kind", "lesson",
                "path", "core")));
        assertThat(LtiService.LessonLink.of(launch)).contains(new LtiService.LessonLink("asylum",
                org.closeread.classroom.AssignmentKind.LESSON, org.closeread.lesson.LessonPath.CORE));
    }

    @Test
    void a_deep_linking_request_brings_its_settings_and_a_launch_its_roster_address() throws Exception {
        Launch picking = verify(b -> LMS.deepLinking(b, List.of("ltiResourceLink", "link"), false));
        assertThat(picking.deepLinkingRequest()).isTrue();
        DeepLinkingSettings settings = picking.deepLinking().orElseThrow();
        assertThat(settings.returnUrl()).isEqualTo(LMS.issuer() + "/deep-link-return");
        assertThat(settings.acceptsResourceLinks()).isTrue();
        assertThat(settings.acceptMultiple()).isFalse();
        assertThat(settings.acceptLineItem()).isTrue();
        assertThat(verify(b -> LMS.deepLinking(b, List.of("ltiResourceLink"), true, false)).deepLinking()
                .orElseThrow().acceptLineItem()).isFalse();
        assertThat(settings.data()).contains(TestLms.DEEP_LINKING_DATA);
        assertThat(verify(b -> LMS.deepLinking(b, List.of("file", "html"), true)).deepLinking().orElseThrow()
                .acceptsResourceLinks()).isFalse();

        Launch withRoster = verify(b -> b.claim(Claims.NRPS, Map.of("context_memberships_url",
                "https://lms.test/memberships/9", "service_versions", List.of("2.0"))));
        assertThat(withRoster.membershipsUrl()).contains("https://lms.test/memberships/9");
        assertThat(verify(b -> b.claim(Claims.NRPS, Map.of("context_memberships_url", "not a url")))
                .membershipsUrl()).isEmpty();
    }

    @Test
    void instructors_are_told_from_learners() throws Exception {
        assertThat(verify(b -> b.claim(Claims.ROLES, List.of(TestLms.INSTRUCTOR))).instructor()).isTrue();
        assertThat(verify(b -> b.claim(Claims.ROLES, List.of(TestLms.LEARNER))).instructor()).isFalse();
    }

    @Test
    void the_lesson_may_come_from_the_target_link() throws Exception {
        Launch launch = verify(b -> b.claim(Claims.TARGET_LINK_URI, "https://x.test/lti/launch?lesson=abc"));
        assertThat(LtiService.LessonLink.of(launch)).contains(new LtiService.LessonLink("abc",
                org.closeread.classroom.AssignmentKind.LESSON, org.closeread.lesson.LessonPath.FULL));
    }

    @Test
    void refusals() {
        refused(b -> b.issuer("https://other.example"), Refusal.WRONG_ISSUER);
        refused(b -> b.audience("someone-else").claim("azp", null), Refusal.WRONG_AUDIENCE);
        refused(b -> b.audience(List.of("someone-else", LMS.clientId)).claim("azp", "someone-else"),
                Refusal.WRONG_AUDIENCE);
        refused(b -> b.expirationTime(Date.from(Instant.now().minusSeconds(120))), Refusal.EXPIRED);
        refused(b -> b.expirationTime(null), Refusal.EXPIRED);
        refused(b -> b.issueTime(Date.from(Instant.now().plusSeconds(600))), Refusal.ISSUED_IN_FUTURE);
        refused(b -> b.claim("nonce", "another"), Refusal.WRONG_NONCE);
        refused(b -> b.claim(Claims.DEPLOYMENT_ID, "deployment-2"), Refusal.UNKNOWN_DEPLOYMENT);
        refused(b -> b.claim(Claims.VERSION, "1.1"), Refusal.WRONG_VERSION);
        refused(b -> b.claim(Claims.MESSAGE_TYPE, "LtiSubmissionReviewRequest"), Refusal.UNSUPPORTED_MESSAGE);
        refused(b -> b.claim(Claims.MESSAGE_TYPE, Claims.DEEP_LINKING_REQUEST), Refusal.NO_RETURN_ADDRESS);
        refused(b -> LMS.deepLinking(b, List.of("ltiResourceLink"), true).claim(Claims.DEEP_LINKING_SETTINGS,
                Map.of("deep_link_return_url", "javascript:alert(1)", "accept_types", List.of("ltiResourceLink"))),
                Refusal.NO_RETURN_ADDRESS);
        refused(b -> b.subject(null), Refusal.NO_USER);
        refused(b -> b.claim(Claims.CONTEXT, null), Refusal.NO_CONTEXT);
    }

    @Test
    void a_tampered_token_or_another_key_is_refused() throws Exception {
        String good = LMS.sign(LMS.launch("user-1", "course-1", "n-1", TestLms.LEARNER).build());
        String[] parts = good.split("\\.");
        String forged = LMS.sign(LMS.launch("teacher-9", "course-1", "n-1", TestLms.INSTRUCTOR).build())
                .split("\\.")[1];
        String tampered = parts[0] + "." + forged + "." + parts[2];
        assertThatThrownBy(() -> verifier.verify(tampered, PLATFORM, "n-1", KEYS, Instant.now()))
                .extracting(e -> ((LtiRefusedException) e).reason()).isEqualTo(Refusal.BAD_SIGNATURE);

        RSAKey stranger = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .keyID(LMS.key.getKeyID()).generate();
        String signedByStranger = TestLms.sign(LMS.launch("user-1", "course-1", "n-1", TestLms.LEARNER).build(),
                stranger);
        assertThatThrownBy(() -> verifier.verify(signedByStranger, PLATFORM, "n-1", KEYS, Instant.now()))
                .extracting(e -> ((LtiRefusedException) e).reason()).isEqualTo(Refusal.BAD_SIGNATURE);

        assertThatThrownBy(() -> verifier.verify("not.a.token", PLATFORM, "n-1", KEYS, Instant.now()))
                .extracting(e -> ((LtiRefusedException) e).reason()).isEqualTo(Refusal.MALFORMED_TOKEN);
        // verifying still works after all that
        assertThat(verify(b -> b).subject()).isEqualTo("user-1");
    }
}
