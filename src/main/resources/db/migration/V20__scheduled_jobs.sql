-- Periodic jobs that run once across all instances sharing the database
-- (org.scimspace.schedule.ScheduledJobs): the instance that moves next_run forward runs it.
CREATE TABLE scheduled_job (
    name VARCHAR(64) NOT NULL,
    next_run BIGINT NOT NULL,
    PRIMARY KEY (name)
);
INSERT INTO scheduled_job (name, next_run) VALUES ('log-retention', 0);
