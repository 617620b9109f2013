package org.closeread.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class H2WriteGateTest {

    @TempDir
    Path dir;

    private H2WriteGate gate;
    private DataSource data;

    @BeforeEach
    void database() throws Exception {
        gate = new H2WriteGate(Duration.ofSeconds(5));
        data = new H2WriteGate.Gated(new DriverManagerDataSource(
                "jdbc:h2:file:" + dir.resolve("gate") + ";DB_CLOSE_DELAY=-1", "sa", ""), gate);
        try (Connection db = data.getConnection(); Statement s = db.createStatement()) {
            s.execute("create table note (id int primary key, text varchar(100))");
            s.execute("create sequence note_seq");
        }
        assertThat(gate.held()).isFalse();
    }

    @Test
    void plain_queries_are_reads_everything_else_and_locking_queries_are_changes() {
        assertThat(H2WriteGate.changes("select * from note")).isFalse();
        assertThat(H2WriteGate.changes("  /* Hibernate */ SELECT n.id FROM note n")).isFalse();
        assertThat(H2WriteGate.changes("-- a comment\nselect 1")).isFalse();
        assertThat(H2WriteGate.changes("(select 1) union (select 2)")).isFalse();
        assertThat(H2WriteGate.changes("with t as (select 1) select * from t")).isFalse();
        assertThat(H2WriteGate.changes("BACKUP TO 'x.zip'")).isFalse();
        assertThat(H2WriteGate.changes("select * from attempt where id = ? for update")).isTrue();
        assertThat(H2WriteGate.changes("select * from attempt where id = ? FOR  SHARE")).isTrue();
        assertThat(H2WriteGate.changes("select next value for note_seq")).isTrue();
        assertThat(H2WriteGate.changes("insert into note values (1, 'x')")).isTrue();
        assertThat(H2WriteGate.changes("update note set text = 'y'")).isTrue();
        assertThat(H2WriteGate.changes("delete from note")).isTrue();
        assertThat(H2WriteGate.changes("merge into note key (id) values (1, 'x')")).isTrue();
        assertThat(H2WriteGate.changes("create table x (id int)")).isTrue();
        assertThat(H2WriteGate.changes("selected_things()")).isTrue();
    }

    @Test
    void a_second_writer_waits_until_the_first_commits_while_readers_go_on() throws Exception {
        try (Connection first = data.getConnection()) {
            first.setAutoCommit(false);
            first.prepareStatement("insert into note values (1, 'first')").executeUpdate();
            assertThat(gate.held()).isTrue();

            CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> query("select count(*) from note"));
            assertThat(read.get(5, TimeUnit.SECONDS)).isZero();

            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> insert(2));
            assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

            first.commit();
            assertThat(gate.held()).isFalse();
            second.get(5, TimeUnit.SECONDS);
        }
        assertThat(query("select count(*) from note")).isEqualTo(2);
        assertThat(gate.held()).isFalse();
    }

    @Test
    void a_locking_query_and_a_plain_statement_enter_the_gate_and_rollback_or_close_leave_it() throws Exception {
        try (Connection db = data.getConnection()) {
            db.setAutoCommit(false);
            db.prepareStatement("select * from note for update").executeQuery().close();
            assertThat(gate.held()).isTrue();
            db.rollback();
            assertThat(gate.held()).isFalse();

            try (Statement s = db.createStatement()) {
                s.executeQuery("select * from note").close();
                assertThat(gate.held()).isFalse();
                s.executeUpdate("insert into note values (3, 'three')");
                assertThat(gate.held()).isTrue();
                assertThat(s.getConnection()).isSameAs(db);
            }
        }
        assertThat(gate.held()).isFalse();
        assertThat(query("select count(*) from note")).isZero();
    }

    @Test
    void the_same_thread_may_write_through_a_second_connection_of_its_own() throws Exception {
        try (Connection outer = data.getConnection(); Connection inner = data.getConnection()) {
            outer.setAutoCommit(false);
            inner.setAutoCommit(false);
            outer.prepareStatement("insert into note values (1, 'outer')").executeUpdate();
            inner.prepareStatement("insert into note values (2, 'inner')").executeUpdate();
            inner.commit();
            assertThat(gate.held()).isTrue();
            outer.commit();
            assertThat(gate.held()).isFalse();
        }
        assertThat(query("select count(*) from note")).isEqualTo(2);
    }

    @Test
    void an_autocommitted_change_holds_the_gate_until_its_connection_is_closed() throws Exception {
        try (Connection db = data.getConnection()) {
            db.prepareStatement("insert into note values (1, 'x')").executeUpdate();
            assertThat(gate.held()).isTrue();
        }
        assertThat(gate.held()).isFalse();
    }

    @Test
    void a_writer_that_waits_too_long_fails_clearly_and_stores_nothing() throws Exception {
        gate = new H2WriteGate(Duration.ofMillis(200));
        data = new H2WriteGate.Gated(new DriverManagerDataSource(
                "jdbc:h2:file:" + dir.resolve("gate") + ";DB_CLOSE_DELAY=-1", "sa", ""), gate);
        try (Connection first = data.getConnection()) {
            first.setAutoCommit(false);
            first.prepareStatement("insert into note values (1, 'first')").executeUpdate();
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> insert(2));
            assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .rootCause().isInstanceOf(SQLTransientException.class)
                    .hasMessageContaining("nothing was stored, try again");
            first.rollback();
        }
        assertThat(gate.held()).isFalse();
        assertThat(query("select count(*) from note")).isZero();
    }

    @Test
    void data_sources_on_the_same_database_share_one_gate_and_only_h2_is_gated() {
        assertThat(H2WriteGate.wanted("jdbc:h2:file:./data/closeread;WRITE_DELAY=0")).isTrue();
        assertThat(H2WriteGate.wanted("jdbc:postgresql://127.0.0.1/closeread")).isFalse();
        assertThat(H2WriteGate.wanted(null)).isFalse();
        var one = (H2WriteGate.Gated) H2WriteGate.guard(new DriverManagerDataSource(), "jdbc:h2:file:/x/y;A=1");
        var two = (H2WriteGate.Gated) H2WriteGate.guard(new DriverManagerDataSource(), "jdbc:h2:file:/x/y;B=2");
        var other = (H2WriteGate.Gated) H2WriteGate.guard(new DriverManagerDataSource(), "jdbc:h2:file:/x/z");
        assertThat(one.gate()).isSameAs(two.gate()).isNotSameAs(other.gate());
    }

    private int query(String sql) {
        try (Connection db = data.getConnection(); var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void insert(int id) {
        try (Connection db = data.getConnection()) {
            db.setAutoCommit(false);
            db.prepareStatement("insert into note values (" + id + ", 'x')").executeUpdate();
            db.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
