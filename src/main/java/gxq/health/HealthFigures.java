package gxq.health;

import java.time.LocalDate;
import java.util.List;

/**
 * Health figures of a zone as the zone overview shows them (docs/health-zone.md), for zone reports and the national
 * view. Colours are the effective colours of ACTIVE employees now; {@code day} (Asia/Shanghai) is the day whose
 * declarations are counted. The caller decides who may see which zone.
 */
public interface HealthFigures {

    ZoneHealthFigures ofZone(long zoneId, LocalDate day);

    /** One entry per zone that has active employees, by zone id. */
    List<ZoneHealthFigures> allZones(LocalDate day);
}
