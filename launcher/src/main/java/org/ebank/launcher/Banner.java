package org.ebank.launcher;

import java.time.Duration;

/** What the person who started the system needs to use it. */
final class Banner {

    private Banner() {
    }

    static void print(Ports ports, Duration took) {
        String gateway = ports.gatewayUrl();
        Console.line("");
        Console.line("  ebank is running (ready in " + took.toSeconds() + " s)");
        Console.line("");
        Console.line("  Netbank     " + gateway + "/  (the netbank page: sign in as a demo customer below)");
        Console.line("  Gateway     " + gateway + "/api/v1/…");
        Console.line("  API docs    " + gateway + "/swagger-ui.html");
        Console.line("  Metrics     http://127.0.0.1:" + ports.account() + "/actuator/prometheus (each service on its port: "
                + ports.account() + "–" + ports.payment() + (ports.replicas() > 1 ? "; its second instance ten above" : "") + ")");
        if (ports.replicas() > 1) {
            Console.line("  Replicas    " + ports.replicas() + " instances of every service; the gateway spreads requests over them");
        }
        Console.line("              e-banking KPIs as ebank_kpi_* on insight-service's; as JSON (staff): GET " + gateway
                + "/api/v1/ops/kpis");
        Console.line("  Logs        .ebank/logs/ (one JSON line per event, with trace ids)");
        Console.line("");
        Console.line("  Staff login POST " + gateway + "/api/v1/auth/staff-login");
        Console.line("              {\"username\":\"" + DemoData.STAFF_USERNAME + "\",\"password\":\"" + DemoData.STAFF_PASSWORD + "\"}");
        Console.line("              ATM/counter systems: atm01 / Atm@2026, counter01 / Counter@2026");
        Console.line("  Demo customers (mobile and netbank; password " + DemoData.CUSTOMER_PASSWORD
                + ", mobile deviceId " + DemoData.DEVICE + "):");
        DemoData.CUSTOMERS.forEach(c -> Console.line("              " + c.name() + "  " + c.phone() + "  " + c.card()));
        Console.line("  Sign in     POST " + gateway + "/api/v1/auth/login");
        Console.line("              {\"phone\":\"13800000001\",\"password\":\"" + DemoData.CUSTOMER_PASSWORD
                + "\",\"channel\":\"MOBILE\",\"deviceId\":\"" + DemoData.DEVICE + "\"}");
        Console.line("");
        Console.line("  Ctrl-C stops everything.");
    }
}
