package gxq.health.code;

/**
 * A freshly signed code: {@code token} goes into a QR code in alphanumeric mode; {@code claims} are what it says
 * (for the page's countdown and for logs).
 */
public record IssuedHealthCode(String token, HealthCodeClaims claims) {
}
