package org.ebank.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP port on 127.0.0.1 that is free right now, and not one this JVM handed out before: the system asked for ports
 * one after another (a system with two instances of everything takes thirteen) would otherwise, now and then, get one
 * port twice, since each is released before the next is asked for.
 */
public final class FreePort {

    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private FreePort() {
    }

    public static int next() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = anyFree();
            if (GIVEN.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port that was not handed out before");
    }

    private static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
