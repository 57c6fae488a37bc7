package gxq.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.health.Colour;
import gxq.health.code.HealthCodeIssuer;
import gxq.health.code.SubjectPseudonyms;
import gxq.health.gate.GateFixtures;
import gxq.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A guard scans with the camera. Chromium's fake camera plays a video of the employee's QR code; headless Chromium
 * on Linux has no {@code BarcodeDetector} (checked with Chromium 156), so this exercises the fallback: frames sent to {@code /gate/decode} and
 * decoded on the server with ZXing, then the scan.
 */
@Import(GateFixtures.class)
class GateCameraJourneyTest extends BrowserTest {

    @Autowired GateFixtures gate;
    @Autowired HealthCodeIssuer issuer;
    @Autowired SubjectPseudonyms pseudonyms;

    @Test
    void guardScansWithTheCameraAndSeesGreen() throws Exception {
        long zone = 169;
        long employee = fixtures.employee(fixtures.enterprise(zone), "孙摄像");
        gate.status(employee, Colour.GREEN);
        gate.checkpoint(zone, null, "北门");
        GxqUser guard = fixtures.account(Role.GATE_GUARD, zone, null, null);
        String token = issuer.issue(pseudonyms.of(employee), Colour.GREEN, zone, 1).token();
        Path video = Files.createTempFile("qr", ".y4m");
        writeY4m(token, video);

        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser camBrowser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                     .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                             "--use-file-for-fake-video-capture=" + video)))) {
            closeContext();
            context = camBrowser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("zh-CN")
                    .setTimezoneId("Asia/Shanghai"));
            context.grantPermissions(List.of("camera"), new com.microsoft.playwright.BrowserContext.GrantPermissionsOptions()
                    .setOrigin(url("")));
            context.setDefaultTimeout(20_000);
            page = context.newPage();
            signIn(guard.getUsername(), Fixtures.PASSWORD);
            go("/gate");
            page.locator("#cameraButton").click();
            assertThat(page.locator("#verdict")).hasAttribute("data-outcome", "ADMITTED");
            assertThat(page.locator("#verdict .verdict-name")).containsText("孙**");
            screenshot("camera-verdict");
            closeContext();
        } finally {
            Files.deleteIfExists(video);
        }
    }

    /** A few frames of 640×480 YUV 4:2:0 showing the QR code on white (Y4M, as Chromium's fake camera reads). */
    private static void writeY4m(String text, Path file) throws Exception {
        int w = 640;
        int h = 480;
        BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 440, 440,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q, EncodeHintType.MARGIN, 2));
        byte[] y = new byte[w * h];
        java.util.Arrays.fill(y, (byte) 235);
        int ox = (w - m.getWidth()) / 2;
        int oy = (h - m.getHeight()) / 2;
        for (int yy = 0; yy < m.getHeight(); yy++) {
            for (int xx = 0; xx < m.getWidth(); xx++) {
                if (m.get(xx, yy)) {
                    y[(oy + yy) * w + ox + xx] = 16;
                }
            }
        }
        byte[] chroma = new byte[w * h / 4];
        java.util.Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + w + " H" + h + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (int f = 0; f < 10; f++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(y);
                out.write(chroma);
                out.write(chroma);
            }
        } catch (IOException e) {
            throw e;
        }
    }
}
