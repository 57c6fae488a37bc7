package gxq.health.code;

import gxq.health.Colour;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.cbor.CBORFactory;
import tools.jackson.dataformat.cbor.CBORGenerator;
import tools.jackson.dataformat.cbor.CBORParser;
import tools.jackson.dataformat.cbor.CBORWriteFeature;

/**
 * The wire format, both ways: claims map ⇄ CBOR, COSE_Sign1 envelope and Sig_structure, optional zlib, Base45 and
 * prefix. Documented in {@code docs/health-code.md}; any change here is a new prefix version.
 */
final class HealthCodeFormat {

    static final String PREFIX = "GXQ1:";

    // claims map keys (keys 4 and 6 have their RFC 8392 CWT meaning: exp and iat as NumericDate)
    static final int CLAIM_ZONE = 1;
    static final int CLAIM_SUBJECT = 2;
    static final int CLAIM_COLOUR = 3;
    static final int CLAIM_EXPIRES = 4;
    static final int CLAIM_SEQUENCE = 5;
    static final int CLAIM_ISSUED = 6;

    // COSE (RFC 9052)
    static final int COSE_SIGN1_TAG = 18;
    static final int HEADER_ALG = 1;
    static final int HEADER_KID = 4;
    static final int ALG_EDDSA = -8;
    static final int SIGNATURE_LENGTH = 64;

    /** Upper bound for an inflated token: a genuine one is ~130 bytes; refuses zlib bombs. */
    static final int MAX_COSE_BYTES = 1024;
    private static final int ZLIB_FIRST_BYTE = 0x78;

    private static final CBORFactory CBOR = CBORFactory.builder().enable(CBORWriteFeature.WRITE_MINIMAL_INTS).build();

    private HealthCodeFormat() {
    }

    /** A parsed, not yet verified, COSE_Sign1. */
    record CoseSign1(byte[] protectedHeader, KeyId keyId, byte[] payload, byte[] signature) {
    }

    // ---------------------------------------------------------------- writing

