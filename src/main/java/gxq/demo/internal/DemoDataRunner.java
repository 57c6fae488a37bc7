package gxq.demo.internal;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** With profile {@code demo}: fills an empty database on start and prints the demo logins. */
@Component
@Profile("demo")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoDataGenerator generator;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Environment environment;

    DemoDataRunner(DemoDataGenerator generator, JdbcTemplate jdbc, PasswordEncoder encoder, Environment environment) {
        this.generator = generator;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<DemoSummary> summary = generator.populateIfEmpty();
        DemoDataProperties settings = generator.settings();
        List<DemoZone> zones = summary.map(DemoSummary::zones).orElseGet(generator::zones);
        if (summary.isEmpty() && !demoPasswordStillWorks()) {
            return; // not (or no longer) a demo database: print no password
        }
        String url = "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
        log.info(DemoLogins.block(DemoLogins.find(jdbc, zones), settings.password(), url, summary));
    }

    /** Whether the demo admin still exists with the demo password (one hash check). */
    private boolean demoPasswordStillWorks() {
        List<String> hashes = jdbc.queryForList("select password_hash from app_user where username = 'admin'", String.class);
        return hashes.size() == 1 && encoder.matches(generator.settings().password(), hashes.get(0));
    }
}
