-- A workspace's members (member lists and counts, rule recomputation, remote-source syncs)
-- are read by workspace: the primary key starts with user_id and served only a user's view.
CREATE INDEX ix_workspace_member_workspace ON workspace_member (workspace_id, user_id);
