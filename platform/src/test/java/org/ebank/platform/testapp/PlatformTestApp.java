package org.ebank.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small service that uses the platform the way ebank's services do. */
@SpringBootApplication
public class PlatformTestApp {
}