    static byte[] protectedHeader(KeyId kid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16);
        try (JsonGenerator g = CBOR.createGenerator(out)) {
            g.writeStartObject(null, 2);
            g.writePropertyId(HEADER_ALG);
            g.writeNumber(ALG_EDDSA);
            g.writePropertyId(HEADER_KID);
            g.writeBinary(kid.bytes());
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    static byte[] claims(HealthCodeClaims c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        try (JsonGenerator g = CBOR.createGenerator(out)) {
            g.writeStartObject(null, 6);
            g.writePropertyId(CLAIM_ZONE);
            g.writeNumber(c.zoneId());
            g.writePropertyId(CLAIM_SUBJECT);
            g.writeBinary(c.subject().bytes());
            g.writePropertyId(CLAIM_COLOUR);
            g.writeNumber(colourCode(c.colour()));
            g.writePropertyId(CLAIM_EXPIRES);
            g.writeNumber(c.expiresAt().getEpochSecond());
            g.writePropertyId(CLAIM_SEQUENCE);
            g.writeNumber(c.sequence());
            g.writePropertyId(CLAIM_ISSUED);
            g.writeNumber(c.issuedAt().getEpochSecond());
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    /** Sig_structure = ["Signature1", body_protected, external_aad = h'', payload] (RFC 9052 §4.4). */
    static byte[] toBeSigned(byte[] protectedHeader, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(protectedHeader.length + payload.length + 20);
        try (JsonGenerator g = CBOR.createGenerator(out)) {
            g.writeStartArray(null, 4);
            g.writeString("Signature1");
            g.writeBinary(protectedHeader);
            g.writeBinary(new byte[0]);
            g.writeBinary(payload);
            g.writeEndArray();
        }
        return out.toByteArray();
    }

    /** COSE_Sign1 = #6.18([protected, unprotected = {}, payload, signature]). */
    static byte[] coseSign1(byte[] protectedHeader, byte[] payload, byte[] signature) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(protectedHeader.length + payload.length + 80);
        try (CBORGenerator g = (CBORGenerator) CBOR.createGenerator(out)) {
            g.writeTag(COSE_SIGN1_TAG);
            g.writeStartArray(null, 4);
            g.writeBinary(protectedHeader);
            g.writeStartObject(null, 0);
            g.writeEndObject();
            g.writeBinary(payload);
            g.writeBinary(signature);
            g.writeEndArray();
        }
        return out.toByteArray();
    }

    /** zlib only when it makes the token shorter, then Base45 and the prefix. */
    static String token(byte[] cose) {
        byte[] packed = deflate(cose);
        return PREFIX + Base45.encode(packed.length < cose.length ? packed : cose);
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] buf = new byte[data.length + 64];
            int n = 0;
            while (!deflater.finished()) {
                if (n == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                n += deflater.deflate(buf, n, buf.length - n);
            }
            return Arrays.copyOf(buf, n);
        } finally {
            deflater.end();
        }
    }

    static int colourCode(Colour colour) {
        return switch (colour) {
            case GREEN -> 1;
            case YELLOW -> 2;
            case RED -> 3;
        };
    }

    // ---------------------------------------------------------------- reading

    /** Prefix, Base45 and (if the data starts with a zlib header) inflation: the raw COSE_Sign1 bytes. */
    static byte[] unwrap(String token) throws MalformedCodeException {
        if (token == null || !token.startsWith(PREFIX)) {
            throw new MalformedCodeException("prefix");
        }
        if (token.length() > PREFIX.length() + MAX_COSE_BYTES * 3 / 2) {
            throw new MalformedCodeException("too long");
        }
        byte[] data;
        try {
            data = Base45.decode(token, PREFIX.length());
        } catch (IllegalArgumentException e) {
            throw new MalformedCodeException("base45");
        }
        if (data.length > 0 && (data[0] & 0xff) == ZLIB_FIRST_BYTE) {
            data = inflate(data);
        }
        return data;
    }

    private static byte[] inflate(byte[] data) throws MalformedCodeException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            byte[] buf = new byte[MAX_COSE_BYTES + 1];
            int n = 0;
            while (!inflater.finished() && n < buf.length) {
                int k = inflater.inflate(buf, n, buf.length - n);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new MalformedCodeException("zlib truncated");
                }
                n += k;
            }
            if (!inflater.finished() || n > MAX_COSE_BYTES || inflater.getRemaining() != 0) {
                throw new MalformedCodeException("zlib size");
            }
            return Arrays.copyOf(buf, n);
        } catch (DataFormatException e) {
            throw new MalformedCodeException("zlib");
        } finally {
            inflater.end();
        }
    }

    /**
     * Parses the COSE_Sign1 envelope and its protected header (algorithm and kid only: both are needed to pick the
     * key, and both are covered by the signature). The payload is not looked at.
     */
    static CoseSign1 parseCose(byte[] cose) throws MalformedCodeException {
        try (CBORParser p = (CBORParser) CBOR.createParser(cose)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new MalformedCodeException("not an array");
            }
            int tag = p.getCurrentTag();
            if (tag != -1 && tag != COSE_SIGN1_TAG) {
                throw new MalformedCodeException("tag");
            }
            byte[] protectedHeader = bytes(p);
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.END_OBJECT) {
                throw new MalformedCodeException("unprotected header must be empty");
            }
            byte[] payload = bytes(p);
            byte[] signature = bytes(p);
            if (p.nextToken() != JsonToken.END_ARRAY || p.nextToken() != null) {
                throw new MalformedCodeException("trailing data");
            }
            if (signature.length != SIGNATURE_LENGTH) {
                throw new MalformedCodeException("signature length");
            }
            return new CoseSign1(protectedHeader, keyIdOf(protectedHeader), payload, signature);
        } catch (JacksonException e) {
            throw new MalformedCodeException("cbor");
        }
    }

    private static KeyId keyIdOf(byte[] protectedHeader) throws MalformedCodeException {
        boolean algSeen = false;
        KeyId kid = null;
        try (JsonParser p = CBOR.createParser(protectedHeader)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedCodeException("protected header");
            }
            String name;
            while ((name = p.nextName()) != null) {
                switch (name) {
                    case "1" -> {
                        if (algSeen || p.nextToken() != JsonToken.VALUE_NUMBER_INT
                                || p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() != ALG_EDDSA) {
                            throw new MalformedCodeException("alg");
                        }
                        algSeen = true;
                    }
                    case "4" -> {
                        byte[] k = bytes(p);
                        if (kid != null || k.length != KeyId.LENGTH) {
                            throw new MalformedCodeException("kid");
                        }
                        kid = KeyId.ofBytes(k, 0);
                    }
                    default -> throw new MalformedCodeException("unexpected protected header " + name);
                }
            }
            if (p.nextToken() != null || !algSeen || kid == null) {
                throw new MalformedCodeException("protected header incomplete");
            }
            return kid;
        }
    }

    /** Decodes the claims of a payload whose signature has been verified. */
    static HealthCodeClaims parseClaims(byte[] payload, KeyId kid) throws MalformedCodeException {
        long zone = -1;
        byte[] subject = null;
        long colour = -1;
        long expires = -1;
        long sequence = -1;
        long issued = -1;
        try (JsonParser p = CBOR.createParser(payload)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedCodeException("claims");
            }
            String name;
            while ((name = p.nextName()) != null) {
                switch (name) {
                    case "1" -> zone = once(zone, p);
                    case "2" -> {
                        if (subject != null) {
                            throw new MalformedCodeException("duplicate subject");
                        }
                        subject = bytes(p);
                    }
                    case "3" -> colour = once(colour, p);
                    case "4" -> expires = once(expires, p);
                    case "5" -> sequence = once(sequence, p);
                    case "6" -> issued = once(issued, p);
                    default -> {
                        p.nextToken(); // unknown claims of a later minor revision are ignored
                        p.skipChildren();
                    }
                }
            }
            if (p.nextToken() != null) {
                throw new MalformedCodeException("trailing data");
            }
        } catch (JacksonException e) {
            throw new MalformedCodeException("claims cbor");
        }
        if (zone < 0 || subject == null || subject.length != Pseudonym.LENGTH || colour < 0 || expires < 0
                || sequence < 0 || issued < 0 || expires <= issued) {
            throw new MalformedCodeException("claims incomplete");
        }
        Colour c;
        if (colour == 1) {
            c = Colour.GREEN;
        } else if (colour == 2) {
            c = Colour.YELLOW;
        } else if (colour == 3) {
            c = Colour.RED;
        } else {
            throw new MalformedCodeException("colour");
        }
        return new HealthCodeClaims(Pseudonym.of(subject), c, zone, sequence,
                Instant.ofEpochSecond(issued), Instant.ofEpochSecond(expires), kid);
    }

    private static long once(long current, JsonParser p) throws MalformedCodeException {
        if (current != -1) {
            throw new MalformedCodeException("duplicate claim");
        }
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new MalformedCodeException("claim type");
        }
        long v = p.getLongValue();
        if (v < 0) {
            throw new MalformedCodeException("negative claim");
        }
        return v;
    }

    private static byte[] bytes(JsonParser p) throws MalformedCodeException {
        if (p.nextToken() != JsonToken.VALUE_EMBEDDED_OBJECT) {
            throw new MalformedCodeException("byte string expected");
        }
        return p.getBinaryValue();
    }
}
