-- The X-Request-Id of the HTTP request that made a provisioning log line (null for work no
-- request started), and an index for GET /api/v1/log?requestId=, which always names the tenant.
-- IF NOT EXISTS: releases that still generated their schema with EclipseLink created both on
-- databases they started empty, and such a database is baselined at version 1.
ALTER TABLE provisioning_log ADD COLUMN IF NOT EXISTS request_id VARCHAR(64);
CREATE INDEX IF NOT EXISTS ix_provisioning_log_request ON provisioning_log (tenant_id, request_id);
