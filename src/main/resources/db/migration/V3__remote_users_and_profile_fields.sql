-- Remote source sync (issue 7): the "listed by the workspace's remote source" reason of a
-- membership, the remote sources' own users, and the workspaces' profile fields with their
-- members' values. Names and types as EclipseLink generates them for the entities
-- (WorkspaceMember, RemoteUser, ProfileField, ProfileValue); plain SQL for H2 2.2 and PostgreSQL 15.
-- Index columns come in the order the sync's lookups need: H2 seeks an IN list only on an
-- index's first column.

ALTER TABLE workspace_member ADD COLUMN synced BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE remote_user (
    id VARCHAR(36) NOT NULL,
    tenant_id VARCHAR(36) NOT NULL,
    source_id VARCHAR(36) NOT NULL,
    external_id VARCHAR(240) NOT NULL,
    email VARCHAR(320) NOT NULL,
    email_key VARCHAR(320) NOT NULL,
    first_name VARCHAR(200),
    last_name VARCHAR(200),
    mobile VARCHAR(200),
    created BIGINT NOT NULL,
    last_modified BIGINT NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE remote_user ADD CONSTRAINT uk_remote_user_external_id UNIQUE (external_id, tenant_id);

CREATE TABLE profile_field (
    id VARCHAR(36) NOT NULL,
    tenant_id VARCHAR(36) NOT NULL,
    workspace_id VARCHAR(36) NOT NULL,
    name VARCHAR(100) NOT NULL,
    name_key VARCHAR(100) NOT NULL,
    type VARCHAR(16) NOT NULL,
    allowed_values VARCHAR(4000),
    field_order INTEGER NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE profile_field ADD CONSTRAINT uk_profile_field_name UNIQUE (workspace_id, name_key);

CREATE TABLE profile_value (
    value_index INTEGER NOT NULL,
    user_id VARCHAR(36) NOT NULL,
    workspace_id VARCHAR(36) NOT NULL,
    field_id VARCHAR(36) NOT NULL,
    tenant_id VARCHAR(36) NOT NULL,
    field_value VARCHAR(2000) NOT NULL,
    PRIMARY KEY (value_index, user_id, workspace_id, field_id)
);
CREATE INDEX ix_profile_value_member ON profile_value (user_id, workspace_id);
CREATE INDEX ix_profile_value_field ON profile_value (field_id);
