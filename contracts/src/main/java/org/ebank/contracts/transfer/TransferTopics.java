package org.ebank.contracts.transfer;

import java.util.Map;

/** Topics transfer-service publishes to, and the CloudEvent types on them. */
public final class TransferTopics {

    /** Transfers, fees and cash operations, keyed by customer id. */
    public static final String TRANSFER = "ebank.transfer.transfer.v1";

    /** One-time passwords to send by SMS, keyed by customer id. */
    public static final String OTP = "ebank.transfer.otp.v1";

    public static final String TRANSFER_COMPLETED = "ebank.transfer.TransferCompleted";
    public static final String TRANSFER_FAILED = "ebank.transfer.TransferFailed";
    public static final String TRANSFER_SETTLED = "ebank.transfer.TransferSettled";
    public static final String TRANSFER_RETURNED = "ebank.transfer.TransferReturned";
    public static final String FEE_CHARGED = "ebank.transfer.FeeCharged";
    public static final String FEE_WAIVED = "ebank.transfer.FeeWaived";
    public static final String CASH_OPERATION_RECORDED = "ebank.transfer.CashOperationRecorded";
    public static final String OTP_REQUESTED = "ebank.transfer.OtpRequested";

    /** The record each transfer outcome's type travels as. */
    public static final Map<String, Class<? extends TransferOutcome>> OUTCOMES = Map.of(TRANSFER_COMPLETED, TransferCompleted.class,
            TRANSFER_FAILED, TransferFailed.class, TRANSFER_SETTLED, TransferSettled.class, TRANSFER_RETURNED, TransferReturned.class);

    private TransferTopics() {
    }
}
