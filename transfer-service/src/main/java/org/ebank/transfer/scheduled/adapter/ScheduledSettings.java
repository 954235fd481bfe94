package org.ebank.transfer.scheduled.adapter;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code ebank.scheduled.*}: the time of day monthly transfers run (Asia/Shanghai). */
@ConfigurationProperties("ebank.scheduled")
public record ScheduledSettings(@DefaultValue("09:00") LocalTime runTime) {
}
