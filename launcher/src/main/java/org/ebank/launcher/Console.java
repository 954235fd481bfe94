package org.ebank.launcher;

import java.io.PrintStream;
import java.time.Duration;

/** Progress for the person who started the system. */
final class Console {

    private static final PrintStream out = System.out;

    private Console() {
    }

    static void step(String what) {
        out.println("  ▸ " + what);
    }

    static void done(String what, Duration took) {
        out.printf("  ✔ %s (%.1f s)%n", what, took.toMillis() / 1000.0);
    }

    static void warn(String what) {
        out.println("  ! " + what);
    }

    static void line(String text) {
        out.println(text);
    }
}
