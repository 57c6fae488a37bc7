package gxq;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** GXQ: epidemic prevention and orderly resumption of work in China's national high-tech zones. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GxqApplication {

    public static void main(String[] args) {
        SpringApplication.run(GxqApplication.class, args);
    }
}
