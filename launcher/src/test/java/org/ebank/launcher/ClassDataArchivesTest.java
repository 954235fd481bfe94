package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchivesTest {

    @TempDir
    Path target;

    @Test
    void aServiceStartsFromItsUnpackedJarWithItsArchiveOnlyWhileBothAreAsNewAsTheJarBuilt() throws Exception {
        Path built = Files.writeString(target.resolve("wealth-service-0.1.0-SNAPSHOT-exec.jar"), "built");
        Instant build = Instant.parse("2026-12-02T08:00:00Z");
        Files.setLastModifiedTime(built, FileTime.from(build));
        assertThat(ClassDataArchives.launch(built, "wealth-service")).as("nothing made yet")
                .isEqualTo(new ClassDataArchives.Launch(built, java.util.List.of()));

        Path unpacked = Files.writeString(Files.createDirectories(target.resolve("cds")).resolve(built.getFileName()), "unpacked");
        Path archive = Files.writeString(target.resolve("cds/wealth-service.jsa"), "archive");
        Files.setLastModifiedTime(unpacked, FileTime.from(build.plusSeconds(5)));
        Files.setLastModifiedTime(archive, FileTime.from(build.plusSeconds(20)));
        assertThat(ClassDataArchives.launch(built, "wealth-service")).as("made by this build")
                .isEqualTo(new ClassDataArchives.Launch(unpacked, java.util.List.of("-XX:SharedArchiveFile=" + archive)));

        Files.setLastModifiedTime(built, FileTime.from(build.plusSeconds(60)));
        assertThat(ClassDataArchives.launch(built, "wealth-service").jar()).as("the jar built again since: its own classes")
                .isEqualTo(built);
    }
}
