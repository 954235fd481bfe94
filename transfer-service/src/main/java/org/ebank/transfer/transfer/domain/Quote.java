package org.ebank.transfer.transfer.domain;

import java.time.Instant;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Masked;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.fee.domain.FeeQuote;
import org.ebank.transfer.fee.domain.TransferKind;

/**
 * A priced transfer the customer may confirm until it expires, at exactly this fee. {@code toAccountId}
 * is set for a payee at this bank; {@code toBankCode} for another bank.
 */
public record Quote(String id, String customerId, Channel channel, String fromAccountId, String toAccountId,
                    String toAccountNumber, String toBankCode, String toName, Money amount, String feeAccountId,
                    TransferKind kind, FeeQuote fee, QuotePurpose purpose, boolean otpRequired, Instant createdAt,
                    Instant expiresAt) {

    public boolean scheduled() {
        return purpose.scheduled();
    }

    /** Whether a free use was reserved for this quote's fee (and so must still be held when it is confirmed). */
    public boolean holdsFreeUse() {
        return purpose.reservesFreeUse() && fee.remainingFreeUses() != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isInterbank() {
        return kind == TransferKind.INTERBANK;
    }

    /**
     * Whom the customer pays, for "never paid before": one of our accounts by its id, another bank's account by bank
     * and number. Of our cards only the last four digits are kept ({@code toAccountNumber} reads {@code ****1234}):
     * card numbers rest in account-service alone.
     */
    public String payeeKey() {
        return toBankCode == null ? payeeOfOurs(toAccountId) : toBankCode + ":" + toAccountNumber;
    }

    public static String payeeOfOurs(String accountId) {
        return "acc:" + accountId;
    }

    /** How one of our cards is kept in a quote or transfer: its last four digits. */
    public static String maskedCard(String cardNumber) {
        return Masked.accountNumber(cardNumber);
    }
}
