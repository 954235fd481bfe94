package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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
 * over the netbank limit; and corporate netbank, as an enterprise's maker and checker use it: a payment entered, a payroll
 * file's validation report, one approved with the token's code and one sent back; and a session that runs out under a
 * half-typed transfer (account-service issuing tokens of 20 s for it): the password again, and the quote for what was
 * typed. Screenshots go to {@code netbank-web/target/screenshots}; any error in the browser's console
 * fails the test (the API's refusals the test provokes on purpose aside).
 */
@ExtendWith(RunningSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetbankPageIT {

    private static final Path SCREENSHOTS = Path.of("../netbank-web/target/screenshots");
    private static final String ZHANG = DemoData.CUSTOMERS.get(0).phone();
    /** The one refusal the walk asks for: the amount over the limit. */
    private static final Pattern PROVOKED = Pattern.compile(".*/api/v1/transfers/quotes - Failed to load resource: the server responded"
            + " with a status of 422.*");

    /** The API's 401 for a token that ran out, which the session's end provokes (the message stream's too, if it reopened). */
    private static final Pattern SESSION_ENDED = Pattern.compile(".*/api/v1/(transfers/quotes|messages/stream) - Failed to load"
            + " resource: the server responded with a status of 401.*");

    private static final Optional<String> CHROMIUM = onPath("chromium", "chromium-browser");
    private static final Optional<String> CHROMEDRIVER = onPath("chromedriver");
    private static String payeeCard;
    /** An enterprise with a maker and a checker, set up while 张乡情's walk runs: its operators' token codes take time. */
    private static CompletableFuture<Enterprises.Enterprise> enterprise;

    @BeforeAll
    static void aPayeeAndAnEnterprise() {
        if (CHROMIUM.isEmpty() || CHROMEDRIVER.isEmpty()) {
            return;
        }
        Api gateway = RunningSystem.api();
        String staff = RunningSystem.staffToken();
        payeeCard = newPayee(gateway, staff);
        enterprise = CompletableFuture.supplyAsync(() -> Enterprises.setUp(gateway, staff, "广州网页代发测试有限公司", Enterprises.newPhone(),
                List.of("100000.00"), "maker1", "checker1"));
    }

    @Test
    @Order(1)
    void zhangSignsInPaysANewPayeeWithTheSmsCodeSeesTheAlertLiveBuysAProductAndReadsAClearRefusal() throws Exception {
        assumeTrue(CHROMIUM.isPresent() && CHROMEDRIVER.isPresent(),
                "SKIPPED: chromium and chromedriver are not installed; the netbank page was not tried in a browser");
        Api gateway = RunningSystem.api();
        String token = gateway.post("/api/v1/auth/login", null, Map.of("phone", ZHANG, "password", DemoData.CUSTOMER_PASSWORD,
                "channel", "NETBANK")).body().get("accessToken").asText();
        Files.createDirectories(SCREENSHOTS);

        WebDriver browser = chrome();
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

            // the risk questionnaire, then 日日升 bought in its window
            browser.findElement(By.id("nav-wealth")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("take-questionnaire"))).click();
            for (int i = 1; i <= 10; i++) {
                new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-" + i)))).selectByValue("2");
            }
            browser.findElement(By.id("submit-answers")).click();
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assessed"))).getText()).as("answers summing to 20")
                    .contains("C2");
            browser.findElement(By.id("buy-RRS001")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("buy-amount"))).sendKeys("101.37");
            browser.findElement(By.id("buy-confirm")).click();
            WebElement bought = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("buy-result")));
            assertThat(bought.getAttribute("data-status")).isEqualTo("PLACED");
            assertThat(bought.getText()).contains("日日升").contains("101.37");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("holdings"), "日日升"));
            // the night-market product: on sale in its window, else a countdown to its next opening
            String night = browser.findElement(By.cssSelector("section[data-product='NIGHT001']")).getText();
            boolean open = productOnSale(gateway, "NIGHT001");
            assertThat(night).as("17:00-09:00 Asia/Shanghai").matches(open ? "(?s).*在售.*" : "(?s).*距开售 (\\d+:)?\\d\\d:\\d\\d.*");
            screenshot(browser, "4-wealth");

            // the SMS alert threshold, changed and saved, and as it was again
            browser.findElement(By.id("nav-preferences")).click();
            WebElement threshold = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sms-threshold")));
            String before = threshold.getAttribute("value");
            threshold.clear();
            threshold.sendKeys("800");
            browser.findElement(By.cssSelector("#preferences button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已保存"));
            assertThat(gateway.get("/api/v1/notification-preferences", token).body().get("smsThreshold").asText()).isEqualTo("800.00");
            threshold.clear();
            threshold.sendKeys(before);
            browser.findElement(By.cssSelector("#preferences button[type=submit]")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/v1/notification-preferences", token).body()
                    .get("smsThreshold").asText(), before::equals);

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
            wait.until(ExpectedConditions.attributeContains(By.cssSelector("#history tbody"), "data-filters", "direction=DEBIT"));
            assertThat(browser.findElement(By.cssSelector("#history tbody")).getText()).as("the debits only")
                    .contains("-13.57").contains("-101.37").doesNotContain("+");

            // in English, on a phone-sized window
            browser.findElement(By.id("language")).click();
            browser.manage().window().setSize(new Dimension(390, 844));
            wait.until(ExpectedConditions.textToBe(By.id("nav-accounts"), "Accounts"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.account")));
            assertThat(browser.findElement(By.cssSelector("section.account")).getText()).contains("Balance");
            screenshot(browser, "6-phone");

            assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(2)
    void anEnterprisesMakerEntersAPaymentAndAPayrollFileAndItsCheckerApprovesOneWithTheTokenCodeAndSendsTheOtherBack() throws Exception {
        assumeTrue(CHROMIUM.isPresent() && CHROMEDRIVER.isPresent(),
                "SKIPPED: chromium and chromedriver are not installed; corporate netbank was not tried in a browser");
        Api gateway = RunningSystem.api();
        Enterprises.Enterprise company = enterprise.get(3, TimeUnit.MINUTES);
        Enterprises.Operator maker = company.operators().get("maker1");
        Enterprises.Operator checker = company.operators().get("checker1");
        Path payroll = Files.createTempFile("payroll", ".csv");
        Files.writeString(payroll, "账号,户名,金额,附言\n" + payeeCard + ",网页收款人,10.00,十一月工资\n6217009999999999999,无此人,5.00,\n");
        Files.createDirectories(SCREENSHOTS);

        WebDriver browser = chrome();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(gateway.base() + "/");

            // the maker enters a payment: the quote says how many checkers it needs
            signInToCorporate(browser, wait, company, "maker1", maker::nextCode);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-corp-new"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("corp-payee-name"))).sendKeys("网页收款人");
            browser.findElement(By.id("corp-payee-account")).sendKeys(payeeCard);
            browser.findElement(By.id("corp-amount")).sendKeys("1234.56");
            browser.findElement(By.id("corp-memo")).sendKeys("货款");
            browser.findElement(By.id("corp-quote")).click();
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("corp-quote-checkers"))).getText()).isEqualTo("1");
            browser.findElement(By.id("corp-submit")).click();
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("corp-submitted"))).getAttribute("data-status"))
                    .isEqualTo("PENDING_APPROVAL");

            // and a payroll file: the report lists the row that cannot be paid, with why; the rest is submitted
            browser.findElement(By.id("nav-corp-payroll")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("payroll-file"))).sendKeys(payroll.toAbsolutePath().toString());
            browser.findElement(By.id("payroll-upload")).click();
            WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-summary")));
            assertThat(summary.getText()).isEqualTo("共 2 行：可入账 1 行，不能入账 1 行，合计 10.00 元");
            assertThat(browser.findElement(By.id("batch-problems")).getText()).contains("尾号9999").contains("无此人");
            screenshot(browser, "7-payroll-report");
            browser.findElement(By.id("batch-submit")).click();
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-submitted"))).getAttribute("data-status"))
                    .isEqualTo("SUBMITTED");
            browser.findElement(By.id("sign-out")).click();

            // the checker approves the payment with the token's current code, and sends the payroll back
            signInToCorporate(browser, wait, company, "checker1", checker::nextCode);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-corp-payments"))).click();
            By payment = By.xpath("//div[@id='waiting']/section[contains(., '1,234.56')]");
            By batch = By.xpath("//div[@id='waiting']/section[contains(., '代发批次')]");
            String paymentId = wait.until(ExpectedConditions.visibilityOfElementLocated(payment)).getAttribute("data-payment");
            String batchPaymentId = browser.findElement(batch).getAttribute("data-payment");
            screenshot(browser, "8-approval");
            browser.findElement(By.id("approval-code-" + paymentId)).sendKeys(checker.nextCode());
            browser.findElement(By.id("approve-" + paymentId)).click();
            // the payment's line is drawn again with its answer: paid, or approved and being posted on a slow machine
            By line = By.cssSelector("section[data-payment='" + paymentId + "']");
            wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions.or(
                    ExpectedConditions.attributeToBe(line, "data-status", "COMPLETED"), ExpectedConditions.attributeToBe(line, "data-status", "APPROVED")));
            browser.findElement(By.id("rejection-reason-" + batchPaymentId)).sendKeys("金额待核对");
            browser.findElement(By.id("reject-" + batchPaymentId)).click();
            wait.until(ExpectedConditions.attributeToBe(By.cssSelector("section[data-payment='" + batchPaymentId + "']"), "data-status",
                    "REJECTED"));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Api.Reply payments = gateway.get("/api/v1/corporate/payments", maker.token());
                assertThat(payments.body().findValuesAsText("status")).as(payments.text()).containsExactlyInAnyOrder("COMPLETED", "REJECTED");
            });
            assertNoConsoleErrors(browser);
        } finally {
            browser.quit();
            Files.deleteIfExists(payroll);
        }
    }

    @Test
    @Order(3)
    void aSessionThatRunsOutUnderAHalfTypedTransferAsksForThePasswordAgainAndTheQuoteComesWithWhatWasTyped() throws Exception {
        assumeTrue(CHROMIUM.isPresent() && CHROMEDRIVER.isPresent(),
                "SKIPPED: chromium and chromedriver are not installed; a session's end was not tried in a browser");
        Api gateway = RunningSystem.api();
        LocalSystem system = RunningSystem.current().system();
        // account-service started again to issue tokens that live 20 s, not 15 minutes; as it was again afterwards (no other
        // test signs in meanwhile: the tests run one after the other)
        Map<String, String> shortSessions = new java.util.HashMap<>(RunningSystem.ACCOUNT_SERVICE);
        shortSessions.put("ebank.tokens.access-token-lifetime", "20s");
        system.with("account-service", shortSessions).restart("account-service");
        WebDriver browser = null;
        try {
            browser = chrome();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(gateway.base() + "/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone"))).sendKeys(ZHANG);
            browser.findElement(By.id("password")).sendKeys(DemoData.CUSTOMER_PASSWORD);
            browser.findElement(By.id("sign-in")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.account")));
            // a token issued after the page's: once the API refuses it, the page's has run out too
            String witness = gateway.post("/api/v1/auth/login", null, Map.of("phone", ZHANG, "password", DemoData.CUSTOMER_PASSWORD,
                    "channel", "NETBANK")).body().get("accessToken").asText();

            browser.findElement(By.id("nav-transfer")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payee-name"))).sendKeys("网页收款人");
            browser.findElement(By.id("payee-account")).sendKeys(payeeCard);
            browser.findElement(By.id("transfer-amount")).sendKeys("24.68");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> gateway.get("/api/v1/accounts", witness).status() == 401);

            browser.findElement(By.id("get-quote")).click();
            WebElement again = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("again")));
            assertThat(again.getText()).contains("登录已过期");
            assertThat(browser.findElement(By.id("again-phone")).getAttribute("value")).as("only the same customer signs in here")
                    .isEqualTo(ZHANG);
            browser.findElement(By.id("again-password")).sendKeys(DemoData.CUSTOMER_PASSWORD);
            screenshot(browser, "9-session-ended");
            browser.findElement(By.id("again-sign-in")).click();

            // the quote asked for before the session ended, for what was typed, without typing it again
            WebElement quote = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quote")));
            assertThat(quote.getText()).contains("24.68");
            assertThat(browser.findElement(By.id("payee-name")).getAttribute("value")).isEqualTo("网页收款人");
            assertThat(browser.findElement(By.id("payee-account")).getAttribute("value")).isEqualTo(payeeCard);
            assertThat(browser.findElement(By.id("again")).isDisplayed()).isFalse();
            assertNoConsoleErrors(browser, SESSION_ENDED);
        } finally {
            if (browser != null) {
                browser.quit();
            }
            system.with("account-service", RunningSystem.ACCOUNT_SERVICE).restart("account-service");
        }
    }

    /** Signs in with the token's next code, read off the token only once the form is filled in: a code lasts seconds. */
    private static void signInToCorporate(WebDriver browser, WebDriverWait wait, Enterprises.Enterprise company, String login,
                                          java.util.function.Supplier<String> code) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-corporate"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("corp-credit-code"))).sendKeys(company.creditCode());
        browser.findElement(By.id("corp-login")).sendKeys(login);
        browser.findElement(By.id("corp-password")).sendKeys(Enterprises.PASSWORD);
        browser.findElement(By.id("corp-code")).sendKeys(code.get());
        browser.findElement(By.id("corp-sign-in")).click();
    }

    /** Nothing went wrong in the page's scripts: the console holds no error but the API's refusals provoked on purpose. */
    private static void assertNoConsoleErrors(WebDriver browser) {
        assertNoConsoleErrors(browser, PROVOKED);
    }

    private static void assertNoConsoleErrors(WebDriver browser, Pattern provoked) {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(message -> !provoked.matcher(message).matches()).toList();
        assertThat(errors).as("errors in the browser's console").isEmpty();
    }

    private static boolean productOnSale(Api gateway, String code) {
        for (var product : gateway.get("/api/v1/wealth/products", null).body().get("items")) {
            if (product.get("code").asText().equals(code)) {
                return product.get("onSaleNow").asBoolean();
            }
        }
        throw new AssertionError("no product " + code);
    }

    /** A customer of ours 张乡情 has never paid (a new one each run: the system's data may outlive a run): a card to pay. */
    private static String newPayee(Api gateway, String staff) {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(System.nanoTime() % 10_000); // the run's own: data outlives a run
        int serial = (int) (System.nanoTime() % 900) + 1;
        Api.Reply registered = gateway.post("/api/v1/ops/customers", staff, Map.of("name", "网页收款人", "idNumber",
                ResidentIds.of(born, serial), "phone", "1355" + String.format("%07d", System.nanoTime() % 10_000_000), "birthDate",
                born.toString()));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        String customer = registered.body().get("customerId").asText();
        return gateway.command("/api/v1/ops/accounts", staff, Map.of("customerId", customer, "product", "STANDARD", "region", "440100",
                "initialDeposit", "0")).body().get("cardNumber").asText();
    }

    private static WebDriver chrome() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.orElseThrow());
        // as root (CI) Chromium runs only without its sandbox; /dev/shm is small in containers
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.orElseThrow())).build();
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
