/**
 * Signed health codes: the short-lived token a QR code carries, its issuer and verifier, and the Ed25519 key ring.
 *
 * <p>Format (see {@code docs/health-code.md}): claims as a CBOR map with small integer keys → COSE_Sign1 (EdDSA,
 * kid in the protected header) → zlib only when it shrinks → Base45 (RFC 9285) → prefix {@code GXQ1:}. The token
 * holds a pseudonym, never a name, ID number or phone number.
 *
 * <p>Entry points: {@link gxq.health.code.HealthCodeIssuer}, {@link gxq.health.code.HealthCodeVerifier},
 * {@link gxq.health.code.SigningKeys}.
 */
@org.springframework.modulith.NamedInterface("code")
package gxq.health.code;
