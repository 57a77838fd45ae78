/**
 * Accounts (tenants): their SSO configuration, the SCIM enable flag, bearer tokens, console
 * users and the first-start bootstrap. Must not touch directory or workspace tables.
 */
package org.scimspace.account;
