package gxq.common.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

class UploadsTest {

    @Test
    void skipsEmptyInputsLeavesOversizeFilesUnreadAndStopsOneOverTheLimit() {
        List<MultipartFile> files = List.of(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]),
                new MockMultipartFile("files", "a.pdf", "application/pdf", new byte[10]),
                new MockMultipartFile("files", "big.pdf", "application/pdf", new byte[101]),
                new MockMultipartFile("files", "c.pdf", "application/pdf", new byte[1]),
                new MockMultipartFile("files", "d.pdf", "application/pdf", new byte[1]));
        List<Upload> read = Uploads.read(files, 2, 100);
        assertThat(read).extracting(Upload::originalName).containsExactly("a.pdf", "big.pdf", "c.pdf");
        assertThat(read.get(0).content()).hasSize(10);
        assertThat(read.get(1).content()).isNull();
        assertThat(read.get(1).size()).isEqualTo(101);
        assertThat(Uploads.read(null, 2, 100)).isEmpty();
    }

    @Test
    void imagesAreShownInlineOtherFilesDownloadedWithTheirUtf8Name() {
        var image = Uploads.download("照片.png", "image/png", new byte[] {1});
        assertThat(image.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline")
                .contains("filename*=UTF-8''%E7%85%A7%E7%89%87.png");
        var pdf = Uploads.download("a\"\r\nX-Evil: 1.pdf", "application/pdf", new byte[] {1});
        assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                .doesNotContain("\r").doesNotContain("\n");
        assertThat(pdf.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(pdf.getHeaders().getCacheControl()).contains("no-store");
    }
}
