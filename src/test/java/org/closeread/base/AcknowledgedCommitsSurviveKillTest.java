package org.closeread.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 settings of {@code application.properties} keep every acknowledged commit when the process is
 * killed: a child JVM commits rows one by one and reports each, is killed with SIGKILL mid-stream, and
 * every reported row is found afterwards.
 */
@DisabledIfSystemProperty(named = "closeread.test.database", matches = "postgresql",
        disabledReason = "it checks the H2 file settings; PostgreSQL is crash-safe by its own design")
class AcknowledgedCommitsSurviveKillTest {

    @TempDir
    Path dir;

    /** The URL options the app really uses, e.g. {@code ;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE}. */
    static String urlOptions() throws Exception {
        Properties properties = new Properties();
        try (var in = AcknowledgedCommitsSurviveKillTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String url = properties.getProperty("closeread.h2-url");
        return url.substring(url.indexOf(';'));
    }

    /** Run in a child JVM: commits numbered rows forever, printing each number once committed. */
    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + args[0] + args[1], "sa", "")) {
            db.createStatement().execute("create table if not exists answer_probe (n int primary key)");
            db.setAutoCommit(false);
            var insert = db.prepareStatement("insert into answer_probe values (?)");
            for (int n = 1; ; n++) {
                insert.setInt(1, n);
                insert.executeUpdate();
                db.commit();
                System.out.println(n);
                System.out.flush();
            }
        }
    }

    @Test
    void every_acknowledged_commit_is_there_after_a_kill() throws Exception {
        String file = dir.resolve("probe").toAbsolutePath().toString();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AcknowledgedCommitsSurviveKillTest.class.getName(),
                file, urlOptions()).redirectErrorStream(true).start();
        Set<Integer> acknowledged = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < 300 && (line = out.readLine()) != null) {
                if (line.matches("\\d+")) {
                    acknowledged.add(Integer.parseInt(line));
                }
            }
            child.destroyForcibly().waitFor();
        }
        assertThat(acknowledged).hasSize(300);
        assertThat(Files.exists(Path.of(file + ".mv.db"))).isTrue();

        Set<Integer> found = new HashSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + file, "sa", "");
             ResultSet rows = db.createStatement().executeQuery("select n from answer_probe")) {
            while (rows.next()) {
                found.add(rows.getInt(1));
            }
        }
        assertThat(found).containsAll(acknowledged);
    }
}
