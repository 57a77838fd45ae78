-- A user's searchable values are written, replaced and deleted together, by user: the primary
-- key starts with user_id now (it started with elem, sub and attr). Each new user's rows then
-- go to one place in the key instead of one place per attribute, which the embedded H2
-- rewrites page by page at every commit, and PostgreSQL, which makes no index for a foreign
-- key, finds a user's values without reading the whole table. Rebuilt as a new table: the
-- names the databases gave the old primary key differ.
CREATE TABLE scim_user_value_by_user (
    elem INTEGER NOT NULL,
    sub VARCHAR(100) NOT NULL,
    attr VARCHAR(300) NOT NULL,
    bool_value BOOLEAN,
    num_value NUMERIC(38, 10),
    str_key VARCHAR(1024),
    str_value VARCHAR(1024),
    time_value BIGINT,
    user_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (user_id, attr, elem, sub)
);
INSERT INTO scim_user_value_by_user (elem, sub, attr, bool_value, num_value, str_key, str_value, time_value, user_id)
    SELECT elem, sub, attr, bool_value, num_value, str_key, str_value, time_value, user_id FROM scim_user_value;
DROP TABLE scim_user_value;
ALTER TABLE scim_user_value_by_user RENAME TO scim_user_value;
ALTER TABLE scim_user_value ADD CONSTRAINT fk_scim_user_value_user_id FOREIGN KEY (user_id) REFERENCES scim_user (id);
CREATE INDEX ix_scim_user_value_lookup ON scim_user_value (attr, sub, str_key);
