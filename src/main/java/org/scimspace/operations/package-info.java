/**
 * What operators watch, on top of what Payara provides: the request id every response and
 * log line carries, request counts and latencies per endpoint (MicroProfile Metrics), the
 * readiness and liveness checks (MicroProfile Health). Owns no table; reads the database only
 * to see that it answers, and never changes a request's outcome.
 */
package org.scimspace.operations;
