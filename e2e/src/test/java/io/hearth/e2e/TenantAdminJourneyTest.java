package io.hearth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The housekeeping company's owner at work in tenant-admin, in a real browser (Debian's headless Chromium), signed in
 * through the real Keycloak of the running system: creates a service item, approves a worker from the audit queue
 * and dispatches a paid order to the best-ranked candidate. Each step is checked twice: on the page, and through the
 * platform API with the owner's own token (what the browser did really happened). Screenshots of the main pages go
 * to {@code e2e/target/screenshots/}.
 *
 * <p>The other actors (a worker applying, a customer booking and paying, workers reporting positions) act through
 * the platform's public API, so the journey makes its own data and can run again on the same demo database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantAdminJourneyTest {

    static final String OWNER = "sparkle-owner";
    static final String PASSWORD = "Hearth-Demo-1";
    static final String STAMP = LocalTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));

    static final String APP = System.getProperty("e2e.tenantAdmin", "http://127.0.0.1:8081");
    static final Path SHOTS = Path.of(System.getProperty("e2e.screenshots", "target/screenshots"));

    static WebDriver browser;
    static WebDriverWait waiting;
    static PlatformApi api = new PlatformApi();
    static String ownerToken;
    static int shot;

    @BeforeAll
    static void openBrowser() throws IOException {
        if (Files.isDirectory(SHOTS)) {
            try (var old = Files.list(SHOTS)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("e2e.browser", "/usr/bin/chromium"));
        // the flags Chromium needs on this closed, root-run machine (no sandbox as root, no background calls home)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1440,1000", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("hearth-e2e-chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("e2e.driver", "/usr/bin/chromedriver")).toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        waiting = new WebDriverWait(browser, Duration.ofSeconds(30));
        ownerToken = api.staffToken(OWNER, PASSWORD);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void ownerSignsInThroughKeycloak() {
        browser.get(APP + "/");
        waiting.until(ExpectedConditions.urlContains("/realms/hearth/"));
        screenshot("keycloak-login");
        // Keycloak with Organizations asks for the username first and the password on a second form
        for (int step = 0; step < 3 && browser.getCurrentUrl().contains("/realms/hearth/"); step++) {
            fillIfShown(By.id("username"), OWNER);
            fillIfShown(By.id("password"), PASSWORD);
            String before = browser.getPageSource();
            browser.findElement(By.id("kc-login")).click();
            waiting.until(d -> !d.getPageSource().equals(before));
        }
        waiting.until(ExpectedConditions.urlMatches("^" + APP + "/?$"));
        String page = text(By.tagName("main"));
        assertTrue(page.contains("Welcome, "), page);
        assertTrue(browser.getPageSource().contains(">sparkle<"), "the platform names the tenant on the home page");
        screenshot("home");

        open("/dashboard");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.tagName("canvas")));
        screenshot("dashboard");
    }

    @Test
    @Order(2)
    void createsServiceItem() {
        String name = "E2E sofa deep clean " + STAMP;
        open("/catalog/items/new");
        Select category = new Select(browser.findElement(By.id("categoryId")));
        assertTrue(category.getOptions().size() > 1, "the demo catalog offers categories");
        category.selectByIndex(1);
        new Select(browser.findElement(By.id("unit"))).selectByValue("PER_PIECE");
        type(By.id("basePriceFen"), "188.50");
        type(By.id("defaultDurationMinutes"), "150");
        type(By.id("minQuantity"), "1");
        type(By.id("maxQuantity"), "3");
        type(By.id("name-en"), name);
        type(By.id("name-zh-CN"), "沙发深度清洁 " + STAMP);
        screenshot("item-form");
        submit(By.cssSelector("#item-form button[type=submit]"));
        waiting.until(d -> !d.getCurrentUrl().endsWith("/catalog/items/new"));
        open("/catalog/items");
        assertTrue(browser.getPageSource().contains(name), "the new item is listed");
        screenshot("catalog-items");

        List<Map<String, Object>> items = api.get("/api/tenant/catalog/items?size=200", ownerToken).getList("items");
        Map<String, Object> created = items.stream()
                .filter(i -> name.equals(((Map<?, ?>) ((Map<?, ?>) i.get("texts")).get("en")).get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("the platform has no item named " + name));
        assertEquals(18850, ((Number) created.get("basePriceFen")).intValue(), "188.50 yuan is 18,850 fen");
        assertEquals("PER_PIECE", created.get("unit"));
        assertEquals(150, ((Number) created.get("defaultDurationMinutes")).intValue());
    }

    @Test
    @Order(3)
    void approvesWorkerFromAuditQueue() {
        String[] applicant = api.workerApplicant("E2E Applicant " + STAMP);
        open("/workers?auditStatus=PENDING");
        WebElement link = waiting.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("a[href='/workers/" + applicant[1] + "']")));
        screenshot("worker-audit-queue");
        link.click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("approve-form")));
        assertTrue(browser.getPageSource().contains(applicant[2]));
        screenshot("worker-applicant");
        type(By.cssSelector("#approve-form input[name=reason]"), "E2E: certificates checked");
        submit(By.cssSelector("#approve-form button[type=submit]"));
        waiting.until(ExpectedConditions.urlContains("done=approve"));
        assertTrue(browser.getPageSource().contains("alert-success"), "the page says the approval is saved");
        screenshot("worker-approved");

        JsonPath worker = api.get("/api/tenant/workers/" + applicant[1], ownerToken);
        assertEquals("APPROVED", worker.getString("summary.auditStatus"), worker.prettify());
    }

    @Test
    @Order(4)
    void dispatchesPaidOrderToRankedCandidate() throws InterruptedException {
        String order = api.orderWaitingForDispatch();
        assertTrue(api.onlineWorkersReportPositions() > 0, "the demo has online workers");
        open("/orders/" + order);
        WebElement candidates = waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("candidates")));
        List<WebElement> ranked = candidates.findElements(By.cssSelector("option[data-rank]"));
        assertFalse(ranked.isEmpty(), "dispatch ranks candidates for a paid order near online workers");
        String chosen = ranked.get(0).getAttribute("value");
        new Select(candidates).selectByValue(chosen);
        screenshot("order-dispatch");
        submit(By.cssSelector("#assign-form button[type=submit]"));
        waiting.until(d -> d.getPageSource().contains("alert-success") || d.getPageSource().contains("is-invalid"));
        screenshot("order-dispatched");
        assertTrue(browser.getPageSource().contains("id=\"done\""), "the page says the order is dispatched");

        JsonPath detail = api.get("/api/tenant/orders/" + order, ownerToken);
        assertEquals(chosen, detail.getString("workerId"), detail.prettify());
        assertNotNull(detail.getString("status"));
        open("/orders?status=ACCEPTED&status=PENDING_DISPATCH");
        screenshot("orders");
    }

    @Test
    @Order(5)
    void otherPagesAndChinese() {
        for (String page : List.of("/alerts", "/workers", "/catalog", "/pricing", "/customers", "/inbox", "/settings",
                "/settings/branding", "/staff")) {
            open(page);
            List<WebElement> error = browser.findElements(By.id("error-page"));
            assertTrue(error.isEmpty(), () -> page + " answers an error page: " + error.get(0).getText());
            screenshot(page.substring(1));
        }
        open("/lang?to=zh-CN&back=/dashboard");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.tagName("canvas")));
        assertTrue(browser.findElement(By.tagName("html")).getAttribute("lang").startsWith("zh"), "the page is in Chinese now");
        screenshot("dashboard-zh-CN");
        open("/lang?to=en&back=/");
    }

    // ---- helpers ----

    static void open(String path) {
        browser.get(APP + path);
        waiting.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    static void type(By field, String value) {
        WebElement e = browser.findElement(field);
        e.clear();
        e.sendKeys(value);
    }

    static void fillIfShown(By field, String value) {
        List<WebElement> found = browser.findElements(field);
        if (!found.isEmpty() && found.get(0).isDisplayed() && found.get(0).isEnabled()) {
            found.get(0).clear();
            found.get(0).sendKeys(value);
        }
    }

    /** Clicks a form's submit button and, when the form asks for confirmation, confirms. */
    static void submit(By button) {
        browser.findElement(button).click();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(2)).until(ExpectedConditions.alertIsPresent()).accept();
        } catch (org.openqa.selenium.TimeoutException noConfirmation) {
            // the form did not ask
        }
    }

    static String text(By by) {
        return waiting.until(ExpectedConditions.presenceOfElementLocated(by)).getText();
    }

    static void screenshot(String name) {
        try {
            Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, SHOTS.resolve(String.format("%02d-%s.png", ++shot, name.replace('/', '-'))),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        }
    }
}
