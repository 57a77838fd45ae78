-- The schema as the releases before versioned migrations created it (EclipseLink's schema
-- generation from the entities): same tables, columns, types, keys, constraint and index
-- names, so that such a database is baselined at version 1 and upgraded from there.
-- Portable SQL: the same script runs on H2 2.x and PostgreSQL. Identifiers are unquoted
-- (H2 folds them to upper case, PostgreSQL to lower case, as EclipseLink's did). Times are
-- microseconds since the epoch (BIGINT, see org.scimspace.common.InstantMicros). The JSON
-- documents are VARCHAR without a length: H2's CHARACTER VARYING, PostgreSQL's unbounded varchar.

CREATE TABLE tenant (
    id VARCHAR(36) NOT NULL,
    created BIGINT NOT NULL,
    entra_tenant_id VARCHAR(36),
    name VARCHAR(200) NOT NULL,
    scim_enabled BOOLEAN NOT NULL,
    sso_domain VARCHAR(253),
    PRIMARY KEY (id),
    CONSTRAINT uk_tenant_name UNIQUE (name)
);

CREATE TABLE access_token (
    id VARCHAR(36) NOT NULL,
    created BIGINT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    last_used BIGINT,
    revoked BIGINT,
    secret_hash VARCHAR(64) NOT NULL,
    tenant_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_access_token_hash UNIQUE (secret_hash)
);
CREATE INDEX ix_access_token_tenant ON access_token (tenant_id, kind);

CREATE TABLE console_user (
    id VARCHAR(36) NOT NULL,
    created BIGINT NOT NULL,
    failed_logins INTEGER NOT NULL,
    locked_until BIGINT,
    login VARCHAR(200) NOT NULL,
    main_user BOOLEAN NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    tenant_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_console_user_login UNIQUE (login)
);

CREATE TABLE scim_user (
    id VARCHAR(36) NOT NULL,
    active BOOLEAN NOT NULL,
    created BIGINT NOT NULL,
    display_name VARCHAR(1024),
    document VARCHAR NOT NULL,
    external_id VARCHAR(512),
    last_modified BIGINT NOT NULL,
    password_hash VARCHAR(512),
    revision BIGINT NOT NULL,
    tenant_id VARCHAR(36) NOT NULL,
    user_name VARCHAR(512) NOT NULL,
    user_name_key VARCHAR(512) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_scim_user_name UNIQUE (tenant_id, user_name_key)
);
CREATE INDEX ix_scim_user_external_id ON scim_user (tenant_id, external_id);
CREATE INDEX ix_scim_user_display_name ON scim_user (tenant_id, display_name);

CREATE TABLE scim_user_value (
    elem INTEGER NOT NULL,
    sub VARCHAR(100) NOT NULL,
    attr VARCHAR(300) NOT NULL,
    bool_value BOOLEAN,
    num_value NUMERIC(38, 10),
    str_key VARCHAR(1024),
    str_value VARCHAR(1024),
    time_value BIGINT,
    user_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (elem, sub, attr, user_id),
    CONSTRAINT fk_scim_user_value_user_id FOREIGN KEY (user_id) REFERENCES scim_user (id)
);
CREATE INDEX ix_scim_user_value_lookup ON scim_user_value (attr, sub, str_key);

CREATE TABLE scim_group (
    id VARCHAR(36) NOT NULL,
    created BIGINT NOT NULL,
    display_name VARCHAR(1024) NOT NULL,
    display_name_key VARCHAR(1024) NOT NULL,
    document VARCHAR NOT NULL,
    external_id VARCHAR(512),
    external_id_key VARCHAR(512),
    last_modified BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    tenant_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_scim_group_name UNIQUE (tenant_id, display_name_key)
);
CREATE INDEX ix_scim_group_external_id ON scim_group (tenant_id, external_id);
CREATE INDEX ix_scim_group_external_id_key ON scim_group (tenant_id, external_id_key);

CREATE TABLE group_member (
    group_id VARCHAR(36) NOT NULL,
    member_id VARCHAR(36) NOT NULL,
    member_type VARCHAR(8) NOT NULL,
    PRIMARY KEY (group_id, member_id)
);
CREATE INDEX ix_group_member_member ON group_member (member_id);

CREATE TABLE workspace (
    id VARCHAR(36) NOT NULL,
    created BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    name_key VARCHAR(200) NOT NULL,
    tenant_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_workspace_name UNIQUE (tenant_id, name_key)
);

CREATE TABLE workspace_member (
    user_id VARCHAR(36) NOT NULL,
    workspace_id VARCHAR(36) NOT NULL,
    manual BOOLEAN NOT NULL,
    role VARCHAR(16) NOT NULL,
    since BIGINT NOT NULL,
    tenant_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (user_id, workspace_id)
);
CREATE INDEX ix_workspace_member_user ON workspace_member (tenant_id, user_id);

CREATE TABLE group_limit (
    object_id VARCHAR(36) NOT NULL,
    workspace_id VARCHAR(36) NOT NULL,
    tenant_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (object_id, workspace_id)
);
CREATE INDEX ix_group_limit_object ON group_limit (tenant_id, object_id);

CREATE TABLE invitee (
    id VARCHAR(36) NOT NULL,
    created BIGINT NOT NULL,
    email VARCHAR(320) NOT NULL,
    email_key VARCHAR(320) NOT NULL,
    tenant_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_invitee_email UNIQUE (tenant_id, email_key)
);

CREATE TABLE provisioning_log (
    id VARCHAR(80) NOT NULL,
    actor VARCHAR(200) NOT NULL,
    detail VARCHAR(2000),
    operation VARCHAR(500) NOT NULL,
    scim_type VARCHAR(40),
    status INTEGER,
    success BOOLEAN NOT NULL,
    target VARCHAR(300),
    tenant_id VARCHAR(36) NOT NULL,
    time BIGINT NOT NULL,
    type VARCHAR(16) NOT NULL,
    user_id VARCHAR(80),
    workspace_id VARCHAR(80),
    PRIMARY KEY (id)
);
CREATE INDEX ix_provisioning_log_time ON provisioning_log (tenant_id, time);
CREATE INDEX ix_provisioning_log_user ON provisioning_log (tenant_id, user_id, time);
CREATE INDEX ix_provisioning_log_workspace ON provisioning_log (tenant_id, workspace_id, time);
