package org.closeread.lti;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.MalformedURLException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.closeread.classroom.AssignmentKind;
import org.closeread.classroom.Classroom;
import org.closeread.classroom.ClassAdminService;
import org.closeread.classroom.JoinService;
import org.closeread.classroom.JoinOutcome;
import org.closeread.classroom.StudentName;
import org.closeread.lesson.LessonCard;
import org.closeread.lesson.LessonPath;
import org.closeread.lesson.LessonService;
import org.closeread.quiz.Participant;
import org.closeread.quiz.QuizService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The LTI 1.3 tool's flows: a teacher registers a platform; a platform starts a login (OIDC third-party
 * initiation) and we send the browser to its authorization address with a single-use state and nonce;
 * the platform posts the id_token back to the launch, which we verify and turn into a place in CloseRead:
 * one class per LMS context (owned by the teacher who registered the platform), one participant per LMS
 * user, the lesson the link names assigned to the class. A deep-linking request instead waits for the
 * instructor's pick, which {@link #answer} turns into the signed link the LMS gets.
 */
@Service
public class LtiService {

    /** How long a login may wait for its launch. */
    static final Duration STATE_LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LtiStore store;
    private final ClassAdminService classrooms;
    private final JoinService joins;
    private final QuizService quizzes;
    private final LessonService lessons;
    private final ToolKeyService toolKeys;
    private final LaunchVerifier verifier = new LaunchVerifier();
    private final Map<String, JWKSource<SecurityContext>> platformKeys = new ConcurrentHashMap<>();

    LtiService(LtiStore store, ClassAdminService classrooms, JoinService joins, QuizService quizzes,
               LessonService lessons, ToolKeyService toolKeys) {
        this.store = store;
        this.classrooms = classrooms;
        this.joins = joins;
        this.quizzes = quizzes;
        this.lessons = lessons;
        this.toolKeys = toolKeys;
    }

    // --- registration ---------------------------------------------------------------------------------

