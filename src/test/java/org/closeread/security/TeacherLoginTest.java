package org.closeread.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class TeacherLoginTest {

    static final String PASSWORD = "correct horse battery staple";

    @Autowired
    MockMvc mvc;

    @Autowired
    TeacherAccountService teachers;

    @BeforeEach
    void teachers() {
        for (String name : new String[] {"ada", "grace", "linus"}) {
            if (!teachers.exists(name)) {
                teachers.create(name, name, PASSWORD);
            }
        }
    }

    @Test
    void passwords_are_stored_only_as_hashes() {
        assertThat(teachers.loadUserByUsername("ada").getPassword()).startsWith("{bcrypt}")
                .doesNotContain(PASSWORD);
    }

    @Test
    void a_teacher_logs_in_and_gets_a_new_session_id() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        // As a browser sends it: the session id arrives with the request (Spring Security 7 changes the id
        // of a session the request came with, as a real browser's cookie does).
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                        .with(request -> {
                            request.setRequestedSessionId(before);
                            request.setRequestedSessionIdValid(true);
                            return request;
                        })
                        .param("username", "ada").param("password", PASSWORD))
                .andExpect(status().is3xxRedirection()).andExpect(authenticated().withRoles("TEACHER"))
                .andReturn();

        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void a_wrong_password_is_refused() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "grace").param("password", "guess"))
                .andExpect(status().is3xxRedirection()).andExpect(unauthenticated());
    }

    @Test
    void repeated_failures_hold_that_client_back_even_for_the_right_password_but_not_the_teacher_elsewhere()
            throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).with(from("203.0.113.9"))
                    .param("username", "linus").param("password", "wrong " + i));
        }

        MvcResult result = mvc.perform(post("/login").with(csrf()).with(from("203.0.113.9"))
                        .param("username", "linus").param("password", PASSWORD))
                .andExpect(unauthenticated()).andReturn();

        Object error = result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(error).isInstanceOf(LockedException.class);
        assertThat(((LockedException) error).getMessage()).startsWith("Too many failed logins — try again in");

        mvc.perform(post("/login").with(csrf()).with(from("192.0.2.10"))
                        .param("username", "linus").param("password", PASSWORD))
                .andExpect(authenticated().withRoles("TEACHER"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void the_teacher_api_needs_a_login() throws Exception {
        mvc.perform(get("/api/teacher/anything")).andExpect(status().isUnauthorized());
    }

    @Test
    void a_weak_password_or_odd_username_is_refused_with_a_reason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> teachers.create("eve", "Eve", "short"))
                .hasMessageContaining("at least 12 characters");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> teachers.create("E v e", "Eve", PASSWORD))
                .hasMessageContaining("username");
    }
}
