package org.ebank.insight.kpi.domain;

/** How a KPI report is cut into periods, on the Asia/Shanghai calendar. */
public enum Granularity { DAY, MONTH }
