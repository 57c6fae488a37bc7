package gxq.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Like {@link TestDatabase}, but on PostgreSQL a database of its own: the demo generators only fill an empty database
 * (no accounts; no health declarations), and the PostgreSQL pass otherwise shares one database between all test
 * classes of a run. On H2 every context gets a fresh in-memory database anyway. No fallback: an unreachable PostgreSQL
 * fails the test.
 */
public class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!TestDatabase.onPostgres()) {
            new TestDatabase().initialize(context);
            return;
        }
        String admin = System.getProperty("gxq.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("gxq.test.pg.user", "postgres");
        String password = System.getProperty("gxq.test.pg.password", "");
        String name = "gxq_demo_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(admin, user, password); Statement s = c.createStatement()) {
            s.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL tests need a server at " + admin + ": " + e.getMessage(), e);
        }
        String url = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("gxq-demo-test-database", Map.of(
                "spring.datasource.url", url, "spring.datasource.username", user, "spring.datasource.password", password)));
    }
}
