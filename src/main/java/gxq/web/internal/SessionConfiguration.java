package gxq.web.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database: an attribute is written with an upsert, so that two requests of one session that add the
 * same attribute at once (the CSRF token on the first pages after sign-in) do not fail on the primary key with a 500.
 * PostgreSQL uses Spring Session's own customizer; the embedded H2 its {@code MERGE … KEY}.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    static final String H2_UPSERT = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributeUpsert(DataSource dataSource) {
        String product = product(dataSource);
        if (product.contains("postgresql")) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if (product.contains("h2")) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
        }
        return repository -> {
        };
    }

    private static String product(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database product", e);
        }
    }
}
