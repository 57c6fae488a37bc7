package gxq.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import gxq.testing.Fixtures;
import gxq.testing.TestDatabase;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Base of the browser journeys: the whole application on a random port (H2, profile {@code test}) driven by Playwright
 * in the machine's Chromium ({@code /usr/bin/chromium}, installed by {@code .ci/run}; Playwright never downloads a
 * browser). Each test gets a fresh browser context (no cookies) with a desktop viewport; {@link #usePhone()} switches
 * to a 375-pixel-wide phone. Screenshots go to {@code target/screenshots/}, and one is taken automatically when a
 * test fails.
 *
 * <p>A new journey: extend this class, create its accounts with {@link #fixtures}, {@link #signIn} and drive
 * {@link #page} with Playwright's auto-waiting assertions ({@code PlaywrightAssertions.assertThat}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Fixtures.class)
public abstract class BrowserTest {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected Fixtures fixtures;

    protected BrowserContext context;
    protected Page page;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = extension -> {
        if (extension.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            screenshot("FAILED-" + extension.getRequiredTestMethod().getName());
        }
    };

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("Browser tests need Chromium at " + CHROMIUM + ". Install it with: apt-get update && apt-get install -y "
                    + "chromium chromium-driver fonts-wqy-zenhei  (.ci/run does this)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openDesktop() {
        open(new Browser.NewContextOptions().setViewportSize(1280, 800));
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** Starts over in a new context as a 375 × 740 phone (touch, mobile viewport meta honoured). */
    protected void usePhone() {
        closeContext();
        open(new Browser.NewContextOptions().setViewportSize(375, 740).setDeviceScaleFactor(2).setIsMobile(true)
                .setHasTouch(true));
    }

    private void open(Browser.NewContextOptions options) {
        context = browser.newContext(options.setLocale("zh-CN").setTimezoneId("Asia/Shanghai"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens {@code path} and waits until the page has loaded. */
    protected void go(String path) {
        page.navigate(url(path));
    }

    /** Fills in the sign-in form and waits for the page the server answers with (home, password change or error). */
    protected void signIn(String username, String password) {
        go("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#loginForm button[type=submit]").click();
        page.waitForURL(u -> !u.equals(url("/login")));
    }

    /** A full-page screenshot at {@code target/screenshots/<TestClass>-<name>.png}. */
    protected Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
