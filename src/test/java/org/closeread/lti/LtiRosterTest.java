package org.closeread.lti;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.closeread.KaribuTest;
import org.closeread.classroom.ClassAdminService;
import org.closeread.classroom.Classroom;
import org.closeread.classroom.LmsLinks;
import org.closeread.lti.ui.LtiPickView;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The LMS roster (Names and Role Provisioning Services 2.0) from the in-test platform, page by page, on the
 * class page of the course's class: its learners and who has not opened CloseRead yet; when the LMS is down
 * the page says so and keeps the roster it had. Also the deep-linking picker page and the LMS user ids the
 * results CSV gets.
 */
class LtiRosterTest extends KaribuTest {

    static final String OWNER = "lti-roster-owner";
    static final String SLUG = "china-russia-defence-ministers";
    static TestLms lms;

    @Autowired
    LtiService lti;
    @Autowired
    RosterService rosters;
    @Autowired
    ClassAdminService classrooms;
    @Autowired
    TeacherAccountService teachers;

    @Override
    @SuppressWarnings("unchecked")
    protected Set<Class<? extends Component>> views() {
        try {
            return Set.of((Class<? extends Component>) Class.forName("org.closeread.classroom.ui.ClassView"),
                    (Class<? extends Component>) Class.forName("org.closeread.classroom.ui.ResultsView"),
                    LtiPickView.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void startLms() throws Exception {
        lms = new TestLms().start();
        lms.roster.addAll(List.of(
                TestLms.member("s-1", "Ada Lovelace", TestLms.LEARNER, "Active"),
                TestLms.member("t-1", "Ms Teacher", TestLms.INSTRUCTOR, "Active"),
                TestLms.member("s-2", "Ben Okri", TestLms.LEARNER, "Active"),
                TestLms.member("s-4", "Dee Gone", TestLms.LEARNER, "Inactive"),
                TestLms.member("s-3", "Cai Wen", "Learner", "Active")));
    }

    @AfterAll
    static void stopLms() {
        lms.close();
    }

    @BeforeEach
    void register() {
        lms.registerIn(lti, teachers, OWNER, "Roster Owner");
        lms.down.set(false);
    }

    private LtiService.Landing launch(String subject, String context, String role,
                                      UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        URI login = lti.login(Map.of("iss", lms.issuer(), "login_hint", "h", "client_id", lms.clientId,
                "target_link_uri", "http://localhost/lti/launch"), "http://localhost/lti/launch");
        var query = UriComponentsBuilder.fromUri(login).build().getQueryParams();
        String nonce = URLDecoder.decode(query.getFirst("nonce"), StandardCharsets.UTF_8);
        String state = URLDecoder.decode(query.getFirst("state"), StandardCharsets.UTF_8);
        return lti.launch(lms.sign(change.apply(lms.launch(subject, context, nonce, role)).build()), state);
    }

    private Classroom courseClass(String context) {
        return classrooms.classes(OWNER).stream().filter(c -> c.name().equals("8B English " + context)).findFirst()
                .orElseThrow();
    }

    private String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void the_class_page_shows_the_lms_learners_and_who_has_not_launched_and_keeps_them_when_the_lms_is_down()
            throws Exception {
        String context = "roster-" + System.nanoTime();
        launch("t-1", context, TestLms.INSTRUCTOR, b -> b.claim(Claims.NRPS, lms.namesRoleService(context)));
        LtiService.Landing ada = launch("s-1", context, TestLms.LEARNER, b -> b
                .claim(Claims.CUSTOM, Map.of("lesson", SLUG, "kind", "quiz"))
                .claim(Claims.NRPS, lms.namesRoleService(context)));
        Classroom classroom = courseClass(context);

        int before = lms.membershipRequests.size();
        LmsLinks.Roster roster = rosters.roster(OWNER, classroom.id(), false).orElseThrow();
        assertThat(roster.learners()).extracting(LmsLinks.RosterMember::name)
                .containsExactly("Ada Lovelace", "Ben Okri", "Cai Wen");
        assertThat(roster.learners()).extracting(LmsLinks.RosterMember::launched).containsExactly(true, false, false);
        assertThat(roster.notLaunched()).extracting(LmsLinks.RosterMember::userId).containsExactly("s-2", "s-3");
        assertThat(roster.fetchedAt()).isPresent();
        assertThat(roster.failedAt()).isEmpty();
        // Three pages of two, each asked for with the token and the membership media type.
        List<Map<String, String>> asked = lms.membershipRequests.subList(before, lms.membershipRequests.size());
        assertThat(asked).extracting(r -> r.get("uri")).containsExactly("/memberships/" + context,
                "/memberships/" + context + "?page=1", "/memberships/" + context + "?page=2");
        assertThat(asked).allSatisfy(r -> {
            assertThat(r.get("accept")).isEqualTo("application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
            assertThat(r.get("authorization")).isEqualTo("Bearer " + TestLms.ACCESS_TOKEN);
        });
        assertThat(URLDecoder.decode(lms.tokenRequests.getLast(), StandardCharsets.UTF_8))
                .contains("scope=https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
        // A fresh roster is not fetched again.
        rosters.roster(OWNER, classroom.id(), false);
        assertThat(lms.membershipRequests).hasSize(before + 3);
        // Another teacher gets nothing.
        assertThat(rosters.roster("someone-else", classroom.id(), true)).isEmpty();

        // The results CSV's LMS columns: the student's user id and the platform.
        assertThat(rosters.lmsUsers(classroom.id()))
                .containsEntry(ada.student().orElseThrow().id(), new LmsLinks.LmsUser(lms.issuer(), "s-1"));

        // On the class page.
        login(OWNER, "TEACHER");
        ui().navigate("teacher/classes/" + classroom.id());
        assertThat(text("lti-roster-summary")).contains("3 learners are on the LMS course's roster")
                .contains("2 have not opened CloseRead yet");
        assertThat(text("lti-roster-table")).contains("Ada Lovelace").contains("Ben Okri").contains("Not yet")
                .doesNotContain("Ms Teacher").doesNotContain("Dee Gone");
        assertThat(_find(Paragraph.class, spec -> spec.withId("lti-roster-problem"))).isEmpty();

        // The LMS is down: the page says so, and still shows the roster it had.
        lms.down.set(true);
        _click(_get(Button.class, spec -> spec.withId("lti-roster-refresh")));
        assertThat(text("lti-roster-problem")).contains("could not be reached");
        assertThat(text("lti-roster-table")).contains("Ada Lovelace").contains("Cai Wen");
        LmsLinks.Roster kept = rosters.roster(OWNER, classroom.id(), false).orElseThrow();
        assertThat(kept.failedAt()).isPresent();
        assertThat(kept.fetchedAt()).isEqualTo(roster.fetchedAt());
        assertThat(kept.learners()).hasSize(3);

        // Back up, and Ben has launched meanwhile.
        lms.down.set(false);
        launch("s-2", context, TestLms.LEARNER, b -> b.claim(Claims.CUSTOM, Map.of("lesson", SLUG)));
        _click(_get(Button.class, spec -> spec.withId("lti-roster-refresh")));
        assertThat(_find(Paragraph.class, spec -> spec.withId("lti-roster-problem"))).isEmpty();
        assertThat(text("lti-roster-summary")).contains("1 has not opened CloseRead yet");
    }

    @Test
    void the_results_csv_of_the_course_class_names_each_students_lms_user() throws Exception {
        String context = "csv-" + System.nanoTime();
        launch("s-1", context, TestLms.LEARNER, b -> b.claim(Claims.CUSTOM, Map.of("lesson", SLUG, "kind", "quiz")));
        Classroom classroom = courseClass(context);
        login(OWNER, "TEACHER");
        ui().navigate("teacher/classes/" + classroom.id() + "/results/" + classroom.assignments().getFirst().id());
        Component results = _get(Component.class, spec -> spec.withClasses("results-view"));
        java.lang.reflect.Method csv = results.getClass().getDeclaredMethod("csvDownload");
        csv.setAccessible(true);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.vaadin.flow.server.streams.DownloadEvent event = org.mockito.Mockito.mock(
                com.vaadin.flow.server.streams.DownloadEvent.class);
        org.mockito.Mockito.when(event.getOutputStream()).thenReturn(out);
        org.mockito.Mockito.when(event.getSession()).thenReturn(VaadinSession.getCurrent());
        ((com.vaadin.flow.server.streams.DownloadHandler) csv.invoke(results)).handleDownloadRequest(event);
        List<String> lines = out.toString(StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.getFirst()).startsWith("Class,Lesson,Student").endsWith(",LMS user id,LMS (issuer)");
        assertThat(lines.subList(1, lines.size())).isNotEmpty()
                .allSatisfy(line -> assertThat(line).endsWith(",s-1," + lms.issuer()));
    }

    @Test
    void a_class_made_here_or_without_a_roster_service_shows_no_roster() throws Exception {
        Classroom own = classrooms.create(OWNER, "Made here");
        assertThat(rosters.roster(OWNER, own.id(), true)).isEmpty();
        assertThat(rosters.lmsUsers(own.id())).isEmpty();
        String context = "no-roster-" + System.nanoTime();
        launch("t-1", context, TestLms.INSTRUCTOR, b -> b);
        assertThat(rosters.roster(OWNER, courseClass(context).id(), true)).isEmpty();

        login(OWNER, "TEACHER");
        ui().navigate("teacher/classes/" + own.id());
        assertThat(_find(Div.class, spec -> spec.withId("lti-roster"))).isEmpty();
    }

    @Test
    void a_roster_that_was_never_fetched_says_the_lms_could_not_be_reached() throws Exception {
        String context = "down-" + System.nanoTime();
        launch("t-1", context, TestLms.INSTRUCTOR, b -> b.claim(Claims.NRPS, lms.namesRoleService(context)));
        lms.down.set(true);
        LmsLinks.Roster roster = rosters.roster(OWNER, courseClass(context).id(), false).orElseThrow();
        assertThat(roster.fetchedAt()).isEmpty();
        assertThat(roster.failedAt()).isPresent();
        assertThat(roster.learners()).isEmpty();

        login(OWNER, "TEACHER");
        ui().navigate("teacher/classes/" + courseClass(context).id());
        assertThat(text("lti-roster-problem")).contains("so there is no roster yet");
        assertThat(_find(Component.class, spec -> spec.withId("lti-roster-table"))).isEmpty();
    }

    @Test
    void the_picker_offers_each_published_lesson_as_a_form_for_the_waiting_request() throws Exception {
        ui().navigate("lti/pick");
        assertThat(_get(LtiPickView.class).getElement().getTextRecursively())
                .contains("This page opens when you add a CloseRead activity");

        LtiService.Landing landing = launch("t-1", "pick-course", TestLms.INSTRUCTOR,
                b -> lms.deepLinking(b, List.of("ltiResourceLink"), false));
        DeepLinkRequest request = landing.deepLinking().orElseThrow();
        VaadinSession.getCurrent().getSession().setAttribute(DeepLinkRequest.SESSION_ATTRIBUTE, request);
        ui().navigate("lti/pick");
        Div card = _get(Div.class, spec -> spec.withId("pick-" + SLUG));
        var form = card.getElement().getChildren().filter(e -> e.getTag().equals("form")).findFirst().orElseThrow();
        assertThat(form.getAttribute("action")).isEqualTo("lti/deep-link");
        assertThat(form.getAttribute("method")).isEqualTo("post");
        List<String> inputs = new java.util.ArrayList<>();
        collectInputs(form, inputs);
        assertThat(inputs).containsExactly("hidden request=" + request.id(), "hidden lesson=" + SLUG,
                "radio kind=lesson", "radio kind=quiz", "radio path=core", "radio path=full");
        assertThat(card.getElement().getTextRecursively()).contains("Guided reading and quiz").contains("Quiz only");
    }

    private static void collectInputs(com.vaadin.flow.dom.Element element, List<String> inputs) {
        if (element.isTextNode()) {
            return;
        }
        if (element.getTag().equals("input")) {
            inputs.add(element.getAttribute("type") + " " + element.getAttribute("name") + "="
                    + element.getAttribute("value"));
        }
        element.getChildren().forEach(child -> collectInputs(child, inputs));
    }
}
