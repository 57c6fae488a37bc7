package gxq.report;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread sends while {@link #count} runs (MockMvc requests run on the test's
 * thread): for tests that a page's number of queries does not grow with its data.
 */
@TestConfiguration(proxyBeanMethods = false)
class QueryCounter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** The number of statements {@code work} sent. */
    static int count(Callable<?> work) throws Exception {
        int[] n = {0};
        COUNT.set(n);
        try {
            work.call();
        } finally {
            COUNT.remove();
        }
        return n[0];
    }

    private static void hit() {
        int[] n = COUNT.get();
        if (n != null) {
            n[0]++;
        }
    }

    @org.springframework.context.annotation.Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource ds && !(bean instanceof Counting)) {
                    return new Counting(ds);
                }
                return bean;
            }
        };
    }

    static final class Counting extends DelegatingDataSource {
        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            return wrap(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws java.sql.SQLException {
            return wrap(super.getConnection(user, password));
        }
    }

    private static Connection wrap(Connection c) {
        return (Connection) Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler(c, m -> {
                    if (m.startsWith("prepare")) {
                        hit();
                    }
                }, true));
    }

    private static InvocationHandler handler(Object target, java.util.function.Consumer<String> onCall,
            boolean wrapStatements) {
        return (proxy, method, args) -> {
            onCall.accept(method.getName());
            Object out;
            try {
                out = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (wrapStatements && method.getName().equals("createStatement") && out instanceof Statement s) {
                return Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[] {Statement.class},
                        handler(s, m -> {
                            if (m.startsWith("execute")) {
                                hit();
                            }
                        }, false));
            }
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return out;
            }
            return out;
        };
    }
}
