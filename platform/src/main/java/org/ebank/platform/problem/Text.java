package org.ebank.platform.problem;

import java.util.Locale;

/** A message for customers in Chinese ({@code zh}) and English ({@code en}). */
public record Text(String zh, String en) {

    public String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh;
    }
}
