package org.ebank.payment.biller.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ebank.payment.biller.domain.Biller;
import org.ebank.payment.kernel.domain.Refusal;

/** The billers the bank collects for, by code. */
public final class BillerCatalogue {

    private final Map<String, Biller> billers = new LinkedHashMap<>();

    public BillerCatalogue(List<Biller> billers) {
        billers.forEach(biller -> this.billers.put(biller.code(), biller));
    }

    public List<Biller> all() {
        return List.copyOf(billers.values());
    }

    /** The biller's name, or its code when it is no longer one the bank collects for (a payment of the past). */
    public String nameOf(String code) {
        Biller biller = billers.get(code);
        return biller == null ? code : biller.name();
    }

    /** The biller of that code, or the refusal a customer reads. */
    public Biller get(String code) {
        Biller biller = billers.get(code);
        if (biller == null) {
            throw new Refusal(Refusal.Reason.UNKNOWN_BILLER, Map.of("billerCode", code));
        }
        return biller;
    }
}
