package org.closeread.classroom.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The crashtest endpoints (profile crashtest only) answer loopback clients and nobody else. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("crashtest")
class CrashTestApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void loopback_clients_join_and_answer_and_others_find_nothing() throws Exception {
        assertThat(status(post("/crashtest/class").with(r -> remote(r, "10.0.0.5")))).isEqualTo(404);
        String[] classroom = mvc.perform(post("/crashtest/class").with(r -> remote(r, "127.0.0.1"))).andReturn()
                .getResponse().getContentAsString().strip().split(" ");
        String joined = mvc.perform(post("/crashtest/join").param("code", classroom[1]).param("name", "Sam")
                        .param("browser", "b1").with(r -> remote(r, "127.0.0.1"))).andReturn().getResponse()
                .getContentAsString();
        String resume = joined.strip().split(" ")[1];
        assertThat(status(post("/crashtest/join").param("code", classroom[1]).param("name", "Eve")
                .param("browser", "b2").with(r -> remote(r, "192.168.1.9")))).isEqualTo(404);
        assertThat(status(post("/crashtest/answer").param("resume", resume).param("text", "x")
                .with(r -> remote(r, "10.0.0.5")))).isEqualTo(404);
        assertThat(mvc.perform(post("/crashtest/answer").param("resume", resume).param("text", "one")
                .with(r -> remote(r, "127.0.0.1"))).andReturn().getResponse().getContentAsString()).isEqualTo("ok\n");
        assertThat(mvc.perform(get("/crashtest/answers").param("resume", resume).with(r -> remote(r, "127.0.0.1")))
                .andReturn().getResponse().getContentAsString()).isEqualTo("one\n");
        assertThat(status(get("/crashtest/answers").param("resume", resume).with(r -> remote(r, "10.0.0.5"))))
                .isEqualTo(404);
        assertThat(status(get("/crashtest/heard").param("classId", classroom[0]).with(r -> remote(r, "10.0.0.5"))))
                .isEqualTo(404);
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static org.springframework.mock.web.MockHttpServletRequest remote(
            org.springframework.mock.web.MockHttpServletRequest request, String address) {
        request.setRemoteAddr(address);
        return request;
    }
}
