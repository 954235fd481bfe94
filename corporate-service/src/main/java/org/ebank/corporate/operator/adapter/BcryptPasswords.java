package org.ebank.corporate.operator.adapter;

import org.ebank.corporate.operator.application.Passwords;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class BcryptPasswords implements Passwords {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    @Override
    public String hash(String secret) {
        return encoder.encode(secret);
    }

    @Override
    public boolean matches(String secret, String hash) {
        return encoder.matches(secret, hash);
    }
}
