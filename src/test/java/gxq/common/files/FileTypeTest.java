package gxq.common.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileTypeTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void detectsTheThreeTypesByTheirFirstBytesOnly() {
        assertThat(FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})).contains(FileType.JPEG);
        assertThat(FileType.detect(PNG)).contains(FileType.PNG);
        assertThat(FileType.detect(PDF)).contains(FileType.PDF);
        assertThat(FileType.detect("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.detect("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.detect(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();
        assertThat(FileType.detect(new byte[0])).isEmpty();
        assertThat(FileType.detect(null)).isEmpty();
    }

    @Test
    void theNameMustFitTheContent() {
        assertThat(FileType.PNG.fitsName("a.PNG")).isTrue();
        assertThat(FileType.PNG.fitsName("a.pdf")).isFalse();
        assertThat(FileType.JPEG.fitsName("photo.jpeg")).isTrue();
        assertThat(FileType.JPEG.fitsName("photo.jpg")).isTrue();
        assertThat(FileType.PDF.fitsName("report")).isFalse();
        assertThat(FileType.PDF.fitsName(null)).isFalse();
    }

    @Test
    void namesLoseTheirPathAndControlCharacters() {
        assertThat(FileType.cleanName("C:\\Users\\x\\记录.pdf")).isEqualTo("记录.pdf");
        assertThat(FileType.cleanName("../../etc/a\"b\n.png")).isEqualTo("ab.png");
        assertThat(FileType.cleanName("  ")).isEqualTo("file");
        assertThat(FileType.cleanName("x".repeat(300) + ".pdf")).hasSize(120).endsWith(".pdf");
    }
}
