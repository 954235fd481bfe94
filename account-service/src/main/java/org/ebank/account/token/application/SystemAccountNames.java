package org.ebank.account.token.application;

/** The usernames of the channel systems and services that sign in: no staff member may take one (or "system"). */
public interface SystemAccountNames {

    boolean taken(String username);
}
