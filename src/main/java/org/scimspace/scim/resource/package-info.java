/**
 * Mapping between SCIM resource trees and directory storage.
 */
package org.scimspace.scim.resource;
