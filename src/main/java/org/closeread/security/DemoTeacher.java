package org.closeread.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Only in the {@code dev} profile: a demo teacher for trying the teacher pages on a laptop. */
@Component
@Profile("dev")
class DemoTeacher implements ApplicationRunner {

    static final String USERNAME = "demo-teacher";
    static final String PASSWORD = "demo-teacher-password";
    private static final Logger log = LoggerFactory.getLogger(DemoTeacher.class);

    private final TeacherAccountService teachers;

    DemoTeacher(TeacherAccountService teachers) {
        this.teachers = teachers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!teachers.exists(USERNAME)) {
            teachers.create(USERNAME, "Demo Teacher", PASSWORD);
        }
        log.warn("DEV PROFILE: demo teacher '{}' with password '{}'. Never use the dev profile on a real server.",
                USERNAME, PASSWORD);
    }
}
