package org.closeread.security;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teacher accounts: created by an administrator, stored with a hashed password, used to log in. */
@Service
public class TeacherAccountService implements UserDetailsService {

    public static final String TEACHER_ROLE = "TEACHER";
    public static final int PASSWORD_MIN_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final TeacherRepository teachers;
    private final PasswordEncoder passwords;

    TeacherAccountService(TeacherRepository teachers, PasswordEncoder passwords) {
        this.teachers = teachers;
        this.passwords = passwords;
    }

    /** Creates a teacher; the password is checked for length and stored only as a hash. */
    @Transactional
    public void create(String username, String displayName, String password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A username has 3 to 60 characters: a-z, 0-9, dot, dash or underscore.");
        }
        if (password == null || password.length() < PASSWORD_MIN_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + PASSWORD_MIN_LENGTH + " characters.");
        }
        if (teachers.findByUsernameIgnoreCase(name).isPresent()) {
            throw new IllegalArgumentException("A teacher named " + name + " exists already.");
        }
        TeacherEntity teacher = new TeacherEntity();
        teacher.username = name;
        teacher.displayName = displayName == null || displayName.isBlank() ? name : displayName.strip();
        teacher.passwordHash = passwords.encode(password);
        teacher.role = TEACHER_ROLE;
        teacher.createdAt = Instant.now();
        teachers.save(teacher);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return teachers.findByUsernameIgnoreCase(username).isPresent();
    }

    @Transactional(readOnly = true)
    public long count() {
        return teachers.count();
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        TeacherEntity teacher = teachers.findByUsernameIgnoreCase(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No teacher " + username));
        return new User(teacher.username, teacher.passwordHash,
                List.of(new SimpleGrantedAuthority("ROLE_" + teacher.role)));
    }
}
