-- A database as the release before versioned migrations left it: the schema that
-- EclipseLink generated on H2 2.2.224 (Payara Micro 6.2025.10, commit faadd56 of main), with
-- the data of a short Entra session: account "default" with SSO and SCIM on, four users
-- (dave deactivated), groups Engineering (alice, bob) and Sales (carol, dave, alice), the
-- workspace "Project Apollo" limited to Engineering's object ID with carol added by hand,
-- the invitee guest@fabrikam.example and bob as admin, the empty workspace "Empty Room",
-- and the provisioning log of all that. Tokens are the integration tests' bootstrap tokens
-- (stored hashed); the console user admin's password is old-release-admin-password.
-- Made with H2's SCRIPT command; loaded by the upgrade tests with RUNSCRIPT.
-- H2 2.2.224; 
SET WRITE_DELAY 0;             
;              
CREATE USER IF NOT EXISTS "SCIMSPACE" SALT '3492808170e671d7' HASH 'b9525e1312a3675860cd6733b391dc9494df57bf22fa689d475ca1278e967e74' ADMIN;   
CREATE CACHED TABLE "PUBLIC"."PROVISIONING_LOG"(
    "ID" CHARACTER VARYING(80) NOT NULL,
    "ACTOR" CHARACTER VARYING(200) NOT NULL,
    "DETAIL" CHARACTER VARYING(2000),
    "OPERATION" CHARACTER VARYING(500) NOT NULL,
    "SCIM_TYPE" CHARACTER VARYING(40),
    "STATUS" INTEGER,
    "SUCCESS" BOOLEAN NOT NULL,
    "TARGET" CHARACTER VARYING(300),
    "TENANT_ID" CHARACTER VARYING(36) NOT NULL,
    "TIME" BIGINT NOT NULL,
    "TYPE" CHARACTER VARYING(16) NOT NULL,
    "USER_ID" CHARACTER VARYING(80),
    "WORKSPACE_ID" CHARACTER VARYING(80)
);        
ALTER TABLE "PUBLIC"."PROVISIONING_LOG" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_4" PRIMARY KEY("ID");              
-- 21 +/- SELECT COUNT(*) FROM PUBLIC.PROVISIONING_LOG;        
INSERT INTO "PUBLIC"."PROVISIONING_LOG" VALUES
('01a2253a4ad5-0000000000000001-7339ce37-02a5-4315-be2f-a98aada920ff', 'bootstrap', NULL, 'create account', NULL, NULL, TRUE, 'Account default', '025098d7-bb91-474e-b303-7222043c1fce', 1795920906965000, 'ACCOUNT', NULL, NULL),
('01a2253a4cc1-0000000000000002-3439cbde-c491-414f-bae1-93236778a071', 'bootstrap', NULL, 'seed SCIM token', NULL, NULL, TRUE, 'Token 031fc11b-4db6-47b3-94fb-2a62b3789df0', '025098d7-bb91-474e-b303-7222043c1fce', 1795920907457000, 'ACCOUNT', NULL, NULL),
('01a2253a4cc6-0000000000000003-eed14917-6100-41a9-b6ae-e3ece9fedf09', 'bootstrap', NULL, 'seed management token', NULL, NULL, TRUE, 'Token 003aa0ca-881c-4f59-a175-a41aa72a48f2', '025098d7-bb91-474e-b303-7222043c1fce', 1795920907462000, 'ACCOUNT', NULL, NULL),
('01a2253a6de0-0000000000000004-d66630fe-44c6-4b63-b1af-c003054a727d', 'api-token:003aa0ca-881c-4f59-a175-a41aa72a48f2', 'Entra tenant 72f988bf-86f1-41af-91ab-2d7cd011db47, domain contoso.com', 'configure SSO', NULL, NULL, TRUE, 'Account default', '025098d7-bb91-474e-b303-7222043c1fce', 1795920915936000, 'ACCOUNT', NULL, NULL),
('01a2253a6df7-0000000000000005-58dddbc9-a656-4825-8c6f-9674dc44f882', 'api-token:003aa0ca-881c-4f59-a175-a41aa72a48f2', NULL, 'enable SCIM', NULL, NULL, TRUE, 'Account default', '025098d7-bb91-474e-b303-7222043c1fce', 1795920915959000, 'ACCOUNT', NULL, NULL),
('01a2253a6eb2-0000000000000006-dcbae477-196f-4a78-aad9-bcd0cc951409', 'scim-token:031fc11b-4db6-47b3-94fb-2a62b3789df0', NULL, 'POST /Users', NULL, 201, TRUE, 'User 9efecfaa-7e21-440a-9edf-1bad2f9f013d', '025098d7-bb91-474e-b303-7222043c1fce', 1795920916146000, 'SCIM', '9efecfaa-7e21-440a-9edf-1bad2f9f013d', NULL),
('01a2253a6f10-0000000000000007-c849f9f8-35fb-4bf1-b674-00601aeb9fc5', 'scim-token:031fc11b-4db6-47b3-94fb-2a62b3789df0', NULL, 'POST /Users', NULL, 201, TRUE, 'User 0761db7c-8c39-4e82-b73a-9ec781386e84', '025098d7-bb91-474e-b303-7222043c1fce', 1795920916240000, 'SCIM', '0761db7c-8c39-4e82-b73a-9ec781386e84', NULL),
('01a2253a7038-0000000000000008-78b27304-efcb-41ff-a467-50e81d7b996f', 'scim-token:031fc11b-4db6-47b3-94fb-2a62b3789df0', NULL, 'POST /Users', NULL, 201, TRUE, 'User 11edf127-784a-4ad4-b32c-49f20e3fe42f', '025098d7-bb91-474e-b303-7222043c1fce', 1795920916536000, 'SCIM', '11edf127-784a-4ad4-b32c-49f20e3fe42f', NULL),
('01a2253a708e-0000000000000009-96af4075-1261-46e1-829b-f7be2cfa8317', 'scim-token:031fc11b-4db6-47b3-94fb-2a62b3789df0', NULL, 'POST /Users', NULL, 201, TRUE, 'User 5ef6c8b1-39e2-4516-bac8-2e1ff7c048f7', '025098d7-bb91-474e-b303-7222043c1fce', 1795920916622000, 'SCIM', '5ef6c8b1-39e2-4516-bac8-2e1ff7c048f7', NULL),
('01a2253a71fd-000000000000000a-b8f5cfa5-bc74-4c51-b59c-7a78631dac5f', 'scim-token:031fc11b-4db6-47b3-94fb-2a62b3789df0', NULL, 'POST /Groups', NULL, 201, TRUE, 'Group 3e095030-05f6-45a3-bbd9-5c686c48908a', '025098d7-bb91-474e-b303-7222043c1fce', 1795920916989000, 'SCIM', NULL, NULL),
('01a2253a7248-000000000000000b-9d460a8c-c46c-4098-8a35-1a24efe0094c', 'scim-token:031fc11b-4db6-47b3-94fb-2a62b3789df0', NULL, 'POST /Groups', NULL, 201, TRUE, 'Group 8cc498ac-ac1c-4ac9-aa4e-7251eef1d4f4', '025098d7-bb91-474e-b303-7222043c1fce', 1795920917064000, 'SCIM', NULL, NULL),
('01a2253a72f4-000000000000000c-fbd3b3c0-6401-44c4-8161-ca505e744496', 'scim-token:031fc11b-4db6-47b3-94fb-2a62b3789df0', NULL, 'PATCH /Groups/8cc498ac-ac1c-4ac9-aa4e-7251eef1d4f4', NULL, 204, TRUE, 'Group 8cc498ac-ac1c-4ac9-aa4e-7251eef1d4f4', '025098d7-bb91-474e-b303-7222043c1fce', 1795920917236000, 'SCIM', NULL, NULL),
('01a2253a7318-000000000000000d-9a5d1a69-c8cb-49fb-82c8-1a7dcdd7afba', 'api-token:003aa0ca-881c-4f59-a175-a41aa72a48f2', 'created workspace Project Apollo', 'create workspace', NULL, NULL, TRUE, 'Workspace 304911b4-ef82-4434-a31b-bd2337bf514c', '025098d7-bb91-474e-b303-7222043c1fce', 1795920917272000, 'WORKSPACE', NULL, '304911b4-ef82-4434-a31b-bd2337bf514c'),
('01a2253a73a7-000000000000000e-5ece441f-35ca-4a61-ba9e-a281eab098d8', 'api-token:003aa0ca-881c-4f59-a175-a41aa72a48f2', 'group limits of Project Apollo: 0e5ac0a5-1111-4c1e-9d6b-000000000001', 'set group limits', NULL, NULL, TRUE, 'Workspace 304911b4-ef82-4434-a31b-bd2337bf514c', '025098d7-bb91-474e-b303-7222043c1fce', 1795920917415000, 'WORKSPACE', NULL, '304911b4-ef82-4434-a31b-bd2337bf514c');         
INSERT INTO "PUBLIC"."PROVISIONING_LOG" VALUES
('01a2253a73a8-000000000000000f-5fb2aeda-dcae-46e2-a13f-2977ec53e091', 'api-token:003aa0ca-881c-4f59-a175-a41aa72a48f2', 'joined Project Apollo: its group limits changed to 0e5ac0a5-1111-4c1e-9d6b-000000000001', 'joined', NULL, NULL, TRUE, 'User 0761db7c-8c39-4e82-b73a-9ec781386e84', '025098d7-bb91-474e-b303-7222043c1fce', 1795920917416000, 'MEMBERSHIP', '0761db7c-8c39-4e82-b73a-9ec781386e84', '304911b4-ef82-4434-a31b-bd2337bf514c'),
('01a2253a73a8-0000000000000010-f74666d9-1456-4d4a-9aee-b4e48df54763', 'api-token:003aa0ca-881c-4f59-a175-a41aa72a48f2', 'joined Project Apollo: its group limits changed to 0e5ac0a5-1111-4c1e-9d6b-000000000001', 'joined', NULL, NULL, TRUE, 'User 9efecfaa-7e21-440a-9edf-1bad2f9f013d', '025098d7-bb91-474e-b303-7222043c1fce', 1795920917416000, 'MEMBERSHIP', '9efecfaa-7e21-440a-9edf-1bad2f9f013d', '304911b4-ef82-4434-a31b-bd2337bf514c'),
('01a2253a73d6-0000000000000011-5c183581-0c6e-4ca8-88a6-5c1f2befe1de', 'api-token:003aa0ca-881c-4f59-a175-a41aa72a48f2', 'added to Project Apollo', 'joined', NULL, NULL, TRUE, 'User 11edf127-784a-4ad4-b32c-49f20e3fe42f', '025098d7-bb91-474e-b303-7222043c1fce', 1795920917462000, 'MEMBERSHIP', '11edf127-784a-4ad4-b32c-49f20e3fe42f', '304911b4-ef82-4434-a31b-bd2337bf514c'),
('01a2253a73fd-0000000000000012-ff1baef2-d6b4-40d1-9916-26f26d3b1b16', 'api-token:003aa0ca-881c-4f59-a175-a41aa72a48f2', 'added to Project Apollo', 'joined', NULL, NULL, TRUE, 'User 139fa186-e0bb-41f5-9ba0-31109d418530', '025098d7-bb91-474e-b303-7222043c1fce', 1795920917501000, 'MEMBERSHIP', '139fa186-e0bb-41f5-9ba0-31109d418530', '304911b4-ef82-4434-a31b-bd2337bf514c'),
('01a2253a740f-0000000000000013-8c3d5cba-3206-42fd-b62c-f235141de8d7', 'api-token:003aa0ca-881c-4f59-a175-a41aa72a48f2', 'role in Project Apollo set to admin', 'change role', NULL, NULL, TRUE, 'User 0761db7c-8c39-4e82-b73a-9ec781386e84', '025098d7-bb91-474e-b303-7222043c1fce', 1795920917519000, 'WORKSPACE', '0761db7c-8c39-4e82-b73a-9ec781386e84', '304911b4-ef82-4434-a31b-bd2337bf514c'),
('01a2253a7423-0000000000000014-0ce0bbea-f706-4ba7-b105-c436e98dbdea', 'api-token:003aa0ca-881c-4f59-a175-a41aa72a48f2', 'created workspace Empty Room', 'create workspace', NULL, NULL, TRUE, 'Workspace d6ec294f-0920-4694-b753-2f063e2be959', '025098d7-bb91-474e-b303-7222043c1fce', 1795920917539000, 'WORKSPACE', NULL, 'd6ec294f-0920-4694-b753-2f063e2be959'),
('01a2253a74b1-0000000000000015-934aa6fb-90e7-4351-9b51-0dd10720cca2', 'api-token:003aa0ca-881c-4f59-a175-a41aa72a48f2', NULL, 'issue SCIM token', NULL, NULL, TRUE, 'Token c5c857ac-168a-4f7d-b65f-7912b9206af7', '025098d7-bb91-474e-b303-7222043c1fce', 1795920917681000, 'ACCOUNT', NULL, NULL);       
CREATE INDEX "PUBLIC"."IX_PROVISIONING_LOG_TIME" ON "PUBLIC"."PROVISIONING_LOG"("TENANT_ID" NULLS FIRST, "TIME" NULLS FIRST);  
CREATE INDEX "PUBLIC"."IX_PROVISIONING_LOG_USER" ON "PUBLIC"."PROVISIONING_LOG"("TENANT_ID" NULLS FIRST, "USER_ID" NULLS FIRST, "TIME" NULLS FIRST);           
CREATE INDEX "PUBLIC"."IX_PROVISIONING_LOG_WORKSPACE" ON "PUBLIC"."PROVISIONING_LOG"("TENANT_ID" NULLS FIRST, "WORKSPACE_ID" NULLS FIRST, "TIME" NULLS FIRST); 
CREATE CACHED TABLE "PUBLIC"."WORKSPACE"(
    "ID" CHARACTER VARYING(36) NOT NULL,
    "CREATED" BIGINT NOT NULL,
    "NAME" CHARACTER VARYING(200) NOT NULL,
    "NAME_KEY" CHARACTER VARYING(200) NOT NULL,
    "TENANT_ID" CHARACTER VARYING(36) NOT NULL
);
ALTER TABLE "PUBLIC"."WORKSPACE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_E" PRIMARY KEY("ID");     
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.WORKSPACE;
INSERT INTO "PUBLIC"."WORKSPACE" VALUES
('304911b4-ef82-4434-a31b-bd2337bf514c', 1795920917268000, 'Project Apollo', 'project apollo', '025098d7-bb91-474e-b303-7222043c1fce'),
('d6ec294f-0920-4694-b753-2f063e2be959', 1795920917539000, 'Empty Room', 'empty room', '025098d7-bb91-474e-b303-7222043c1fce');
CREATE CACHED TABLE "PUBLIC"."CONSOLE_USER"(
    "ID" CHARACTER VARYING(36) NOT NULL,
    "CREATED" BIGINT NOT NULL,
    "FAILED_LOGINS" INTEGER NOT NULL,
    "LOCKED_UNTIL" BIGINT,
    "LOGIN" CHARACTER VARYING(200) NOT NULL,
    "MAIN_USER" BOOLEAN NOT NULL,
    "PASSWORD_HASH" CHARACTER VARYING(512) NOT NULL,
    "TENANT_ID" CHARACTER VARYING(36) NOT NULL
);    
ALTER TABLE "PUBLIC"."CONSOLE_USER" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_B" PRIMARY KEY("ID");  
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.CONSOLE_USER;             
INSERT INTO "PUBLIC"."CONSOLE_USER" VALUES
('1bb30f15-2af2-42b1-84a0-a16ca820965d', 1795920907436000, 0, NULL, 'admin', TRUE, 'PBKDF2WithHmacSHA512:210000:eigptHVxWBYLI8yCYtOIuulUMhR8mvc1elfFd+EPbDs=:OPWqRs5kgThkvYHGWXGtiRZBxdlCb7OJRe0Znz98GZckBdJvoqChGXe0xz7CUJCF4Hwjd4E3cKgVxWpIFqqIeg==', '025098d7-bb91-474e-b303-7222043c1fce');    
CREATE CACHED TABLE "PUBLIC"."WORKSPACE_MEMBER"(
    "USER_ID" CHARACTER VARYING(36) NOT NULL,
    "WORKSPACE_ID" CHARACTER VARYING(36) NOT NULL,
    "MANUAL" BOOLEAN NOT NULL,
    "ROLE" CHARACTER VARYING(16) NOT NULL,
    "SINCE" BIGINT NOT NULL,
    "TENANT_ID" CHARACTER VARYING(36) NOT NULL
);     
ALTER TABLE "PUBLIC"."WORKSPACE_MEMBER" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_9" PRIMARY KEY("USER_ID", "WORKSPACE_ID");         
-- 4 +/- SELECT COUNT(*) FROM PUBLIC.WORKSPACE_MEMBER;         
INSERT INTO "PUBLIC"."WORKSPACE_MEMBER" VALUES
('0761db7c-8c39-4e82-b73a-9ec781386e84', '304911b4-ef82-4434-a31b-bd2337bf514c', FALSE, 'ADMIN', 1795920917414000, '025098d7-bb91-474e-b303-7222043c1fce'),
('9efecfaa-7e21-440a-9edf-1bad2f9f013d', '304911b4-ef82-4434-a31b-bd2337bf514c', FALSE, 'PARTICIPANT', 1795920917414000, '025098d7-bb91-474e-b303-7222043c1fce'),
('11edf127-784a-4ad4-b32c-49f20e3fe42f', '304911b4-ef82-4434-a31b-bd2337bf514c', TRUE, 'PARTICIPANT', 1795920917456000, '025098d7-bb91-474e-b303-7222043c1fce'),
('139fa186-e0bb-41f5-9ba0-31109d418530', '304911b4-ef82-4434-a31b-bd2337bf514c', TRUE, 'PARTICIPANT', 1795920917499000, '025098d7-bb91-474e-b303-7222043c1fce'); 
CREATE INDEX "PUBLIC"."IX_WORKSPACE_MEMBER_USER" ON "PUBLIC"."WORKSPACE_MEMBER"("TENANT_ID" NULLS FIRST, "USER_ID" NULLS FIRST);               
CREATE CACHED TABLE "PUBLIC"."GROUP_MEMBER"(
    "GROUP_ID" CHARACTER VARYING(36) NOT NULL,
    "MEMBER_ID" CHARACTER VARYING(36) NOT NULL,
    "MEMBER_TYPE" CHARACTER VARYING(8) NOT NULL
); 
ALTER TABLE "PUBLIC"."GROUP_MEMBER" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_1" PRIMARY KEY("GROUP_ID", "MEMBER_ID");               
-- 5 +/- SELECT COUNT(*) FROM PUBLIC.GROUP_MEMBER;             
INSERT INTO "PUBLIC"."GROUP_MEMBER" VALUES
('3e095030-05f6-45a3-bbd9-5c686c48908a', '9efecfaa-7e21-440a-9edf-1bad2f9f013d', 'User'),
('3e095030-05f6-45a3-bbd9-5c686c48908a', '0761db7c-8c39-4e82-b73a-9ec781386e84', 'User'),
('8cc498ac-ac1c-4ac9-aa4e-7251eef1d4f4', '5ef6c8b1-39e2-4516-bac8-2e1ff7c048f7', 'User'),
('8cc498ac-ac1c-4ac9-aa4e-7251eef1d4f4', '11edf127-784a-4ad4-b32c-49f20e3fe42f', 'User'),
('8cc498ac-ac1c-4ac9-aa4e-7251eef1d4f4', '9efecfaa-7e21-440a-9edf-1bad2f9f013d', 'User');   
CREATE INDEX "PUBLIC"."IX_GROUP_MEMBER_MEMBER" ON "PUBLIC"."GROUP_MEMBER"("MEMBER_ID" NULLS FIRST);            
CREATE CACHED TABLE "PUBLIC"."SCIM_USER"(
    "ID" CHARACTER VARYING(36) NOT NULL,
    "ACTIVE" BOOLEAN NOT NULL,
    "CREATED" BIGINT NOT NULL,
    "DISPLAY_NAME" CHARACTER VARYING(1024),
    "DOCUMENT" CHARACTER VARYING NOT NULL,
    "EXTERNAL_ID" CHARACTER VARYING(512),
    "LAST_MODIFIED" BIGINT NOT NULL,
    "PASSWORD_HASH" CHARACTER VARYING(512),
    "REVISION" BIGINT NOT NULL,
    "TENANT_ID" CHARACTER VARYING(36) NOT NULL,
    "USER_NAME" CHARACTER VARYING(512) NOT NULL,
    "USER_NAME_KEY" CHARACTER VARYING(512) NOT NULL
);     
ALTER TABLE "PUBLIC"."SCIM_USER" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_E0" PRIMARY KEY("ID");    
-- 4 +/- SELECT COUNT(*) FROM PUBLIC.SCIM_USER;
INSERT INTO "PUBLIC"."SCIM_USER" VALUES
('9efecfaa-7e21-440a-9edf-1bad2f9f013d', TRUE, 1795920916058000, 'Alice Archer', '{"emails":[{"type":"work","value":"alice@contoso.com","primary":true}],"displayName":"Alice Archer","name":{"givenName":"Alice","familyName":"Archer"},"externalId":"ext-alice","active":true,"userName":"alice@contoso.com","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Engineering","employeeNumber":"ext-alice"}}', 'ext-alice', 1795920916058000, NULL, 1, '025098d7-bb91-474e-b303-7222043c1fce', 'alice@contoso.com', 'alice@contoso.com'),
('0761db7c-8c39-4e82-b73a-9ec781386e84', TRUE, 1795920916228000, 'Bob Baker', '{"emails":[{"type":"work","value":"bob@contoso.com","primary":true}],"displayName":"Bob Baker","name":{"givenName":"Bob","familyName":"Baker"},"externalId":"ext-bob","active":true,"userName":"bob@contoso.com","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Engineering","employeeNumber":"ext-bob"}}', 'ext-bob', 1795920916228000, NULL, 1, '025098d7-bb91-474e-b303-7222043c1fce', 'bob@contoso.com', 'bob@contoso.com'),
('11edf127-784a-4ad4-b32c-49f20e3fe42f', TRUE, 1795920916395000, 'Carol Cooper', '{"emails":[{"type":"work","value":"carol@contoso.com","primary":true}],"displayName":"Carol Cooper","name":{"givenName":"Carol","familyName":"Cooper"},"externalId":"ext-carol","active":true,"userName":"carol@contoso.com","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Sales","employeeNumber":"ext-carol"}}', 'ext-carol', 1795920916395000, NULL, 1, '025098d7-bb91-474e-b303-7222043c1fce', 'carol@contoso.com', 'carol@contoso.com'),
('5ef6c8b1-39e2-4516-bac8-2e1ff7c048f7', FALSE, 1795920916587000, 'Dave Dunn', '{"emails":[{"type":"work","value":"dave@contoso.com","primary":true}],"displayName":"Dave Dunn","name":{"givenName":"Dave","familyName":"Dunn"},"externalId":"ext-dave","active":false,"userName":"dave@contoso.com","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Sales","employeeNumber":"ext-dave"}}', 'ext-dave', 1795920916587000, NULL, 1, '025098d7-bb91-474e-b303-7222043c1fce', 'dave@contoso.com', 'dave@contoso.com');         
CREATE INDEX "PUBLIC"."IX_SCIM_USER_EXTERNAL_ID" ON "PUBLIC"."SCIM_USER"("TENANT_ID" NULLS FIRST, "EXTERNAL_ID" NULLS FIRST);  
CREATE INDEX "PUBLIC"."IX_SCIM_USER_DISPLAY_NAME" ON "PUBLIC"."SCIM_USER"("TENANT_ID" NULLS FIRST, "DISPLAY_NAME" NULLS FIRST);
CREATE CACHED TABLE "PUBLIC"."SCIM_GROUP"(
    "ID" CHARACTER VARYING(36) NOT NULL,
    "CREATED" BIGINT NOT NULL,
    "DISPLAY_NAME" CHARACTER VARYING(1024) NOT NULL,
    "DISPLAY_NAME_KEY" CHARACTER VARYING(1024) NOT NULL,
    "DOCUMENT" CHARACTER VARYING NOT NULL,
    "EXTERNAL_ID" CHARACTER VARYING(512),
    "EXTERNAL_ID_KEY" CHARACTER VARYING(512),
    "LAST_MODIFIED" BIGINT NOT NULL,
    "REVISION" BIGINT NOT NULL,
    "TENANT_ID" CHARACTER VARYING(36) NOT NULL
);     
ALTER TABLE "PUBLIC"."SCIM_GROUP" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_3" PRIMARY KEY("ID");    
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.SCIM_GROUP;               
INSERT INTO "PUBLIC"."SCIM_GROUP" VALUES
('3e095030-05f6-45a3-bbd9-5c686c48908a', 1795920916959000, 'Engineering', 'engineering', '{"displayName":"Engineering","externalId":"0e5ac0a5-1111-4c1e-9d6b-000000000001"}', '0e5ac0a5-1111-4c1e-9d6b-000000000001', '0e5ac0a5-1111-4c1e-9d6b-000000000001', 1795920916959000, 1, '025098d7-bb91-474e-b303-7222043c1fce'),
('8cc498ac-ac1c-4ac9-aa4e-7251eef1d4f4', 1795920917058000, 'Sales', 'sales', '{"displayName":"Sales","externalId":"0e5ac0a5-2222-4c1e-9d6b-000000000002"}', '0e5ac0a5-2222-4c1e-9d6b-000000000002', '0e5ac0a5-2222-4c1e-9d6b-000000000002', 1795920917234000, 2, '025098d7-bb91-474e-b303-7222043c1fce'); 
CREATE INDEX "PUBLIC"."IX_SCIM_GROUP_EXTERNAL_ID" ON "PUBLIC"."SCIM_GROUP"("TENANT_ID" NULLS FIRST, "EXTERNAL_ID" NULLS FIRST);
CREATE INDEX "PUBLIC"."IX_SCIM_GROUP_EXTERNAL_ID_KEY" ON "PUBLIC"."SCIM_GROUP"("TENANT_ID" NULLS FIRST, "EXTERNAL_ID_KEY" NULLS FIRST);        
CREATE CACHED TABLE "PUBLIC"."TENANT"(
    "ID" CHARACTER VARYING(36) NOT NULL,
    "CREATED" BIGINT NOT NULL,
    "ENTRA_TENANT_ID" CHARACTER VARYING(36),
    "NAME" CHARACTER VARYING(200) NOT NULL,
    "SCIM_ENABLED" BOOLEAN NOT NULL,
    "SSO_DOMAIN" CHARACTER VARYING(253)
);        
ALTER TABLE "PUBLIC"."TENANT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_93" PRIMARY KEY("ID");       
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.TENANT;   
INSERT INTO "PUBLIC"."TENANT" VALUES
('025098d7-bb91-474e-b303-7222043c1fce', 1795920906955000, '72f988bf-86f1-41af-91ab-2d7cd011db47', 'default', TRUE, 'contoso.com');       
CREATE CACHED TABLE "PUBLIC"."ACCESS_TOKEN"(
    "ID" CHARACTER VARYING(36) NOT NULL,
    "CREATED" BIGINT NOT NULL,
    "KIND" CHARACTER VARYING(16) NOT NULL,
    "LAST_USED" BIGINT,
    "REVOKED" BIGINT,
    "SECRET_HASH" CHARACTER VARYING(64) NOT NULL,
    "TENANT_ID" CHARACTER VARYING(36) NOT NULL
);              
ALTER TABLE "PUBLIC"."ACCESS_TOKEN" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_4D" PRIMARY KEY("ID"); 
-- 3 +/- SELECT COUNT(*) FROM PUBLIC.ACCESS_TOKEN;             
INSERT INTO "PUBLIC"."ACCESS_TOKEN" VALUES
('031fc11b-4db6-47b3-94fb-2a62b3789df0', 1795920907455000, 'SCIM', 1795920915994000, NULL, '9109bdabec79cacba77647c44fab0e12244ddff03e82dcbb71de8e147613f03c', '025098d7-bb91-474e-b303-7222043c1fce'),
('003aa0ca-881c-4f59-a175-a41aa72a48f2', 1795920907462000, 'MANAGEMENT', 1795920915896000, NULL, '7d952d9d9f7bac916422887d9432da22976704eadcd60f934957b00d9eaa802d', '025098d7-bb91-474e-b303-7222043c1fce'),
('c5c857ac-168a-4f7d-b65f-7912b9206af7', 1795920917681000, 'SCIM', NULL, NULL, '7c00c46f0e8d7d7202542deaa0330e5e2cbb35852c763414fb85979d15778405', '025098d7-bb91-474e-b303-7222043c1fce');   
CREATE INDEX "PUBLIC"."IX_ACCESS_TOKEN_TENANT" ON "PUBLIC"."ACCESS_TOKEN"("TENANT_ID" NULLS FIRST, "KIND" NULLS FIRST);        
CREATE CACHED TABLE "PUBLIC"."INVITEE"(
    "ID" CHARACTER VARYING(36) NOT NULL,
    "CREATED" BIGINT NOT NULL,
    "EMAIL" CHARACTER VARYING(320) NOT NULL,
    "EMAIL_KEY" CHARACTER VARYING(320) NOT NULL,
    "TENANT_ID" CHARACTER VARYING(36) NOT NULL
);
ALTER TABLE "PUBLIC"."INVITEE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_9F" PRIMARY KEY("ID");      
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.INVITEE;  
INSERT INTO "PUBLIC"."INVITEE" VALUES
('139fa186-e0bb-41f5-9ba0-31109d418530', 1795920917498000, 'guest@fabrikam.example', 'guest@fabrikam.example', '025098d7-bb91-474e-b303-7222043c1fce');  
CREATE CACHED TABLE "PUBLIC"."SCIM_USER_VALUE"(
    "ELEM" INTEGER NOT NULL,
    "SUB" CHARACTER VARYING(100) NOT NULL,
    "ATTR" CHARACTER VARYING(300) NOT NULL,
    "BOOL_VALUE" BOOLEAN,
    "NUM_VALUE" NUMERIC(38, 10),
    "STR_KEY" CHARACTER VARYING(1024),
    "STR_VALUE" CHARACTER VARYING(1024),
    "TIME_VALUE" BIGINT,
    "USER_ID" CHARACTER VARYING(36) NOT NULL
);        
ALTER TABLE "PUBLIC"."SCIM_USER_VALUE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_9A" PRIMARY KEY("ELEM", "SUB", "ATTR", "USER_ID");  
-- 28 +/- SELECT COUNT(*) FROM PUBLIC.SCIM_USER_VALUE;         
INSERT INTO "PUBLIC"."SCIM_USER_VALUE" VALUES
(0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:department', NULL, NULL, 'engineering', 'Engineering', NULL, '9efecfaa-7e21-440a-9edf-1bad2f9f013d'),
(0, 'type', 'emails', NULL, NULL, 'work', 'work', NULL, '9efecfaa-7e21-440a-9edf-1bad2f9f013d'),
(0, 'givenname', 'name', NULL, NULL, 'alice', 'Alice', NULL, '9efecfaa-7e21-440a-9edf-1bad2f9f013d'),
(0, 'familyname', 'name', NULL, NULL, 'archer', 'Archer', NULL, '9efecfaa-7e21-440a-9edf-1bad2f9f013d'),
(0, 'value', 'emails', NULL, NULL, 'alice@contoso.com', 'alice@contoso.com', NULL, '9efecfaa-7e21-440a-9edf-1bad2f9f013d'),
(0, 'primary', 'emails', TRUE, NULL, NULL, NULL, NULL, '9efecfaa-7e21-440a-9edf-1bad2f9f013d'),
(0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:employeenumber', NULL, NULL, 'ext-alice', 'ext-alice', NULL, '9efecfaa-7e21-440a-9edf-1bad2f9f013d'),
(0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:department', NULL, NULL, 'engineering', 'Engineering', NULL, '0761db7c-8c39-4e82-b73a-9ec781386e84'),
(0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:employeenumber', NULL, NULL, 'ext-bob', 'ext-bob', NULL, '0761db7c-8c39-4e82-b73a-9ec781386e84'),
(0, 'familyname', 'name', NULL, NULL, 'baker', 'Baker', NULL, '0761db7c-8c39-4e82-b73a-9ec781386e84'),
(0, 'value', 'emails', NULL, NULL, 'bob@contoso.com', 'bob@contoso.com', NULL, '0761db7c-8c39-4e82-b73a-9ec781386e84'),
(0, 'givenname', 'name', NULL, NULL, 'bob', 'Bob', NULL, '0761db7c-8c39-4e82-b73a-9ec781386e84'),
(0, 'type', 'emails', NULL, NULL, 'work', 'work', NULL, '0761db7c-8c39-4e82-b73a-9ec781386e84'),
(0, 'primary', 'emails', TRUE, NULL, NULL, NULL, NULL, '0761db7c-8c39-4e82-b73a-9ec781386e84'),
(0, 'value', 'emails', NULL, NULL, 'carol@contoso.com', 'carol@contoso.com', NULL, '11edf127-784a-4ad4-b32c-49f20e3fe42f'),
(0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:employeenumber', NULL, NULL, 'ext-carol', 'ext-carol', NULL, '11edf127-784a-4ad4-b32c-49f20e3fe42f'),
(0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:department', NULL, NULL, 'sales', 'Sales', NULL, '11edf127-784a-4ad4-b32c-49f20e3fe42f'),
(0, 'givenname', 'name', NULL, NULL, 'carol', 'Carol', NULL, '11edf127-784a-4ad4-b32c-49f20e3fe42f'),
(0, 'familyname', 'name', NULL, NULL, 'cooper', 'Cooper', NULL, '11edf127-784a-4ad4-b32c-49f20e3fe42f'),
(0, 'type', 'emails', NULL, NULL, 'work', 'work', NULL, '11edf127-784a-4ad4-b32c-49f20e3fe42f'),
(0, 'primary', 'emails', TRUE, NULL, NULL, NULL, NULL, '11edf127-784a-4ad4-b32c-49f20e3fe42f'),
(0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:employeenumber', NULL, NULL, 'ext-dave', 'ext-dave', NULL, '5ef6c8b1-39e2-4516-bac8-2e1ff7c048f7'),
(0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:department', NULL, NULL, 'sales', 'Sales', NULL, '5ef6c8b1-39e2-4516-bac8-2e1ff7c048f7'),
(0, 'value', 'emails', NULL, NULL, 'dave@contoso.com', 'dave@contoso.com', NULL, '5ef6c8b1-39e2-4516-bac8-2e1ff7c048f7'),
(0, 'familyname', 'name', NULL, NULL, 'dunn', 'Dunn', NULL, '5ef6c8b1-39e2-4516-bac8-2e1ff7c048f7'),
(0, 'givenname', 'name', NULL, NULL, 'dave', 'Dave', NULL, '5ef6c8b1-39e2-4516-bac8-2e1ff7c048f7'),
(0, 'type', 'emails', NULL, NULL, 'work', 'work', NULL, '5ef6c8b1-39e2-4516-bac8-2e1ff7c048f7'),
(0, 'primary', 'emails', TRUE, NULL, NULL, NULL, NULL, '5ef6c8b1-39e2-4516-bac8-2e1ff7c048f7');  
CREATE INDEX "PUBLIC"."IX_SCIM_USER_VALUE_LOOKUP" ON "PUBLIC"."SCIM_USER_VALUE"("ATTR" NULLS FIRST, "SUB" NULLS FIRST, "STR_KEY" NULLS FIRST); 
CREATE CACHED TABLE "PUBLIC"."GROUP_LIMIT"(
    "OBJECT_ID" CHARACTER VARYING(36) NOT NULL,
    "WORKSPACE_ID" CHARACTER VARYING(36) NOT NULL,
    "TENANT_ID" CHARACTER VARYING(36) NOT NULL
);               
ALTER TABLE "PUBLIC"."GROUP_LIMIT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_F" PRIMARY KEY("OBJECT_ID", "WORKSPACE_ID");            
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.GROUP_LIMIT;              
INSERT INTO "PUBLIC"."GROUP_LIMIT" VALUES
('0e5ac0a5-1111-4c1e-9d6b-000000000001', '304911b4-ef82-4434-a31b-bd2337bf514c', '025098d7-bb91-474e-b303-7222043c1fce');            
CREATE INDEX "PUBLIC"."IX_GROUP_LIMIT_OBJECT" ON "PUBLIC"."GROUP_LIMIT"("TENANT_ID" NULLS FIRST, "OBJECT_ID" NULLS FIRST);     
ALTER TABLE "PUBLIC"."CONSOLE_USER" ADD CONSTRAINT "PUBLIC"."UK_CONSOLE_USER_LOGIN" UNIQUE("LOGIN");           
ALTER TABLE "PUBLIC"."SCIM_GROUP" ADD CONSTRAINT "PUBLIC"."UK_SCIM_GROUP_NAME" UNIQUE("TENANT_ID", "DISPLAY_NAME_KEY");        
ALTER TABLE "PUBLIC"."ACCESS_TOKEN" ADD CONSTRAINT "PUBLIC"."UK_ACCESS_TOKEN_HASH" UNIQUE("SECRET_HASH");      
ALTER TABLE "PUBLIC"."SCIM_USER" ADD CONSTRAINT "PUBLIC"."UK_SCIM_USER_NAME" UNIQUE("TENANT_ID", "USER_NAME_KEY");             
ALTER TABLE "PUBLIC"."INVITEE" ADD CONSTRAINT "PUBLIC"."UK_INVITEE_EMAIL" UNIQUE("TENANT_ID", "EMAIL_KEY");    
ALTER TABLE "PUBLIC"."WORKSPACE" ADD CONSTRAINT "PUBLIC"."UK_WORKSPACE_NAME" UNIQUE("TENANT_ID", "NAME_KEY");  
ALTER TABLE "PUBLIC"."TENANT" ADD CONSTRAINT "PUBLIC"."UK_TENANT_NAME" UNIQUE("NAME");         
ALTER TABLE "PUBLIC"."SCIM_USER_VALUE" ADD CONSTRAINT "PUBLIC"."FK_SCIM_USER_VALUE_USER_ID" FOREIGN KEY("USER_ID") REFERENCES "PUBLIC"."SCIM_USER"("ID") NOCHECK;              
