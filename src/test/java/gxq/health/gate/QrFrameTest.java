package gxq.health.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Camera frames: a readable one is decoded; one that declares a huge size is refused before its pixels are read. */
class QrFrameTest {

    @Test
    void aNormalFrameIsReadAndAnOversizedOneIsRefusedUnread() throws Exception {
        assertThat(QrCodes.readFrame(png(640, 480))).isNotNull().satisfies(i -> assertThat(i.getWidth()).isEqualTo(640));
        // a few kilobytes of PNG that would need 4097 × 1 × 4 bytes: cheap here, but the same check stops 40000 × 40000
        assertThat(QrCodes.readFrame(png(QrCodes.MAX_FRAME_SIDE + 1, 1))).isNull();
        assertThat(QrCodes.readFrame("not an image".getBytes())).isNull();
    }

    private static byte[] png(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
