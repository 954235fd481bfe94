package org.ebank.transfer.transfer.adapter;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Binds a value that may be absent. */
final class Nullable {

    private Nullable() {
    }

    static GenericExecuteSpec bind(GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }
}
