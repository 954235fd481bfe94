package org.ebank.transfer.fee.domain;

/** How far money travels, which sets the base fee. */
public enum TransferKind {
    /** 行内同城: both accounts' home branch in the same region. Free. */
    SAME_REGION,
    /** 行内异地: same bank, different regions. */
    CROSS_REGION,
    /** 跨行: the payee is at another bank. */
    INTERBANK
}
