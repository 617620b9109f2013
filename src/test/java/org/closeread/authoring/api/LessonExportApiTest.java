package org.closeread.authoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LessonExportApiTest {

    static final String PATH = "/api/teacher/lessons/china-russia-defence-ministers/export";

    @Autowired
    MockMvc mvc;

    @Test
    void a_teacher_downloads_the_lesson_folder_as_a_zip() throws Exception {
        byte[] zip = mvc.perform(get(PATH).with(user("ada").roles("TEACHER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"china-russia-defence-ministers.zip\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            assertThat(entries.getNextEntry().getName()).isEqualTo("china-russia-defence-ministers/article.txt");
            assertThat(entries.getNextEntry().getName()).isEqualTo("china-russia-defence-ministers/lesson.yaml");
        }
    }

    @Test
    void anonymous_visitors_and_other_roles_are_refused() throws Exception {
        mvc.perform(get(PATH)).andExpect(status().isUnauthorized());
        mvc.perform(get(PATH).with(user("sam").roles("STUDENT"))).andExpect(status().isForbidden());
    }

    @Test
    void an_unknown_lesson_is_not_found() throws Exception {
        mvc.perform(get("/api/teacher/lessons/no-such-lesson/export").with(user("ada").roles("TEACHER")))
                .andExpect(status().isNotFound());
    }
}
