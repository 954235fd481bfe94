package org.ebank.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.audit.AuditTopics;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.notification.NotificationTopics;
import org.ebank.contracts.payment.PaymentTopics;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.contracts.wealth.WealthTopics;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document in src/main/resources is generated from the topic constants and the payload records; this test
 * fails when they drift apart (a new topic, event type or field), and writes the document they describe to
 * target/asyncapi.yaml to copy over.
 */
class AsyncApiDocumentTest {

    private static final Path CHECKED_IN = Path.of("src/main/resources/asyncapi.yaml");

    @Test
    void theCheckedInDocumentDescribesEveryTopicEventAndFieldAsTheRecordsAre() throws IOException {
        String generated = AsyncApiDocument.generate();
        String checkedIn = Files.exists(CHECKED_IN) ? Files.readString(CHECKED_IN) : "";
        if (!checkedIn.equals(generated)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/asyncapi.yaml"), generated, StandardCharsets.UTF_8);
        }
        assertThat(checkedIn).as("src/main/resources/asyncapi.yaml is out of date: see target/asyncapi.yaml").isEqualTo(generated);
    }

    /** AsyncAPI's own validator (the {@code asyncapi} CLI, from npm) accepts the document, with no warnings. */
    @Test
    void asyncApisValidatorAcceptsTheDocument() throws Exception {
        Process validate;
        try {
            ProcessBuilder command = new ProcessBuilder("asyncapi", "validate", CHECKED_IN.toString(), "--fail-severity=warn")
                    .redirectErrorStream(true);
            command.environment().put("ASYNCAPI_METRICS", "false");
            command.environment().put("SUPPRESS_NO_CONFIG_WARNING", "true");
            validate = command.start();
        } catch (IOException notInstalled) {
            System.err.println("SKIPPED: the AsyncAPI CLI is not installed (npm install -g @asyncapi/cli); the document was not validated");
            return;
        }
        String output = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(validate.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(validate.exitValue()).as(output).isZero();
        assertThat(output).as(output).contains("is valid");
    }

    @Test
    void everyTopicAndEventTypeConstantIsInTheDocument() throws IllegalAccessException {
        TreeSet<String> declared = new TreeSet<>();
        for (Class<?> constants : List.of(AccountTopics.class, TransferTopics.class, WealthTopics.class, CorporateTopics.class,
                NotificationTopics.class, AuditTopics.class, PaymentTopics.class)) {
            for (Field field : constants.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    declared.add((String) field.get(null));
                }
            }
        }
        TreeSet<String> described = new TreeSet<>(AsyncApiDocument.TOPICS.keySet());
        AsyncApiDocument.TOPICS.values().forEach(types -> described.addAll(types.keySet()));
        assertThat(described).isEqualTo(declared);
    }
}
