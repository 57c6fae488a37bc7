package gxq.health;

/**
 * @param employees        ACTIVE employees of the zone
 * @param green            of them with a green code now (likewise yellow, red; {@code noStatus}: no code yet)
 * @param declared         of them who declared on the day
 * @param underObservation of them within a 14-day watch after returning from a risk area now
 * @param openAlerts       the zone's health alerts not yet acknowledged
 */
public record ZoneHealthFigures(long zoneId, long employees, long green, long yellow, long red, long noStatus,
        long declared, long underObservation, long openAlerts) {
}
