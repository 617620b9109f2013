package org.closeread.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates a teacher account when the app is started with {@code --closeread.create-teacher=USERNAME};
 * the password comes from the environment variable {@code CLOSEREAD_TEACHER_PASSWORD}, never from a
 * default. How a fresh install gets its first teacher (see the README).
 */
@Component
class FirstTeacher implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstTeacher.class);

    private final TeacherAccountService teachers;
    private final String username;
    private final String password;

    FirstTeacher(TeacherAccountService teachers,
                 @Value("${closeread.create-teacher:}") String username,
                 @Value("${CLOSEREAD_TEACHER_PASSWORD:}") String password) {
        this.teachers = teachers;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank()) {
            if (teachers.count() == 0) {
                log.info("No teacher account yet. Create one with --closeread.create-teacher=USERNAME and the"
                        + " password in CLOSEREAD_TEACHER_PASSWORD (see README).");
            }
            return;
        }
        if (teachers.exists(username)) {
            log.info("Teacher {} exists already; nothing created.", username);
            return;
        }
        if (password.isBlank()) {
            log.error("Teacher {} not created: set the password in the environment variable"
                    + " CLOSEREAD_TEACHER_PASSWORD (at least {} characters).", username,
                    TeacherAccountService.PASSWORD_MIN_LENGTH);
            return;
        }
        try {
            teachers.create(username, username, password);
            log.info("Teacher {} created. They can log in at /login.", username);
        } catch (IllegalArgumentException e) {
            log.error("Teacher {} not created: {}", username, e.getMessage());
        }
    }
}
