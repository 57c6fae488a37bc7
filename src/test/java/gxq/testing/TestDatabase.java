package gxq.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the test database. By default an in-memory H2 in PostgreSQL mode. With {@code -Dgxq.test.database=postgres}
 * (the second surefire pass, see pom.xml) a fresh PostgreSQL database is created once per JVM on the server given by
 * {@code gxq.test.pg.url}; there is no fallback, so an unreachable PostgreSQL fails the build instead of skipping.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static volatile String postgresUrl;

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("gxq.test.database"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = onPostgres() ? postgres()
                : "jdbc:h2:mem:gxq-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        String user = onPostgres() ? System.getProperty("gxq.test.pg.user", "postgres") : "sa";
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("gxq-test-database", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", user,
                "spring.datasource.password", onPostgres() ? System.getProperty("gxq.test.pg.password", "") : "")));
    }

    private static synchronized String postgres() {
        if (postgresUrl == null) {
            String admin = System.getProperty("gxq.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
            String name = "gxq_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
            try (Connection c = DriverManager.getConnection(admin, System.getProperty("gxq.test.pg.user", "postgres"),
                    System.getProperty("gxq.test.pg.password", ""));
                    Statement s = c.createStatement()) {
                s.execute("create database " + name + " encoding 'UTF8' template template0");
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL tests need a server at " + admin + ": " + e.getMessage(), e);
            }
            postgresUrl = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
            System.out.println("[gxq] PostgreSQL test database: " + postgresUrl);
        }
        return postgresUrl;
    }
}
