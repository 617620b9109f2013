package org.closeread.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

@EnableWebSecurity
@Configuration
class SecurityConfig extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/**", "/js/**", "/styles/**", "/images/**").permitAll());
        // The public API is read-only or stateless; Vaadin's own requests keep their CSRF protection.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        super.configure(http);
    }
}
