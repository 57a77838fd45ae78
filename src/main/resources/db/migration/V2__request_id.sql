-- The X-Request-Id of the HTTP request that made a provisioning log line (null for work no
-- request started), and an index for GET /api/v1/log?requestId=, which always names the tenant.
ALTER TABLE provisioning_log ADD COLUMN request_id VARCHAR(64);
CREATE INDEX ix_provisioning_log_request ON provisioning_log (tenant_id, request_id);
