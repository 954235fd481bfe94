/**
 * account-service's internal ledger API, the one contract both sides compile against: the paths, what a service asks
 * the ledger to post ({@link org.ebank.contracts.ledger.PostingRequest}), what it answers, its refusals and the bank's
 * internal accounts. Amounts travel as strings of plain digits ({@code "1234.50"}), as everywhere in the API.
 */
package org.ebank.contracts.ledger;
