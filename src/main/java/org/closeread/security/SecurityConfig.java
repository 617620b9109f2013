package org.closeread.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.closeread.base.ThrottleStore;
import org.closeread.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@EnableWebSecurity
@Configuration
class SecurityConfig {

    private final TeacherAccountService teachers;

    SecurityConfig(TeacherAccountService teachers) {
        this.teachers = teachers;
    }

    @Bean
    static PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Login throttles (see {@link ThrottledLogin}): free failures per account and address, per address, per account. */
    @Bean
    ThrottledLogin.Limits loginLimits(@Value("${closeread.login.free-per-account-and-address:5}") int perPair,
                                      @Value("${closeread.login.free-per-account:100}") int perAccount,
                                      @Value("${closeread.login.free-per-address:20}") int perAddress) {
        return new ThrottledLogin.Limits(perPair, perAccount, perAddress);
    }

    /** The security headers on every response, before any other filter ({@link SecurityHeaders}). */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ThrottledLogin.Limits limits,
                                            ThrottleStore throttles) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/teacher/**").hasRole(TeacherAccountService.TEACHER_ROLE)
                .requestMatchers("/api/**", "/js/**", "/styles/**", "/images/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/lti/login", "/lti/launch", "/lti/jwks", "/lti/deep-link").permitAll());
        // The public API is read-only or stateless; Vaadin's own requests keep their CSRF protection.
        // /crashtest/** exists only with the crashtest profile, and answers only loopback clients.
        // LTI 1.3: the platform posts the login and the launch from another site; the single-use state and
        // nonce of the OIDC login protect them instead (docs/lti.md). The deep-linking picker's form carries the
        // single-use id of the request waiting in the same session, which no other site can know.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/crashtest/**", "/lti/login", "/lti/launch",
                "/lti/deep-link"));
        // A new session id at login, so a session id seen before login is worth nothing after it.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(teachers);
        passwords.setPasswordEncoder(passwordEncoder());
        http.authenticationProvider(ThrottledLogin.of(passwords, limits, Clock.systemUTC(), throttles));
        // The API answers 401 instead of sending a browser to the login page.
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                PathPatternRequestMatcher.withDefaults().matcher("/api/**")));
        // Vaadin's own rules (its internal requests, CSRF, the view access checker) with our login view.
        // Security configuration is where the login view must be named; no other non-view class names a view.
        // A teacher who logged in from the login page goes to their lessons; one sent to log in goes back.
        // An address that is no route and no resource reaches Vaadin, which answers with the not-found page
        // (404) in the frame, for anonymous students too; views keep their own access rules.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .defaultSuccessUrl("/teacher")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        return http.build();
    }
}
