/**
 * Event payloads that cross service boundaries, as plain Java records: one package per producing
 * service, each with its topic names and event types. No framework code here — every service reads
 * these without sharing anything else.
 */
package org.ebank.contracts;
