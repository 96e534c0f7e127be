package com.reelwise.ui;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One {@link HeadlessChromium} for a test class, started before its first test and quit after its last:
 * {@code @RegisterExtension static final ChromiumSession browser = new ChromiumSession(1280, 900);}. The class
 * is skipped when Chromium is not installed.
 */
final class ChromiumSession implements BeforeAllCallback, AfterAllCallback {

    private final int width;
    private final int height;
    private ChromeDriver driver;

    ChromiumSession(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        driver = HeadlessChromium.start(width, height);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    ChromeDriver driver() {
        return driver;
    }
}
