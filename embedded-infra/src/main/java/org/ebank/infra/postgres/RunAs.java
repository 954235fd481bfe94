package org.ebank.infra.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How the PostgreSQL processes are run. PostgreSQL refuses to run as root, and CI runs as root: as
 * root the server runs in a new user namespace ({@code unshare -U}, where it is not uid 0), or,
 * where that is not permitted, as an unprivileged user through {@code runuser}.
 */
public enum RunAs {
    CURRENT_USER,
    UNSHARE,
    RUNUSER;

    /** The unprivileged account used by {@link #RUNUSER}. */
    public static final String UNPRIVILEGED_USER = System.getProperty("ebank.postgres.user", "nobody");

    /** {@code ebank.postgres.run-as} (or EBANK_POSTGRES_RUN_AS) when set, otherwise the first that works here. */
    public static RunAs detect() {
        String forced = System.getProperty("ebank.postgres.run-as", System.getenv("EBANK_POSTGRES_RUN_AS"));
        if (forced != null && !forced.isBlank()) {
            return valueOf(forced.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        if (!isRoot()) {
            return CURRENT_USER;
        }
        return succeeds(List.of("unshare", "-U", "true")) ? UNSHARE : RUNUSER;
    }

    public List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>();
        switch (this) {
            case UNSHARE -> wrapped.addAll(List.of("unshare", "-U", "--"));
            case RUNUSER -> wrapped.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
            case CURRENT_USER -> { }
        }
        wrapped.addAll(command);
        return wrapped;
    }

    /** Hands a directory the server must own to the user the server runs as. */
    public void own(Path directory) throws IOException {
        if (this != RUNUSER) {
            return;
        }
        UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
        try (var paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setOwner(path, users.lookupPrincipalByName(UNPRIVILEGED_USER));
            }
        }
    }

    static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
