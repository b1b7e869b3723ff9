package fr.cmacademy.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven by Playwright, headless, for journeys against the running
 * application. Saves screenshots under {@code target/screenshots/} and runs axe-core on
 * the pages it is asked to check.
 */
final class Browser implements AutoCloseable {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	Browser() {
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium())
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	private static Path chromium() {
		String configured = System.getenv("CHROMIUM_PATH");
		return Paths.get(configured != null ? configured : "/usr/bin/chromium");
	}

	/**
	 * A fresh browser profile whose preferred language is the given one ("fr-FR",
	 * "en-GB").
	 */
	Page newPage(String locale) {
		var context = browser.newContext(new NewContextOptions().setLocale(locale).setViewportSize(1280, 800));
		context.setDefaultTimeout(20_000);
		Page page = context.newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				System.err.println("[browser console] " + message.text());
			}
		});
		page.onRequestFailed(
				request -> System.err.println("[browser] failed " + request.url() + " " + request.failure()));
		page.onResponse(response -> {
			if (response.status() >= 300 || System.getenv("JOURNEY_DEBUG") != null) {
				System.err.println("[browser] HTTP " + response.status() + " " + response.url());
			}
		});
		return page;
	}

	static void screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	/** Fails on any serious or critical WCAG 2.1 A/AA violation on the current page. */
	static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		List<Rule> blocking = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		assertThat(blocking)
			.as(() -> page.url() + " has accessibility violations:\n"
					+ blocking.stream()
						.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " → "
								+ rule.getNodes()
									.stream()
									.map(n -> String.valueOf(n.getTarget()))
									.collect(Collectors.joining(", ")))
						.collect(Collectors.joining("\n")))
			.isEmpty();
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}

}
