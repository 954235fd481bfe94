package org.ebank.account.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A page of a list: the items, and the cursor for the next page (null on the last). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Page<T>(List<T> items, String nextCursor) {
}
