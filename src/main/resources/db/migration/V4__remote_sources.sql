-- Remote source sync (issue 7): the account's SFTP sources, the workspaces' connections to
-- them (with the lease that keeps runs of one connection from overlapping) and their runs.
-- As EclipseLink generates them for the entities in org.scimspace.remotesource.entity;
-- valid on H2 2.2 and PostgreSQL 15. Times are microseconds since the epoch (InstantMicros).
CREATE TABLE remote_source (ID VARCHAR(36) NOT NULL, CREATED BIGINT NOT NULL, HOST VARCHAR(255) NOT NULL, host_key_fingerprint VARCHAR(60), NAME VARCHAR(200) NOT NULL, name_key VARCHAR(200) NOT NULL, passphrase_secret VARCHAR(4000), password_secret VARCHAR(4000), PORT INTEGER NOT NULL, private_key_secret VARCHAR(24000), tenant_id VARCHAR(36) NOT NULL, UPDATED BIGINT NOT NULL, user_name VARCHAR(200) NOT NULL, PRIMARY KEY (ID));
CREATE TABLE remote_source_connection (workspace_id VARCHAR(36) NOT NULL, CREATED BIGINT NOT NULL, file_path VARCHAR(1000) NOT NULL, interval_minutes INTEGER NOT NULL, lease_run VARCHAR(36), lease_until BIGINT, next_run BIGINT, source_id VARCHAR(36) NOT NULL, tenant_id VARCHAR(36) NOT NULL, UPDATED BIGINT NOT NULL, PRIMARY KEY (workspace_id));
CREATE INDEX ix_remote_source_connection_source ON remote_source_connection (tenant_id, source_id);
CREATE INDEX ix_remote_source_connection_due ON remote_source_connection (next_run);
CREATE TABLE sync_run (ID VARCHAR(36) NOT NULL, ACTOR VARCHAR(200) NOT NULL, created_count INTEGER NOT NULL, dry_run BOOLEAN NOT NULL, ENDED BIGINT, ERRORS VARCHAR(30100), OUTCOME VARCHAR(16) NOT NULL, removed_count INTEGER NOT NULL, source_id VARCHAR(36) NOT NULL, STARTED BIGINT NOT NULL, tenant_id VARCHAR(36) NOT NULL, run_trigger VARCHAR(16) NOT NULL, unchanged_count INTEGER NOT NULL, updated_count INTEGER NOT NULL, workspace_id VARCHAR(36) NOT NULL, PRIMARY KEY (ID));
CREATE INDEX ix_sync_run_workspace ON sync_run (tenant_id, workspace_id, started);
ALTER TABLE remote_source ADD CONSTRAINT uk_remote_source_name UNIQUE (tenant_id, name_key);
