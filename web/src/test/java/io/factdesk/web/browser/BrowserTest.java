package io.factdesk.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * One headless Chromium per test class, driving the running test application like a person would, plus the
 * quality gates every key page must pass: axe-core (0 violations) and the Nu Html Checker (0 errors).
 */
abstract class BrowserTest {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("..", "docs", "screenshots");

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        boolean required = "true".equals(System.getenv("FACTDESK_REQUIRE_BROWSER"));
        if (!Files.isExecutable(CHROMIUM)) {
            if (required) {
                throw new IllegalStateException("Chromium is required at " + CHROMIUM);
            }
            Assumptions.abort("Chromium is not installed at " + CHROMIUM);
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    String url(String path) {
        String root = base.toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }

    /** A fresh, logged-out reader with a phone-sized window. */
    Page reader() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        return remembered(context.newPage());
    }

    /**
     * Keeps the HTML of every page as the server sent it, so the checker validates the real bytes without a
     * second request (a refetch would also renew the CSRF cookie under the open form).
     */
    static Page remembered(Page page) {
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'Content Security Policy violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI))");
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                VIOLATIONS.add(message.location() + " " + message.text());
            }
        });
        page.onResponse(response -> {
            if ("document".equals(response.request().resourceType()) && (response.status() < 300 || response.status() >= 400)) {
                SERVED.put(response.url(), response.text());
            }
        });
        return page;
    }

    static final java.util.Map<String, String> SERVED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Everything the Content-Security-Policy blocked (or would have) on any page of the test class. */
    static final java.util.Queue<String> VIOLATIONS = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** A staff member logged in through the OIDC code flow (the Dev Services login page lists the users). */
    Page staff(String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900));
        Page page = remembered(context.newPage());
        page.navigate(url("/desk"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(username).setExact(true)).click();
        try {
            page.waitForURL(u -> u.contains("/desk") && !u.contains("code="),
                    new Page.WaitForURLOptions().setTimeout(15_000));
        } catch (RuntimeException e) {
            throw new AssertionError("login did not reach the desk; at " + page.url() + ":\n" + page.content(), e);
        }
        assertThat(page.content()).contains("Signed in as");
        return page;
    }

    /** Waits until the page is at an address containing {@code part}; fails with the page it is at instead. */
    static void waitFor(Page page, String part) {
        try {
            page.waitForURL(u -> u.contains(part), new Page.WaitForURLOptions().setTimeout(15_000));
        } catch (RuntimeException e) {
            throw new AssertionError("expected " + part + " but at " + page.url() + ":\n" + page.content(), e);
        }
    }

    /**
     * axe-core finds no violation and the Nu Html Checker finds no error on the page as served, and no page so
     * far broke the Content-Security-Policy.
     */
    void passesQualityGates(Page page) {
        assertThat(VIOLATIONS).as("Content-Security-Policy violations up to %s", page.url()).isEmpty();
        AxeResults axe = new AxeBuilder(page).analyze();
        assertThat(axe.getViolations())
                .as("axe-core violations on %s: %s", page.url(), describe(axe))
                .isEmpty();
        String address = page.url();
        String html = SERVED.get(address.contains("#") ? address.substring(0, address.indexOf('#')) : address);
        assertThat(html).as("served HTML of %s", page.url()).isNotNull();
        assertThat(htmlErrors(html)).as("Nu Html Checker errors on %s", page.url()).isEmpty();
    }

    void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    static List<String> htmlErrors(String html) {
        try {
            EmbeddedValidator validator = new EmbeddedValidator();
            validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
            String report = validator.validate(new ByteArrayInputStream(html.getBytes("UTF-8")));
            List<String> errors = new ArrayList<>();
            for (JsonNode message : new ObjectMapper().readTree(report).path("messages")) {
                if ("error".equals(message.path("type").asText())) {
                    errors.add("line " + message.path("lastLine").asText() + ": " + message.path("message").asText());
                }
            }
            return errors;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(AxeResults results) {
        StringBuilder text = new StringBuilder();
        results.getViolations().forEach(rule -> {
            text.append('\n').append(rule.getId()).append(": ").append(rule.getHelp());
            rule.getNodes().forEach(node -> text.append("\n   ").append(node.getHtml()));
        });
        return text.toString();
    }
}
