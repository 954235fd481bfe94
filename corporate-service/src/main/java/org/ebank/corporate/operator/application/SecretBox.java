package org.ebank.corporate.operator.application;

import org.ebank.corporate.operator.domain.TokenSecret;

/** Keeps token secrets sealed at rest (the key is not in the database): only this service opens them, to check codes. */
public interface SecretBox {

    /** Sealed for one operator: a sealed secret copied onto another operator's row does not open there. */
    String seal(TokenSecret secret, String operatorId);

    TokenSecret open(String sealed, String operatorId);
}
