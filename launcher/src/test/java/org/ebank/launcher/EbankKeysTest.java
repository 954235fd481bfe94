package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keys <dir>}, the compose file's key maker: the keys once, readable by their owner only, the same when run again. */
class EbankKeysTest {

    @Test
    void theKeysAreMadeOnceOwnerOnlyAndKeptWhenRunAgain(@TempDir Path keys) throws Exception {
        Ebank.main(new String[] {"keys", keys.toString()});
        String tokenKey = Files.readString(keys.resolve("token-signing-key.pem"));
        assertThat(tokenKey).startsWith("-----BEGIN PRIVATE KEY-----");
        for (String key : new String[] {"token-signing-key.pem", "sealing-key.pem", "card-lookup-key"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(key)))).as(key).isEqualTo("rw-------");
        }

        Ebank.main(new String[] {"keys", keys.toString()});
        assertThat(Files.readString(keys.resolve("token-signing-key.pem"))).as("a restart signs no one out").isEqualTo(tokenKey);
    }
}
