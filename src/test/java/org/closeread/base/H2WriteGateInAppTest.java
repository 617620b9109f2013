package org.closeread.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The application's data source is gated on H2 (and only there), with the pool still behind it. */
@SpringBootTest
class H2WriteGateInAppTest {

    @Autowired
    DataSource dataSource;

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void writers_take_turns_on_h2_and_not_on_postgresql() throws Exception {
        assertThat(dataSource instanceof H2WriteGate.Gated).isEqualTo(url.startsWith("jdbc:h2:"));
        assertThat(dataSource.isWrapperFor(HikariDataSource.class)).isTrue();
        assertThat(dataSource.unwrap(HikariDataSource.class).isRunning()).isTrue();
    }
}
