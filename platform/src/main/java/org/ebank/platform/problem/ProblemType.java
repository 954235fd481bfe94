package org.ebank.platform.problem;

/**
 * A kind of error the API reports. Its {@code slug} makes the stable {@code type} URI that clients
 * switch on; the titles are what a customer reads, in Chinese first and English second.
 */
public interface ProblemType {

    String slug();

    int status();

    Text title();

    /** A problem type not tied to a service, e.g. for a malformed request. */
    static ProblemType of(String slug, int status, String zh, String en) {
        return new Simple(slug, status, new Text(zh, en));
    }

    record Simple(String slug, int status, Text title) implements ProblemType {
    }
}
