package org.closeread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.closeread.classroom.AssignmentKind;
import org.closeread.classroom.Classroom;
import org.closeread.classroom.ClassAdminService;
import org.closeread.classroom.ClassReportService;
import org.closeread.security.TeacherAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may open what, in one table: every page (Vaadin route) and every API endpoint, for an anonymous
 * visitor, a student with a resume code (anonymous to the server, with a participant in the session), the
 * teacher who owns the data and another teacher. A route or endpoint missing from the table fails the
 * build, so a new one needs a rule first.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

    /** What a subject gets. */
    enum Access {
        /** The page or answer itself. */
        OPEN,
        /** Sent to log in (pages) or 401 (API). */
        LOGIN,
        /** The same "not found" as for data that does not exist: another teacher's class. */
        NOT_FOUND,
        /** 400 to everyone alike: the request lacks what only a learning platform sends (LTI login, launch). */
        REFUSED
    }

    record Rule(Access anonymous, Access student, Access owner, Access otherTeacher) {
    }

    private static Rule rule(Access anonymous, Access student, Access owner, Access otherTeacher) {
        return new Rule(anonymous, student, owner, otherTeacher);
    }

    private static final Access O = Access.OPEN;
    private static final Access L = Access.LOGIN;
    private static final Access N = Access.NOT_FOUND;
    private static final Access R = Access.REFUSED;

    /** THE TABLE: anonymous, student with a resume code, owning teacher, other teacher. */
    static final Map<String, Rule> MATRIX = new TreeMap<>(Map.ofEntries(
            Map.entry("page /", rule(O, O, O, O)),
            Map.entry("page /login", rule(O, O, O, O)),
            Map.entry("page /join", rule(O, O, O, O)),
            Map.entry("page /class", rule(O, O, O, O)),
            Map.entry("page /lessons/:slug", rule(O, O, O, O)),
            Map.entry("page /lessons/:slug/quiz", rule(O, O, O, O)),
            Map.entry("page /teacher", rule(L, L, O, O)),
            Map.entry("page /teacher/new", rule(L, L, O, O)),
            Map.entry("page /teacher/import", rule(L, L, O, O)),
            Map.entry("page /teacher/lessons/:slug/article", rule(L, L, O, O)),
            Map.entry("page /teacher/lessons/:slug/annotations", rule(L, L, O, O)),
            Map.entry("page /teacher/lessons/:slug/steps", rule(L, L, O, O)),
            Map.entry("page /teacher/lessons/:slug/questions", rule(L, L, O, O)),
            Map.entry("page /teacher/lessons/:slug/publish", rule(L, L, O, O)),
            Map.entry("page /teacher/lessons/:slug/quiz-exchange", rule(L, L, O, O)),
            Map.entry("page /teacher/lessons/:slug/guide", rule(L, L, O, O)),
            Map.entry("page /teacher/preview/:slug", rule(L, L, O, O)),
            Map.entry("page /teacher/preview/:slug/quiz", rule(L, L, O, O)),
            Map.entry("page /teacher/classes", rule(L, L, O, O)),
            Map.entry("page /teacher/classes/:classId", rule(L, L, O, N)),
            Map.entry("page /teacher/classes/:classId/live/:assignmentId", rule(L, L, O, N)),
            Map.entry("page /teacher/classes/:classId/results/:assignmentId", rule(L, L, O, N)),
            Map.entry("page /teacher/classes/:classId/skills", rule(L, L, O, N)),
            Map.entry("page /progress", rule(O, O, O, O)),
            Map.entry("GET /api/articles", rule(O, O, O, O)),
            Map.entry("GET /api/articles/{slug}/annotations", rule(O, O, O, O)),
            Map.entry("GET /api/articles/{slug}/text", rule(O, O, O, O)),
            Map.entry("GET /api/lessons/{slug}", rule(O, O, O, O)),
            Map.entry("POST /api/analysis", rule(O, O, O, O)),
            Map.entry("GET /api/teacher/lessons/{slug}/export", rule(L, L, O, O)),
            Map.entry("GET /api/teacher/lessons/{slug}/quiz/{format}", rule(L, L, O, O)),
            Map.entry("page /teacher/lti", rule(L, L, O, O)),
            Map.entry("page /lti/welcome", rule(O, O, O, O)),
            Map.entry("page /lti/pick", rule(O, O, O, O)),
            Map.entry("POST /lti/deep-link", rule(R, R, R, R)),
            Map.entry("GET /lti/login", rule(R, R, R, R)),
            Map.entry("POST /lti/login", rule(R, R, R, R)),
            Map.entry("POST /lti/launch", rule(R, R, R, R)),
            Map.entry("GET /lti/jwks", rule(O, O, O, O)),
            Map.entry("GET /api/teacher/lessons/{slug}/guide", rule(L, L, O, O)),
            Map.entry("GET /api/teacher/lessons/{slug}/guide.pdf", rule(L, L, O, O))));

    private static final String SLUG = "china-russia-defence-ministers";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ClassReportService reports;
    @Autowired
    ClassAdminService admin;

    @Autowired
    TeacherAccountService teachers;

    private static Map<String, Class<?>> pages() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> pages = new TreeMap<>();
        for (BeanDefinition found : scan.findCandidateComponents("org.closeread")) {
            Class<?> view = Class.forName(found.getBeanClassName());
            pages.put("page /" + view.getAnnotation(Route.class).value(), view);
        }
        return pages;
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.closeread")) {
                for (var verb : info.getMethodsCondition().getMethods()) {
                    for (String path : info.getPatternValues()) {
                        endpoints.add(verb + " " + path);
                    }
                }
            }
        });
        return endpoints;
    }

    @Test
    void every_page_and_endpoint_has_a_rule_and_every_rule_a_page_or_endpoint() throws Exception {
        Set<String> found = new TreeSet<>(pages().keySet());
        found.addAll(endpoints());

        assertThat(found).as("pages and endpoints of the app; give a new one its row in MATRIX")
                .containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
        System.out.println("Authorization matrix: " + MATRIX.size() + " pages and endpoints x 4 subjects");
        MATRIX.forEach((what, rule) -> System.out.printf("  %-58s %-9s %-9s %-9s %s%n", what, rule.anonymous(),
                rule.student(), rule.owner(), rule.otherTeacher()));
    }

    @Test
    void the_crash_test_endpoints_exist_only_with_their_profile() {
        // With the crashtest profile they answer loopback clients only (CrashTestApiTest).
        assertThat(endpoints()).noneMatch(endpoint -> endpoint.contains("/crashtest"));
    }

    @Test
    void pages_for_anonymous_visitors_and_students_are_exactly_the_anonymous_allowed_ones() throws Exception {
        for (Map.Entry<String, Class<?>> page : pages().entrySet()) {
            Rule rule = MATRIX.get(page.getKey());
            Class<?> view = page.getValue();
            boolean open = view.isAnnotationPresent(AnonymousAllowed.class);
            RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
            assertThat(open || roles != null).as(page.getKey() + " says who may open it").isTrue();
            assertThat(rule.anonymous()).as(page.getKey() + " anonymous").isEqualTo(open ? O : L);
            assertThat(rule.student()).as(page.getKey() + " student").isEqualTo(open ? O : L);
            boolean teachers = open || List.of(roles.value()).contains(TeacherAccountService.TEACHER_ROLE);
            assertThat(teachers).as(page.getKey() + " teachers may open it").isTrue();
            assertThat(rule.owner()).as(page.getKey() + " owner").isEqualTo(O);
            // Pages of one class answer another teacher as for a class that does not exist.
            assertThat(rule.otherTeacher()).as(page.getKey() + " other teacher")
                    .isEqualTo(page.getKey().contains(":classId") ? N : O);
        }
    }

    @Test
    void another_teachers_class_is_not_found_and_the_owner_sees_it() {
        for (String name : List.of("matrix-owner", "matrix-other")) {
            if (!teachers.exists(name)) {
                teachers.create(name, name, "correct horse battery staple");
            }
        }
        Classroom mine = admin.create("matrix-owner", "9B");
        mine = admin.assign("matrix-owner", mine.id(), SLUG, AssignmentKind.QUIZ);
        long assignment = mine.assignments().getFirst().id();

        assertThat(admin.classroom("matrix-owner", mine.id())).isPresent();
        assertThat(reports.report("matrix-owner", mine.id(), assignment)).isPresent();
        assertThat(admin.classroom("matrix-other", mine.id())).isEmpty();
        assertThat(reports.report("matrix-other", mine.id(), assignment)).isEmpty();
        assertThat(admin.classes("matrix-other")).extracting(Classroom::id).doesNotContain(mine.id());
    }

    private MockHttpServletRequestBuilder request(String endpoint) {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1].replace("{slug}", SLUG).replace("{format}", "gift");
        return parts[0].equals("POST")
                ? post(path).contentType("text/plain").content("“We will win,” the minister said.")
                : get(path);
    }

    private static Access of(int status) {
        return switch (status) {
            case 200 -> O;
            case 401, 403 -> L;
            case 404 -> N;
            case 400 -> R;
            default -> throw new AssertionError("unexpected status " + status);
        };
    }

    @Test
    void every_endpoint_answers_each_subject_as_the_table_says() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints()) {
            Rule rule = MATRIX.get(endpoint);
            // A student is anonymous to the server, with a session of their own (their resume code lives in
            // its Vaadin session); the API keeps no session state, so that session must change nothing.
            var student = new org.springframework.mock.web.MockHttpSession();
            Map<String, Access> got = Map.of(
                    "anonymous", of(mvc.perform(request(endpoint)).andReturn().getResponse().getStatus()),
                    "student", of(mvc.perform(request(endpoint).session(student)).andReturn().getResponse()
                            .getStatus()),
                    "owner", of(mvc.perform(request(endpoint).with(user("matrix-owner").roles("TEACHER")))
                            .andReturn().getResponse().getStatus()),
                    "otherTeacher", of(mvc.perform(request(endpoint).with(user("matrix-other").roles("TEACHER")))
                            .andReturn().getResponse().getStatus()));
            Map<String, Access> expected = Map.of("anonymous", rule.anonymous(), "student", rule.student(),
                    "owner", rule.owner(), "otherTeacher", rule.otherTeacher());
            if (!got.equals(expected)) {
                wrong.add(endpoint + ": expected " + new TreeMap<>(expected) + " but got " + new TreeMap<>(got));
            }
        }
        assertThat(wrong).isEmpty();
    }
}
