/** Small utilities every component may use: JSON trees and identifiers. No business rules. */
package org.scimspace.common;
