package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ebank.infra.ResidentIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The netbank page in a real browser (headless Chromium, driven by Selenium) on the running system, as 张乡情 would use
 * it: signs in, sees the 乡情卡's balance, pays a new payee with the SMS code from the local phone, sees the 动账 message
 * arrive live, buys 日日升 (taking the risk questionnaire the purchase asks for), and reads a clear refusal for an amount
 * over the netbank limit. Screenshots go to {@code netbank-web/target/screenshots}; any error in the browser's console
 * fails the test (the API's refusals the test provokes on purpose aside).
 */
@ExtendWith(RunningSystem.class)
class NetbankPageIT {

    private static final Path SCREENSHOTS = Path.of("../netbank-web/target/screenshots");
    private static final String ZHANG = DemoData.CUSTOMERS.get(0).phone();
    /** The refusals this walk asks for: the amount over the limit, and the purchase before the risk questionnaire. */
    private static final Pattern PROVOKED = Pattern.compile(".*/api/v1/(transfers/quotes|wealth/orders) - Failed to load resource: the server"
            + " responded with a status of 422.*");

    @Test
    void zhangSignsInPaysANewPayeeWithTheSmsCodeSeesTheAlertLiveBuysAProductAndReadsAClearRefusal() throws Exception {
        Optional<String> chromium = onPath("chromium", "chromium-browser");
        Optional<String> chromedriver = onPath("chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            System.err.println("SKIPPED: chromium and chromedriver are not installed; the netbank page was not tried in a browser");
            return;
        }
        Api gateway = RunningSystem.api();
        String staff = RunningSystem.staffToken();
        String payeeCard = newPayee(gateway, staff);
        String token = gateway.post("/api/v1/auth/login", null, Map.of("phone", ZHANG, "password", DemoData.CUSTOMER_PASSWORD,
                "channel", "NETBANK")).body().get("accessToken").asText();
        Files.createDirectories(SCREENSHOTS);

        WebDriver browser = chrome(chromium.get(), chromedriver.get());
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(gateway.base() + "/");

            // sign in
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone"))).sendKeys(ZHANG);
            browser.findElement(By.id("password")).sendKeys(DemoData.CUSTOMER_PASSWORD);
            browser.findElement(By.id("sign-in")).click();
            WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.account")));
            String balance = gateway.get("/api/v1/accounts", token).body().get("items").get(0).get("balance").asText();
            assertThat(card.getText()).as("the 乡情卡 and its balance, as the ledger has it").contains("乡情卡")
                    .contains(grouped(balance));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.account .benefits"), "乡情卡"));
            screenshot(browser, "1-accounts");

            // pay a new payee: the quote, the SMS code, the result
            browser.findElement(By.id("nav-transfer")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payee-name"))).sendKeys("网页收款人");
            browser.findElement(By.id("payee-account")).sendKeys(payeeCard);
            browser.findElement(By.id("transfer-amount")).sendKeys("13.57");
            browser.findElement(By.id("get-quote")).click();
            WebElement quote = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quote")));
            assertThat(quote.getText()).contains("13.57");
            assertThat(browser.findElement(By.id("quote-expiry")).getText()).as("the quote's countdown").matches("(0\\d|10):\\d\\d");
            LocalPhone phone = RunningSystem.phone();
            int seen = phone.codes(ZHANG).size();
            browser.findElement(By.id("send-code")).click();
            browser.findElement(By.id("otp")).sendKeys(phone.codeAfter(ZHANG, seen));
            screenshot(browser, "2-quote");
            browser.findElement(By.id("confirm-transfer")).click();
            WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("transfer-result")));
            assertThat(result.getAttribute("data-status")).as(result.getText()).isEqualTo("COMPLETED");

            // the 动账 message arrives on the open stream, without a reload
            WebElement live = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//div[@id='live']/p[contains(@class, 'TRANSACTION') and contains(., '13.57')]")));
            assertThat(live.getText()).contains("动账通知");
            browser.findElement(By.id("nav-messages")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//div[@id='messages']/article[contains(@class, 'TRANSACTION') and contains(., '13.57')]")));
            screenshot(browser, "3-messages");

            // buy 日日升 in its window, taking the risk questionnaire when the purchase asks for it
            browser.findElement(By.id("nav-wealth")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("buy-RRS001"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("buy-amount"))).sendKeys("100.00");
            browser.findElement(By.id("buy-confirm")).click();
            wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("buy-result")),
                    ExpectedConditions.visibilityOfElementLocated(By.id("questionnaire"))));
            if (!browser.findElements(By.id("questionnaire")).isEmpty()) {
                for (int i = 1; i <= 10; i++) {
                    new Select(browser.findElement(By.id("answer-" + i))).selectByValue("2");
                }
                browser.findElement(By.id("submit-answers")).click();
            }
            WebElement bought = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("buy-result")));
            assertThat(bought.getText()).contains("日日升").contains("100.00");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("holdings"), "日日升"));
            screenshot(browser, "4-wealth");

            // an amount over the netbank limit: the API's own words
            browser.findElement(By.id("nav-transfer")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payee-name"))).sendKeys("网页收款人");
            browser.findElement(By.id("payee-account")).sendKeys(payeeCard);
            browser.findElement(By.id("transfer-amount")).sendKeys("600000.00");
            browser.findElement(By.id("get-quote")).click();
            WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("transfer-error")));
            String detail = gateway.post("/api/v1/transfers/quotes", token, Map.of("fromAccountId", gateway.get("/api/v1/accounts", token)
                    .body().get("items").get(0).get("accountId").asText(), "toAccountNumber", payeeCard, "toName", "网页收款人",
                    "amount", "600000.00")).body().get("detail").asText();
            assertThat(refusal.getText()).as("the API's explanation, and the limit").isEqualTo(detail + "（限额 500,000.00 元）");
            screenshot(browser, "5-refusal");

            // the card's history has the payment, its fee, and the purchase
            browser.findElement(By.id("nav-accounts")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("section.account button.link"))).click();
            new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history-direction")))).selectByValue("DEBIT");
            browser.findElement(By.cssSelector("#history form button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#history tbody"), "-13.57"));
            assertThat(browser.findElement(By.cssSelector("#history tbody")).getText()).contains("-100.00").doesNotContain("+");

            // in English, on a phone-sized window
            browser.findElement(By.id("language")).click();
            browser.manage().window().setSize(new Dimension(390, 844));
            wait.until(ExpectedConditions.textToBe(By.id("nav-accounts"), "Accounts"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.account")));
            assertThat(browser.findElement(By.cssSelector("section.account")).getText()).contains("Balance");
            screenshot(browser, "6-phone");

            List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                    .filter(message -> !PROVOKED.matcher(message).matches()).toList();
            assertThat(errors).as("errors in the browser's console").isEmpty();
        } finally {
            browser.quit();
        }
    }

    /** A customer of ours 张乡情 has never paid: a card to pay. */
    private static String newPayee(Api gateway, String staff) {
        LocalDate born = LocalDate.of(1988, 8, 8);
        String customer = gateway.post("/api/v1/ops/customers", staff, Map.of("name", "网页收款人", "idNumber", ResidentIds.of(born, 1301),
                "phone", "13550000001", "birthDate", born.toString())).body().get("customerId").asText();
        return gateway.command("/api/v1/ops/accounts", staff, Map.of("customerId", customer, "product", "STANDARD", "region", "440100",
                "initialDeposit", "0")).body().get("cardNumber").asText();
    }

    private static WebDriver chrome(String chromium, String chromedriver) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // as root (CI) Chromium runs only without its sandbox; /dev/shm is small in containers
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).build();
        return new ChromeDriver(service, options);
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    /** "8000.00" as the page shows it: "8,000.00". */
    private static String grouped(String amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", new java.math.BigDecimal(amount));
    }

    private static Optional<String> onPath(String... names) {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator)).flatMap(dir -> Stream.of(names).map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable).map(Path::toString).findFirst();
    }
}
