package org.closeread;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the test suite on PostgreSQL when {@code -Dcloseread.test.database=postgresql}: every application
 * context gets a schema of its own in the test database, named after its data folder, so a test that
 * starts the application twice on the same folder (a restart) finds its data again, and every other
 * context starts empty, as each does on H2. The server and account come from
 * {@code closeread.test.db-url}, {@code closeread.test.db-user} and {@code closeread.test.db-password}
 * (defaults: {@value #DEFAULT_URL}, closeread / closeread; {@code .ci/run} creates them).
 */
public class TestDatabase implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "closeread.test.database";
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/closeread_test";

    /** True when this run of the tests is on PostgreSQL. */
    public static boolean postgres() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"postgresql".equals(environment.getProperty(PROPERTY))) {
            return;
        }
        // Resolved once here: the test data folder is random per context (${random.uuid}).
        String dataDir = environment.getProperty("closeread.data-dir", "./data");
        String schema = "t_" + hash(Path.of(dataDir).toAbsolutePath().normalize().toString());
        String url = environment.getProperty("closeread.test.db-url", DEFAULT_URL);
        environment.getPropertySources().addFirst(new MapPropertySource("closeread-test-database", Map.of(
                "closeread.data-dir", dataDir,
                "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username", environment.getProperty("closeread.test.db-user", "closeread"),
                "spring.datasource.password", environment.getProperty("closeread.test.db-password", "closeread"),
                "spring.flyway.default-schema", schema,
                "spring.flyway.schemas", schema,
                "spring.flyway.create-schemas", "true",
                "spring.jpa.properties.hibernate.default_schema", schema)));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
