/**
 * Reading and checking a remote source's participants file: plain code over commons-csv,
 * no database and no Jakarta EE, so that every rule of the format is tested as a unit.
 */
package org.scimspace.remotesource.csv;
