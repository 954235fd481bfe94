package org.ebank.notification.push.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ebank.contracts.value.CardProduct;

/**
 * Why a product suits a customer, in points that add up: each part is a plain sentence the push repeats, so the score
 * can be explained to the customer and to the next engineer.
 */
public record Score(List<Part> parts) {

    public record Part(int points, String zh, String en) {
    }

    static Score of(Profile p, Offer o, PushPolicy policy) {
        List<Part> parts = new ArrayList<>();
        // affordable is a condition, not a merit: a cheaper product must not win for being cheap
        parts.add(new Part(5,
                "您的活期余额近30天平均" + tenThousands(p.idleBalance()) + "万元",
                "your current balance averaged CNY " + p.idleBalance().setScale(0, RoundingMode.HALF_UP) + " over 30 days"));
        int gap = p.riskLevel() - o.riskLevel();
        parts.add(new Part(gap == 0 ? 20 : gap == 1 ? 10 : 0, "产品风险等级R" + o.riskLevel() + "在您的风险承受能力C" + p.riskLevel() + "之内",
                "its risk R" + o.riskLevel() + " is within your level C" + p.riskLevel()));
        if (o.nightMarket() && p.eveningShare() != null && p.eveningShare().compareTo(policy.eveningActive()) >= 0) {
            parts.add(new Part(25, "您常在晚间办理业务，这款夜市理财晚上也能买", "you often bank in the evening, when this night-market product is on sale"));
        }
        if (o.dailyLiquidity() && p.cardProducts().contains(CardProduct.YIHUITONG)) {
            parts.add(new Part(15, "随时可赎回，适合经营周转资金", "it can be redeemed any time, suiting a business's working funds"));
        }
        if (p.senior() && o.riskLevel() <= 2) {
            parts.add(new Part(10, "风险较低，收益稳健", "its risk is low and its return steady"));
        }
        if (o.expectedYield() != null && o.expectedYield().signum() > 0) {
            BigDecimal percent = o.expectedYield().movePointRight(2).setScale(2, RoundingMode.HALF_UP);
            parts.add(new Part(percent.multiply(BigDecimal.valueOf(2)).intValue(), "预期年化收益率" + percent + "%",
                    "an expected annual yield of " + percent + "%"));
        }
        return new Score(parts);
    }

    public int points() {
        return parts.stream().mapToInt(Part::points).sum();
    }

    /** The balance part first (it is always there), then the two strongest others. */
    String reason(String productName) {
        List<Part> best = strongestAfterFirst();
        StringBuilder zh = new StringBuilder(parts.get(0).zh());
        best.forEach(part -> zh.append("，").append(part.zh()));
        return zh.append("。推荐您了解「").append(productName).append("」。").toString();
    }

    String reasonEn(String productName) {
        List<Part> best = strongestAfterFirst();
        StringBuilder en = new StringBuilder("We suggest " + productName + ": " + parts.get(0).en());
        best.forEach(part -> en.append("; ").append(part.en()));
        return en.append(".").toString();
    }

    private List<Part> strongestAfterFirst() {
        return parts.subList(1, parts.size()).stream().sorted(Comparator.comparingInt(Part::points).reversed()).limit(2).toList();
    }

    private static String tenThousands(BigDecimal yuan) {
        return yuan.divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
