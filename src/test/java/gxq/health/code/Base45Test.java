package gxq.health.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base45Test {

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource(delimiter = '|', value = {
            // RFC 9285 §4.3 and §4.4
            "AB|BB8",
            "Hello!!|%69 VD92EX0",
            "base-45|UJCLQE7W581",
            "ietf!|QED8WEX0",
            "|"})
    void encodesAndDecodesTheRfcExamples(String plain, String encoded) {
        byte[] bytes = plain == null ? new byte[0] : plain.getBytes(StandardCharsets.US_ASCII);
        String text = encoded == null ? "" : encoded;
        assertThat(Base45.encode(bytes)).isEqualTo(text);
        assertThat(Base45.decode(text, 0)).isEqualTo(bytes);
    }

    @Test
    void decodesFromAnOffset() {
        assertThat(Base45.decode("GXQ1:BB8", 5)).isEqualTo("AB".getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GGW",      // 65536: one more than two bytes hold (RFC 9285 §6)
            "ZZZ",      // 44 + 44*45 + 44*2025 > 65535
            "B",        // length 1 mod 3
            "BB8B",     // length 1 mod 3
            ":Z",       // trailing pair 44 + 35*45 > 255
            "bb8",      // lower case is not in the alphabet
            "BB_",      // underscore is not in the alphabet
            "BB\u00e9"})
    void rejectsInvalidInput(String text) {
        assertThatThrownBy(() -> Base45.decode(text, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTripsRandomBytesOfEveryLengthUpTo300() {
        Random random = new Random(42);
        for (int length = 0; length <= 300; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            String text = Base45.encode(data);
            assertThat(text.length()).isEqualTo(length / 2 * 3 + length % 2 * 2);
            assertThat(text).matches("[0-9A-Z $%*+\\-./:]*");
            assertThat(Base45.decode(text, 0)).isEqualTo(data);
        }
    }

    @Test
    void encodesTheExtremes() {
        assertThat(Base45.encode(new byte[] {(byte) 0xff, (byte) 0xff})).isEqualTo("FGW");
        assertThat(Base45.encode(new byte[] {(byte) 0xff})).isEqualTo("U5");
        assertThat(Base45.encode(new byte[] {0, 0})).isEqualTo("000");
    }
}
