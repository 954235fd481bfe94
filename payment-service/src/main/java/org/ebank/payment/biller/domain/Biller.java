package org.ebank.payment.biller.domain;

/** A biller the bank collects for (缴费单位): its code at the billers' gateway, its name, what it bills for. */
public record Biller(String code, String name, BillerKind kind) {
}
