package gxq.market.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.springframework.core.io.ClassPathResource;

/**
 * Centroids of the prefecture-level cities by GB/T 2260 code, from {@code market/city-coordinates.csv} (source and
 * licence in docs/reference-data.md §3), and the great-circle distance between two cities.
 */
public final class CityCoordinates {

    private static final double EARTH_RADIUS_KM = 6371.0;

    private final Map<String, double[]> byCode;

    CityCoordinates(Map<String, double[]> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    public static CityCoordinates load() {
        Map<String, double[]> map = new HashMap<>();
        try (var in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("market/city-coordinates.csv").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                map.put(f[0], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CityCoordinates(map);
    }

    public int size() {
        return byCode.size();
    }

    public boolean has(String code) {
        return byCode.containsKey(code);
    }

    /** Great-circle (haversine) distance in km, empty when a city has no coordinates. */
    public OptionalDouble distanceKm(String cityA, String cityB) {
        double[] a = byCode.get(cityA);
        double[] b = byCode.get(cityB);
        if (a == null || b == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(haversine(a[1], a[0], b[1], b[0]));
    }

    static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
