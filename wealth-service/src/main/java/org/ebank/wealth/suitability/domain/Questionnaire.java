package org.ebank.wealth.suitability.domain;

import java.util.List;

/** The risk questionnaire: ten answers of 1-5; the sum sets the level: 10-17 C1, 18-25 C2, 26-33 C3, 34-41 C4, 42-50 C5. */
public final class Questionnaire {

    public static final int QUESTIONS = 10;

    private Questionnaire() {
    }

    public static int level(List<Integer> answers) {
        if (answers == null || answers.size() != QUESTIONS || answers.stream().anyMatch(a -> a == null || a < 1 || a > 5)) {
            throw new IllegalArgumentException("the questionnaire has " + QUESTIONS + " answers of 1 to 5");
        }
        int sum = answers.stream().mapToInt(Integer::intValue).sum();
        return sum <= 17 ? 1 : sum <= 25 ? 2 : sum <= 33 ? 3 : sum <= 41 ? 4 : 5;
    }
}
