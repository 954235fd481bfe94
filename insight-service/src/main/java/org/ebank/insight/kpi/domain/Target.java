package org.ebank.insight.kpi.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ebank.contracts.value.Channel;

/**
 * A period target from the work plans (e.g. one quarter: 35,000 new mobile and netbank registrations,
 * mobile activation 58.5 %, netbank activation 79.5 %, substitution rate 86 %). A measure left out is not targeted.
 */
public record Target(String name, LocalDate from, LocalDate to, Long registrations, BigDecimal mobileActivation,
                     BigDecimal netbankActivation, BigDecimal substitutionRate) {

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !from.isAfter(end) && !to.isBefore(start);
    }

    /** Each targeted measure: the target, the actual over the target's period, and actual over target. */
    public Map<String, Attainment> attainment(Figures actual) {
        Map<String, Attainment> measures = new LinkedHashMap<>();
        if (registrations != null) {
            // the plans' registrations are mobile bank and personal netbank ones (手机银行、个人网银注册量), not enterprises'
            long mobileAndNetbank = actual.enrolments(Channel.MOBILE).enrolled() + actual.enrolments(Channel.NETBANK).enrolled();
            measures.put("registrations", Attainment.of(BigDecimal.valueOf(registrations), BigDecimal.valueOf(mobileAndNetbank)));
        }
        if (mobileActivation != null) {
            measures.put("mobileActivation", Attainment.of(mobileActivation, actual.enrolments(Channel.MOBILE).activationRate()));
        }
        if (netbankActivation != null) {
            measures.put("netbankActivation", Attainment.of(netbankActivation, actual.enrolments(Channel.NETBANK).activationRate()));
        }
        if (substitutionRate != null) {
            measures.put("substitutionRate", Attainment.of(substitutionRate, actual.substitutionRate()));
        }
        return measures;
    }

    public record Attainment(BigDecimal target, BigDecimal actual, BigDecimal attained) {

        static Attainment of(BigDecimal target, BigDecimal actual) {
            return new Attainment(target, actual, actual == null ? null : Ratio.of(actual, target));
        }
    }
}
