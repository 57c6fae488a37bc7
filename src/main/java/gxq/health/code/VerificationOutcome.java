package gxq.health.code;

/**
 * Why a code was accepted or refused. Each refusal has its own value so a gate and the scan log can tell a forged
 * code from an expired one.
 */
public enum VerificationOutcome {
    /** Signature valid, within its validity window: compare the claims with the current status next. */
    OK,
    /** Not a GXQ health code: wrong prefix, bad Base45, bad zlib, bad COSE/CBOR structure, unsupported algorithm. */
    MALFORMED,
    /** Well-formed, but no key with its kid is trusted (never issued here, or retired). */
    UNKNOWN_KEY,
    /** The signature does not match: the code was altered or forged. */
    BAD_SIGNATURE,
    /** Genuine, but past its expiry (beyond the clock-skew allowance): a screenshot or an old printout. */
    EXPIRED,
    /** Genuine, but issued in the future (beyond the clock-skew allowance): a clock is wrong. */
    NOT_YET_VALID;

    /** Whether the signature was checked and found valid, so that the claims may be read (OK, EXPIRED, NOT_YET_VALID). */
    public boolean authentic() {
        return this == OK || this == EXPIRED || this == NOT_YET_VALID;
    }
}
