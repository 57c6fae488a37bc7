package gxq.account.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import gxq.account.Role;

/**
 * First start of a production installation: when there is no account at all and {@code GXQ_BOOTSTRAP_ADMIN_PASSWORD}
 * is set, opens the ministry administrator {@code gxq.bootstrap.admin-username} (default {@code admin}), who must
 * change the password at first sign-in. Runs before the demo data generator, which then finds accounts and stops.
 */
@Component
@Order(0)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    private final JdbcClient db;
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    InitialAdmin(JdbcClient db, UserStore users, PasswordEncoder encoder,
            @Value("${gxq.bootstrap.admin-username:admin}") String username,
            @Value("${gxq.bootstrap.admin-password:}") String password) {
        this.db = db;
        this.users = users;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        long accounts = db.sql("select count(*) from app_user").query(Long.class).single();
        if (accounts > 0 || password.isBlank()) {
            return;
        }
        PasswordPolicy.problem(password, username).ifPresent(key -> {
            throw new IllegalStateException("GXQ_BOOTSTRAP_ADMIN_PASSWORD breaks the password policy: " + key);
        });
        users.insert(username, encoder.encode(password), "科技部管理员", Role.MINISTRY_ADMIN, null, null, null, null,
                null, null, null, true, true);
        log.warn("Opened the initial ministry administrator '{}'; the password must be changed at first sign-in.", username);
    }
}
