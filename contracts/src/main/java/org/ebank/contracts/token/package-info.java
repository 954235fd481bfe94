/** account-service's internal token API, which other services call to have a token issued for someone they checked. */
package org.ebank.contracts.token;
