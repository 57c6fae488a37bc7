package gxq.resumption.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileTypesTest {

    @Test
    void detectsTheThreeTypesByTheirFirstBytesOnly() {
        assertThat(FileTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})).contains(FileTypes.JPEG);
        assertThat(FileTypes.detect(FilingAttachmentTest.PNG)).contains(FileTypes.PNG);
        assertThat(FileTypes.detect(FilingAttachmentTest.PDF)).contains(FileTypes.PDF);
        assertThat(FileTypes.detect("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileTypes.detect("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileTypes.detect(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();
        assertThat(FileTypes.detect(new byte[0])).isEmpty();
        assertThat(FileTypes.detect(null)).isEmpty();
    }

    @Test
    void theNameMustFitTheContent() {
        assertThat(FileTypes.PNG.fitsName("a.PNG")).isTrue();
        assertThat(FileTypes.PNG.fitsName("a.pdf")).isFalse();
        assertThat(FileTypes.JPEG.fitsName("photo.jpeg")).isTrue();
        assertThat(FileTypes.JPEG.fitsName("photo.jpg")).isTrue();
        assertThat(FileTypes.PDF.fitsName("report")).isFalse();
        assertThat(FileTypes.PDF.fitsName(null)).isFalse();
    }

    @Test
    void namesLoseTheirPathAndControlCharacters() {
        assertThat(FileTypes.cleanName("C:\\Users\\x\\记录.pdf")).isEqualTo("记录.pdf");
        assertThat(FileTypes.cleanName("../../etc/a\"b\n.png")).isEqualTo("ab.png");
        assertThat(FileTypes.cleanName("  ")).isEqualTo("file");
        assertThat(FileTypes.cleanName("x".repeat(300) + ".pdf")).hasSize(120).endsWith(".pdf");
    }
}
