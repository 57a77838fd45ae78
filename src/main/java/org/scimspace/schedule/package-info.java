/**
 * Scheduled work that must run once per period across every server instance sharing the
 * database, not once per instance: each instance's timer asks {@link ScheduledJobs} for the
 * turn, and the database hands it to exactly one. Owns the {@code scheduled_job} table only.
 */
package org.scimspace.schedule;
