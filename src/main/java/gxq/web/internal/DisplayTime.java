package gxq.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Times are stored in UTC and shown in Asia/Shanghai. In templates: {@code ${@times.format(instant)}}. */
@Component("times")
public class DisplayTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    public LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