    /**
     * Registers a platform for this teacher, or updates the one they registered before with the same
     * issuer and client id. Every address must be an absolute http(s) URL.
     */
    @Transactional
    public Platform register(String owner, String issuer, String clientId, String deploymentIds, String jwksUrl,
                             String authUrl, String tokenUrl) {
        String iss = required(issuer, "lti.register.error.issuer");
        String client = required(clientId, "lti.register.error.client-id");
        List<String> deployments = Platform.deployments(deploymentIds);
        if (deployments.isEmpty()) {
            throw new RegistrationException("lti.register.error.deployments");
        }
        Platform platform = new Platform(0, owner, iss, client, deployments, url(jwksUrl, "lti.register.error.jwks"),
                url(authUrl, "lti.register.error.auth"), url(tokenUrl, "lti.register.error.token"));
        Optional<Platform> existing = store.platform(iss, client);
        if (existing.isPresent()) {
            if (!existing.get().owner().equals(owner)) {
                throw new RegistrationException("lti.register.error.taken");
            }
            Platform updated = new Platform(existing.get().id(), owner, iss, client, deployments, platform.jwksUrl(),
                    platform.authUrl(), platform.tokenUrl());
            store.updatePlatform(updated);
            platformKeys.remove(existing.get().jwksUrl());
            return updated;
        }
        long id = store.insertPlatform(platform, Instant.now());
        return store.platform(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Platform> platforms(String owner) {
        return store.platformsOf(owner);
    }

    /** Forgets the platform (its classes stay, as ordinary classes). */
    @Transactional
    public boolean remove(String owner, long platformId) {
        return store.deletePlatform(owner, platformId) == 1;
    }

    /** A registration the teacher must correct; the message is under {@link #key()}. */
    public static final class RegistrationException extends IllegalArgumentException {
        private final String key;

        RegistrationException(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static String required(String typed, String key) {
        if (typed == null || typed.isBlank()) {
            throw new RegistrationException(key);
        }
        return typed.strip();
    }

    private static String url(String typed, String key) {
        String value = required(typed, key);
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new RegistrationException(key);
            }
            return value;
        } catch (URISyntaxException e) {
            throw new RegistrationException(key);
        }
    }

    // --- login ----------------------------------------------------------------------------------------

    /**
     * The platform's authorization address to send the browser to, for a third-party initiated login with
     * these parameters; {@code launchUrl} is our {@code /lti/launch} as the platform has it registered.
     */
    @Transactional
    public URI login(Map<String, String> parameters, String launchUrl) throws LtiRefusedException {
        String issuer = parameter(parameters, "iss");
        String loginHint = parameter(parameters, "login_hint");
        parameter(parameters, "target_link_uri");
        Optional<String> clientId = Optional.ofNullable(parameters.get("client_id")).filter(s -> !s.isBlank());
        Platform platform;
        if (clientId.isPresent()) {
            platform = store.platform(issuer, clientId.get()).orElseThrow(() ->
                    new LtiRefusedException(Refusal.UNKNOWN_PLATFORM, issuer + " " + clientId.get()));
        } else {
            List<Platform> candidates = store.platformsOfIssuer(issuer);
            if (candidates.size() != 1) {
                throw new LtiRefusedException(Refusal.UNKNOWN_PLATFORM, issuer + " (" + candidates.size()
                        + " registrations, no client_id)");
            }
            platform = candidates.getFirst();
        }
        String state = random();
        String nonce = random();
        Instant now = Instant.now();
        store.deleteStatesBefore(now);
        store.insertState(state, nonce, platform.id(), now.plus(STATE_LIFETIME));
        UriComponentsBuilder redirect = UriComponentsBuilder.fromUriString(platform.authUrl())
                .queryParam("scope", "openid")
                .queryParam("response_type", "id_token")
                .queryParam("response_mode", "form_post")
                .queryParam("prompt", "none")
                .queryParam("client_id", platform.clientId())
                .queryParam("redirect_uri", launchUrl)
                .queryParam("login_hint", loginHint)
                .queryParam("state", state)
                .queryParam("nonce", nonce);
        Optional.ofNullable(parameters.get("lti_message_hint")).filter(s -> !s.isBlank())
                .ifPresent(hint -> redirect.queryParam("lti_message_hint", hint));
        return redirect.encode().build().toUri();
    }

    private static String parameter(Map<String, String> parameters, String name) throws LtiRefusedException {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            throw new LtiRefusedException(Refusal.MISSING_PARAMETER, name);
        }
        return value;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // --- launch ---------------------------------------------------------------------------------------

    /**
     * Where a verified launch leads: a student (working as {@code student}) or an instructor, to {@code path};
     * for a deep-linking request, the request waiting for the instructor's pick.
     */
    public record Landing(Optional<Participant> student, String path, Platform platform,
                          Optional<DeepLinkRequest> deepLinking) {

        Landing(Optional<Participant> student, String path, Platform platform) {
            this(student, path, platform, Optional.empty());
        }
    }

    /** Where the deep-linking picker lives (a page of the LMS's frame). */
    public static final String PICKER_PATH = "lti/pick";

    /**
     * Verifies the posted id_token against the login it answers ({@code state}, used up here whatever the
     * outcome) and places the user. Refusals leave nothing behind but the used state.
     */
    @Transactional(noRollbackFor = LtiRefusedException.class)
    public Landing launch(String idToken, String state) throws LtiRefusedException {
        if (state == null || state.isBlank()) {
            throw new LtiRefusedException(Refusal.MISSING_PARAMETER, "state");
        }
        if (idToken == null || idToken.isBlank()) {
            throw new LtiRefusedException(Refusal.MISSING_PARAMETER, "id_token");
        }
        Instant now = Instant.now();
        LtiStore.State login = store.takeState(state).filter(s -> s.expires().isAfter(now))
                .orElseThrow(() -> new LtiRefusedException(Refusal.UNKNOWN_STATE, "state"));
        Platform platform = store.platform(login.platformId())
                .orElseThrow(() -> new LtiRefusedException(Refusal.UNKNOWN_PLATFORM, "removed"));
        Launch launch = verifier.verify(idToken, platform, login.nonce(), keysOf(platform), now);
        if (launch.deepLinkingRequest()) {
            return deepLinking(platform, launch);
        }
        long classId = classFor(platform, launch);
        launch.membershipsUrl().ifPresent(url -> store.saveMembershipsUrl(platform.id(), launch.contextId(), url));
        Optional<LessonLink> link = LessonLink.of(launch);
        Classroom classroom = classrooms.classroom(platform.owner(), classId).orElseThrow();
        if (link.isPresent() && classroom.assignments().stream()
                .noneMatch(a -> a.lessonSlug().equals(link.get().slug()))) {
            try {
                classroom = classrooms.assign(platform.owner(), classId, link.get().slug(), link.get().kind(),
                        link.get().path());
            } catch (IllegalArgumentException e) {
                throw new LtiRefusedException(Refusal.UNKNOWN_LESSON, link.get().slug());
            }
        }
        if (launch.instructor()) {
            return new Landing(Optional.empty(), "teacher/classes/" + classId, platform);
        }
        Participant participant = participantFor(platform, launch);
        JoinOutcome outcome = joins.admit(platform.owner(), classId, participant);
        if (outcome instanceof JoinOutcome.Refused) {
            throw new LtiRefusedException(Refusal.CLASS_CLOSED, String.valueOf(classId));
        }
        String slug = link.map(LessonLink::slug).orElse(null);
        if (slug != null && launch.lineItem().isPresent()) {
            store.saveGradeLink(platform.id(), participant.id(), slug, launch.subject(), launch.lineItem().get());
        }
        String path = classroom.assignments().stream().filter(a -> a.lessonSlug().equals(slug)).findFirst()
                .map(a -> a.path()).orElse("class");
        return new Landing(Optional.of(participant), path, platform);
    }

    /** A deep-linking request from teaching staff, for a platform that takes resource links, waits for a pick. */
    private Landing deepLinking(Platform platform, Launch launch) throws LtiRefusedException {
        if (!launch.instructor()) {
            throw new LtiRefusedException(Refusal.NOT_TEACHING_STAFF, launch.subject());
        }
        DeepLinkingSettings settings = launch.deepLinking().orElseThrow();
        if (!settings.acceptsResourceLinks()) {
            throw new LtiRefusedException(Refusal.LINK_NOT_ACCEPTED, String.valueOf(settings.acceptTypes()));
        }
        DeepLinkRequest request = new DeepLinkRequest(random(), platform.id(), platform.issuer(), platform.clientId(),
                launch.deploymentId(), settings.returnUrl(), settings.data().orElse(null), settings.acceptLineItem(),
                launch.contextTitle());
        return new Landing(Optional.empty(), PICKER_PATH, platform, Optional.of(request));
    }

    // --- deep linking ---------------------------------------------------------------------------------

    /** The lessons an instructor may link to from the LMS: the published ones. */
    @Transactional(readOnly = true)
    public List<LessonCard> pickableLessons() {
        return lessons.library();
    }

    /** The signed answer to a deep-linking request and where the browser posts it (as {@code JWT}). */
    public record DeepLinkAnswer(String returnUrl, String jwt, String title) {
    }

    /**
     * Answers a deep-linking request with a link to this lesson ({@code kind} lesson or quiz, {@code path}
     * core or full when the lesson has two); {@code launchUrl} is our {@code /lti/launch}.
     */
    @Transactional
    public DeepLinkAnswer answer(DeepLinkRequest request, String slug, String kind, String path, String launchUrl)
            throws LtiRefusedException {
        if (store.platform(request.platformId()).isEmpty()) {
            throw new LtiRefusedException(Refusal.UNKNOWN_PLATFORM, "removed");
        }
        LessonCard lesson = lessons.library().stream().filter(l -> l.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new LtiRefusedException(Refusal.UNKNOWN_LESSON, String.valueOf(slug)));
        AssignmentKind assignmentKind = "quiz".equalsIgnoreCase(kind) ? AssignmentKind.QUIZ : AssignmentKind.LESSON;
        LessonPath lessonPath = assignmentKind == AssignmentKind.LESSON && lesson.twoPaths()
                ? LessonPath.fromId(path).orElse(LessonPath.FULL) : LessonPath.FULL;
        DeepLinkResponse.Pick pick = new DeepLinkResponse.Pick(lesson.slug(), lesson.title(), assignmentKind,
                lessonPath);
        return new DeepLinkAnswer(request.returnUrl(), DeepLinkResponse.sign(request, pick, lesson.title(),
                launchUrl, toolKeys.signingKey(), Instant.now()), lesson.title());
    }

    private long classFor(Platform platform, Launch launch) {
        return store.classOf(platform.id(), launch.contextId()).orElseGet(() -> {
            String title = launch.contextTitle().strip().replaceAll("\\s+", " ");
            if (title.length() > Classroom.NAME_MAX_LENGTH) {
                title = title.substring(0, Classroom.NAME_MAX_LENGTH).strip();
            }
            long id = classrooms.create(platform.owner(), title).id();
            store.insertContext(platform.id(), launch.contextId(), id);
            return id;
        });
    }

    private Participant participantFor(Platform platform, Launch launch) {
        Optional<Participant> known = store.participantOf(platform.id(), launch.subject())
                .flatMap(id -> quizzes.participants(List.of(id)).stream().findFirst());
        if (known.isPresent()) {
            return known.get();
        }
        String name = launch.name().flatMap(n -> StudentName.clean(n.length() > StudentName.MAX_LENGTH
                ? n.substring(0, StudentName.MAX_LENGTH) : n)).orElse(null);
        Participant created = quizzes.newParticipant(name);
        store.insertUser(platform.id(), launch.subject(), created.id());
        return created;
    }

    /** The platform's JWK set, fetched on first use and cached (refetched for a key id not seen yet). */
    JWKSource<SecurityContext> keysOf(Platform platform) throws LtiRefusedException {
        try {
            URL url = URI.create(platform.jwksUrl()).toURL();
            return platformKeys.computeIfAbsent(platform.jwksUrl(),
                    u -> JWKSourceBuilder.create(url).retrying(true).build());
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new LtiRefusedException(Refusal.KEYS_UNAVAILABLE, platform.jwksUrl());
        }
    }

    /** Logins never answered by a launch are deleted once they expire. */
    @Scheduled(fixedDelayString = "PT10M")
    @Transactional
    public void forgetExpiredLogins() {
        store.deleteStatesBefore(Instant.now());
    }

    /**
     * The lesson a launch names: custom parameters {@code lesson}, {@code kind} and {@code path} (as a deep link
     * sets them), or the target link's query.
     */
    record LessonLink(String slug, AssignmentKind kind, LessonPath path) {

        static Optional<LessonLink> of(Launch launch) {
            Map<String, String> values = new LinkedHashMap<>();
            launch.targetLinkUri().ifPresent(target -> {
                try {
                    UriComponentsBuilder.fromUriString(target).build().getQueryParams()
                            .forEach((k, v) -> values.put(k, v.isEmpty() ? null : v.getFirst()));
                } catch (IllegalArgumentException e) {
                    // an unreadable target link names no lesson
                }
            });
            values.putAll(launch.custom());
            String slug = values.get("lesson");
            if (slug == null || slug.isBlank()) {
                return Optional.empty();
            }
            AssignmentKind kind = "quiz".equalsIgnoreCase(values.get("kind")) ? AssignmentKind.QUIZ
                    : AssignmentKind.LESSON;
            LessonPath path = LessonPath.fromId(values.get("path")).orElse(LessonPath.FULL);
            return Optional.of(new LessonLink(slug.strip(), kind, path));
        }
    }
}
