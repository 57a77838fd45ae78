-- Periodic jobs that run once across all instances sharing the database
-- (org.scimspace.schedule.ScheduledJobs): the instance that moves next_run forward runs it;
-- a job's row is made by its first claim.
CREATE TABLE scheduled_job (
    name VARCHAR(64) NOT NULL,
    next_run BIGINT NOT NULL,
    PRIMARY KEY (name)
);
