package org.closeread.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.closeread.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
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

    /** Guessing one teacher's password: five free tries, then waits. */
    @Bean
    LoginThrottle accountThrottle() {
        return new LoginThrottle(Clock.systemUTC(), 5);
    }

    /** One client guessing many accounts; more free tries, since a school shares one address. */
    @Bean
    LoginThrottle clientThrottle() {
        return new LoginThrottle(Clock.systemUTC(), 20);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/teacher/**").hasRole(TeacherAccountService.TEACHER_ROLE)
                .requestMatchers("/api/**", "/js/**", "/styles/**", "/images/**").permitAll());
        // The public API is read-only or stateless; Vaadin's own requests keep their CSRF protection.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        // A new session id at login, so a session id seen before login is worth nothing after it.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(teachers);
        passwords.setPasswordEncoder(passwordEncoder());
        http.authenticationProvider(new ThrottledLogin(passwords, accountThrottle(), clientThrottle()));
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
