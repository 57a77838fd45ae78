-- The same session as pre-migrations-h2.sql on PostgreSQL 15: the schema that EclipseLink
-- generated there (commit faadd56 of main, the PostgreSQL pool of that release) and its
-- data. Made with pg_dump --inserts --no-owner --no-privileges; loaded by the upgrade tests.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: access_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.access_token (
    id character varying(36) NOT NULL,
    created bigint NOT NULL,
    kind character varying(16) NOT NULL,
    last_used bigint,
    revoked bigint,
    secret_hash character varying(64) NOT NULL,
    tenant_id character varying(36) NOT NULL
);


--
-- Name: console_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.console_user (
    id character varying(36) NOT NULL,
    created bigint NOT NULL,
    failed_logins integer NOT NULL,
    locked_until bigint,
    login character varying(200) NOT NULL,
    main_user boolean NOT NULL,
    password_hash character varying(512) NOT NULL,
    tenant_id character varying(36) NOT NULL
);


--
-- Name: group_limit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.group_limit (
    object_id character varying(36) NOT NULL,
    workspace_id character varying(36) NOT NULL,
    tenant_id character varying(36) NOT NULL
);


--
-- Name: group_member; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.group_member (
    group_id character varying(36) NOT NULL,
    member_id character varying(36) NOT NULL,
    member_type character varying(8) NOT NULL
);


--
-- Name: invitee; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.invitee (
    id character varying(36) NOT NULL,
    created bigint NOT NULL,
    email character varying(320) NOT NULL,
    email_key character varying(320) NOT NULL,
    tenant_id character varying(36) NOT NULL
);


--
-- Name: provisioning_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.provisioning_log (
    id character varying(80) NOT NULL,
    actor character varying(200) NOT NULL,
    detail character varying(2000),
    operation character varying(500) NOT NULL,
    scim_type character varying(40),
    status integer,
    success boolean NOT NULL,
    target character varying(300),
    tenant_id character varying(36) NOT NULL,
    "time" bigint NOT NULL,
    type character varying(16) NOT NULL,
    user_id character varying(80),
    workspace_id character varying(80)
);


--
-- Name: scim_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scim_group (
    id character varying(36) NOT NULL,
    created bigint NOT NULL,
    display_name character varying(1024) NOT NULL,
    display_name_key character varying(1024) NOT NULL,
    document text NOT NULL,
    external_id character varying(512),
    external_id_key character varying(512),
    last_modified bigint NOT NULL,
    revision bigint NOT NULL,
    tenant_id character varying(36) NOT NULL
);


--
-- Name: scim_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scim_user (
    id character varying(36) NOT NULL,
    active boolean NOT NULL,
    created bigint NOT NULL,
    display_name character varying(1024),
    document text NOT NULL,
    external_id character varying(512),
    last_modified bigint NOT NULL,
    password_hash character varying(512),
    revision bigint NOT NULL,
    tenant_id character varying(36) NOT NULL,
    user_name character varying(512) NOT NULL,
    user_name_key character varying(512) NOT NULL
);


--
-- Name: scim_user_value; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scim_user_value (
    elem integer NOT NULL,
    sub character varying(100) NOT NULL,
    attr character varying(300) NOT NULL,
    bool_value boolean,
    num_value numeric(38,10),
    str_key character varying(1024),
    str_value character varying(1024),
    time_value bigint,
    user_id character varying(36) NOT NULL
);


--
-- Name: tenant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tenant (
    id character varying(36) NOT NULL,
    created bigint NOT NULL,
    entra_tenant_id character varying(36),
    name character varying(200) NOT NULL,
    scim_enabled boolean NOT NULL,
    sso_domain character varying(253)
);


--
-- Name: workspace; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.workspace (
    id character varying(36) NOT NULL,
    created bigint NOT NULL,
    name character varying(200) NOT NULL,
    name_key character varying(200) NOT NULL,
    tenant_id character varying(36) NOT NULL
);


--
-- Name: workspace_member; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.workspace_member (
    user_id character varying(36) NOT NULL,
    workspace_id character varying(36) NOT NULL,
    manual boolean NOT NULL,
    role character varying(16) NOT NULL,
    since bigint NOT NULL,
    tenant_id character varying(36) NOT NULL
);


--
-- Data for Name: access_token; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.access_token VALUES ('6eac3c8a-fa5c-4fa6-b5a6-4979a9094bac', 1795921083959000, 'MANAGEMENT', 1795921088232000, NULL, '7d952d9d9f7bac916422887d9432da22976704eadcd60f934957b00d9eaa802d', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78');
INSERT INTO public.access_token VALUES ('89327b5d-272c-457d-bf99-f229d058e77a', 1795921083953000, 'SCIM', 1795921088380000, NULL, '9109bdabec79cacba77647c44fab0e12244ddff03e82dcbb71de8e147613f03c', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78');
INSERT INTO public.access_token VALUES ('9ea2046c-9586-41d3-8090-d87c1daaf5a5', 1795921090013000, 'SCIM', NULL, NULL, '8b1f0b67073f91628c6ce115a98aea42b487e3ba58f5d3d49c1c5c092e1da6f1', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78');


--
-- Data for Name: console_user; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.console_user VALUES ('9be7e3c8-23ac-4283-86ab-df7599f99b8a', 1795921083918000, 0, NULL, 'admin', true, 'PBKDF2WithHmacSHA512:210000:2lJspNGFz0Ogy/fJD2tg6UwrBD8EtmXjvcvF+AgabU0=:sDKBTBWYbsqUhmxkDbSADMhW0KfnRVFRaifA6CcArDblxguSoJJUPAaBSu4jZZtqAIWhM0dRsPcajiafbkeeYQ==', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78');


--
-- Data for Name: group_limit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.group_limit VALUES ('0e5ac0a5-1111-4c1e-9d6b-000000000001', '1101b1ef-497c-4e4f-9cb7-b6982382ff07', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78');


--
-- Data for Name: group_member; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.group_member VALUES ('b8bc9aec-29e5-4bfa-991c-c0d551b2f50c', 'd4555a27-e601-4a07-be2c-29afbdb7dce1', 'User');
INSERT INTO public.group_member VALUES ('b8bc9aec-29e5-4bfa-991c-c0d551b2f50c', '13089264-4273-4f1f-957d-7e9e22cb98cd', 'User');
INSERT INTO public.group_member VALUES ('ebd7f7da-b7e6-40e8-a9e0-3eebededc197', '0b0bd2f0-7da3-4302-9b84-12d25d3546da', 'User');
INSERT INTO public.group_member VALUES ('ebd7f7da-b7e6-40e8-a9e0-3eebededc197', 'b8529339-ad8b-4942-b970-fb41b0ea9b8b', 'User');
INSERT INTO public.group_member VALUES ('ebd7f7da-b7e6-40e8-a9e0-3eebededc197', '13089264-4273-4f1f-957d-7e9e22cb98cd', 'User');


--
-- Data for Name: invitee; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.invitee VALUES ('4066d443-fcce-45a7-9ee7-6dd8d754d36b', 1795921089821000, 'guest@fabrikam.example', 'guest@fabrikam.example', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78');


--
-- Data for Name: provisioning_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.provisioning_log VALUES ('01a2253cfbba-0000000000000001-c2779917-e760-4f8a-a46c-f6427108211e', 'bootstrap', NULL, 'create account', NULL, NULL, true, 'Account default', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921083322000, 'ACCOUNT', NULL, NULL);
INSERT INTO public.provisioning_log VALUES ('01a2253cfe33-0000000000000002-6e9e863d-df13-448f-8784-ce2ce18e0ff1', 'bootstrap', NULL, 'seed SCIM token', NULL, NULL, true, 'Token 89327b5d-272c-457d-bf99-f229d058e77a', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921083955000, 'ACCOUNT', NULL, NULL);
INSERT INTO public.provisioning_log VALUES ('01a2253cfe38-0000000000000003-a1836d6e-f47e-4f3c-9752-40d5439a5ff1', 'bootstrap', NULL, 'seed management token', NULL, NULL, true, 'Token 6eac3c8a-fa5c-4fa6-b5a6-4979a9094bac', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921083960000, 'ACCOUNT', NULL, NULL);
INSERT INTO public.provisioning_log VALUES ('01a2253d0f34-0000000000000004-2ed5755d-b58f-4253-95d8-9bf9feedaa1c', 'api-token:6eac3c8a-fa5c-4fa6-b5a6-4979a9094bac', 'Entra tenant 72f988bf-86f1-41af-91ab-2d7cd011db47, domain contoso.com', 'configure SSO', NULL, NULL, true, 'Account default', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921088308000, 'ACCOUNT', NULL, NULL);
INSERT INTO public.provisioning_log VALUES ('01a2253d0f4e-0000000000000005-a01e276d-84b1-49d7-a0f9-762f5758c2b8', 'api-token:6eac3c8a-fa5c-4fa6-b5a6-4979a9094bac', NULL, 'enable SCIM', NULL, NULL, true, 'Account default', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921088334000, 'ACCOUNT', NULL, NULL);
INSERT INTO public.provisioning_log VALUES ('01a2253d0fe9-0000000000000006-5f98c999-7c80-47cc-804f-1e4bf1632cf9', 'scim-token:89327b5d-272c-457d-bf99-f229d058e77a', NULL, 'POST /Users', NULL, 201, true, 'User 13089264-4273-4f1f-957d-7e9e22cb98cd', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921088489000, 'SCIM', '13089264-4273-4f1f-957d-7e9e22cb98cd', NULL);
INSERT INTO public.provisioning_log VALUES ('01a2253d1058-0000000000000007-69fb9658-46c2-43a7-8d64-55b98128c58b', 'scim-token:89327b5d-272c-457d-bf99-f229d058e77a', NULL, 'POST /Users', NULL, 201, true, 'User d4555a27-e601-4a07-be2c-29afbdb7dce1', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921088600000, 'SCIM', 'd4555a27-e601-4a07-be2c-29afbdb7dce1', NULL);
INSERT INTO public.provisioning_log VALUES ('01a2253d10fb-0000000000000008-a381c81e-9366-44a3-896f-45eebabaa480', 'scim-token:89327b5d-272c-457d-bf99-f229d058e77a', NULL, 'POST /Users', NULL, 201, true, 'User b8529339-ad8b-4942-b970-fb41b0ea9b8b', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921088763000, 'SCIM', 'b8529339-ad8b-4942-b970-fb41b0ea9b8b', NULL);
INSERT INTO public.provisioning_log VALUES ('01a2253d11ac-0000000000000009-522c5470-491d-4cae-8815-93651fbfc2cf', 'scim-token:89327b5d-272c-457d-bf99-f229d058e77a', NULL, 'POST /Users', NULL, 201, true, 'User 0b0bd2f0-7da3-4302-9b84-12d25d3546da', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921088940000, 'SCIM', '0b0bd2f0-7da3-4302-9b84-12d25d3546da', NULL);
INSERT INTO public.provisioning_log VALUES ('01a2253d129e-000000000000000a-dd454ff6-67f1-4c5c-8d34-6a744b10ad50', 'scim-token:89327b5d-272c-457d-bf99-f229d058e77a', NULL, 'POST /Groups', NULL, 201, true, 'Group b8bc9aec-29e5-4bfa-991c-c0d551b2f50c', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921089182000, 'SCIM', NULL, NULL);
INSERT INTO public.provisioning_log VALUES ('01a2253d1342-000000000000000b-85061fb7-5fd7-462c-86fd-abe134408bc6', 'scim-token:89327b5d-272c-457d-bf99-f229d058e77a', NULL, 'POST /Groups', NULL, 201, true, 'Group ebd7f7da-b7e6-40e8-a9e0-3eebededc197', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921089346000, 'SCIM', NULL, NULL);
INSERT INTO public.provisioning_log VALUES ('01a2253d13ff-000000000000000c-ace04d6e-6844-4c99-ba07-f1fe4b3740eb', 'scim-token:89327b5d-272c-457d-bf99-f229d058e77a', NULL, 'PATCH /Groups/ebd7f7da-b7e6-40e8-a9e0-3eebededc197', NULL, 204, true, 'Group ebd7f7da-b7e6-40e8-a9e0-3eebededc197', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921089535000, 'SCIM', NULL, NULL);
INSERT INTO public.provisioning_log VALUES ('01a2253d1422-000000000000000d-2e6e2b8a-e9e9-4b16-a30c-50a8250cf8d6', 'api-token:6eac3c8a-fa5c-4fa6-b5a6-4979a9094bac', 'created workspace Project Apollo', 'create workspace', NULL, NULL, true, 'Workspace 1101b1ef-497c-4e4f-9cb7-b6982382ff07', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921089570000, 'WORKSPACE', NULL, '1101b1ef-497c-4e4f-9cb7-b6982382ff07');
INSERT INTO public.provisioning_log VALUES ('01a2253d14bb-000000000000000e-df70a6fc-ea55-4f32-bb10-dc13135bcfbd', 'api-token:6eac3c8a-fa5c-4fa6-b5a6-4979a9094bac', 'group limits of Project Apollo: 0e5ac0a5-1111-4c1e-9d6b-000000000001', 'set group limits', NULL, NULL, true, 'Workspace 1101b1ef-497c-4e4f-9cb7-b6982382ff07', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921089723000, 'WORKSPACE', NULL, '1101b1ef-497c-4e4f-9cb7-b6982382ff07');
INSERT INTO public.provisioning_log VALUES ('01a2253d14bd-000000000000000f-c0d96414-dbd0-4b67-8bd6-8140e18ebf68', 'api-token:6eac3c8a-fa5c-4fa6-b5a6-4979a9094bac', 'joined Project Apollo: its group limits changed to 0e5ac0a5-1111-4c1e-9d6b-000000000001', 'joined', NULL, NULL, true, 'User 13089264-4273-4f1f-957d-7e9e22cb98cd', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921089725000, 'MEMBERSHIP', '13089264-4273-4f1f-957d-7e9e22cb98cd', '1101b1ef-497c-4e4f-9cb7-b6982382ff07');
INSERT INTO public.provisioning_log VALUES ('01a2253d14bd-0000000000000010-349630cf-1c39-44d2-a181-7118872e0867', 'api-token:6eac3c8a-fa5c-4fa6-b5a6-4979a9094bac', 'joined Project Apollo: its group limits changed to 0e5ac0a5-1111-4c1e-9d6b-000000000001', 'joined', NULL, NULL, true, 'User d4555a27-e601-4a07-be2c-29afbdb7dce1', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921089725000, 'MEMBERSHIP', 'd4555a27-e601-4a07-be2c-29afbdb7dce1', '1101b1ef-497c-4e4f-9cb7-b6982382ff07');
INSERT INTO public.provisioning_log VALUES ('01a2253d14fa-0000000000000011-819dfad5-aeb5-4ff2-8503-fdf264e53486', 'api-token:6eac3c8a-fa5c-4fa6-b5a6-4979a9094bac', 'added to Project Apollo', 'joined', NULL, NULL, true, 'User b8529339-ad8b-4942-b970-fb41b0ea9b8b', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921089786000, 'MEMBERSHIP', 'b8529339-ad8b-4942-b970-fb41b0ea9b8b', '1101b1ef-497c-4e4f-9cb7-b6982382ff07');
INSERT INTO public.provisioning_log VALUES ('01a2253d1523-0000000000000012-a61a52eb-fc84-4d65-8393-2db80f879ccc', 'api-token:6eac3c8a-fa5c-4fa6-b5a6-4979a9094bac', 'added to Project Apollo', 'joined', NULL, NULL, true, 'User 4066d443-fcce-45a7-9ee7-6dd8d754d36b', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921089827000, 'MEMBERSHIP', '4066d443-fcce-45a7-9ee7-6dd8d754d36b', '1101b1ef-497c-4e4f-9cb7-b6982382ff07');
INSERT INTO public.provisioning_log VALUES ('01a2253d1545-0000000000000013-5bb4f7ea-6508-452a-ab7b-c42e438fcf0d', 'api-token:6eac3c8a-fa5c-4fa6-b5a6-4979a9094bac', 'role in Project Apollo set to admin', 'change role', NULL, NULL, true, 'User d4555a27-e601-4a07-be2c-29afbdb7dce1', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921089861000, 'WORKSPACE', 'd4555a27-e601-4a07-be2c-29afbdb7dce1', '1101b1ef-497c-4e4f-9cb7-b6982382ff07');
INSERT INTO public.provisioning_log VALUES ('01a2253d1570-0000000000000014-dc9194c1-25e3-45c1-8059-9f66ab34b9b4', 'api-token:6eac3c8a-fa5c-4fa6-b5a6-4979a9094bac', 'created workspace Empty Room', 'create workspace', NULL, NULL, true, 'Workspace f8750978-e66a-4a57-a858-56f35469690a', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921089904000, 'WORKSPACE', NULL, 'f8750978-e66a-4a57-a858-56f35469690a');
INSERT INTO public.provisioning_log VALUES ('01a2253d15dd-0000000000000015-20fbff5c-9a63-4866-94ed-33b3d0949a77', 'api-token:6eac3c8a-fa5c-4fa6-b5a6-4979a9094bac', NULL, 'issue SCIM token', NULL, NULL, true, 'Token 9ea2046c-9586-41d3-8090-d87c1daaf5a5', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921090013000, 'ACCOUNT', NULL, NULL);


--
-- Data for Name: scim_group; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.scim_group VALUES ('b8bc9aec-29e5-4bfa-991c-c0d551b2f50c', 1795921089141000, 'Engineering', 'engineering', '{"displayName":"Engineering","externalId":"0e5ac0a5-1111-4c1e-9d6b-000000000001"}', '0e5ac0a5-1111-4c1e-9d6b-000000000001', '0e5ac0a5-1111-4c1e-9d6b-000000000001', 1795921089141000, 1, '2cb73f70-7692-42c6-8fd4-457a0ad4cf78');
INSERT INTO public.scim_group VALUES ('ebd7f7da-b7e6-40e8-a9e0-3eebededc197', 1795921089336000, 'Sales', 'sales', '{"displayName":"Sales","externalId":"0e5ac0a5-2222-4c1e-9d6b-000000000002"}', '0e5ac0a5-2222-4c1e-9d6b-000000000002', '0e5ac0a5-2222-4c1e-9d6b-000000000002', 1795921089528000, 2, '2cb73f70-7692-42c6-8fd4-457a0ad4cf78');


--
-- Data for Name: scim_user; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.scim_user VALUES ('13089264-4273-4f1f-957d-7e9e22cb98cd', true, 1795921088434000, 'Alice Archer', '{"emails":[{"type":"work","value":"alice@contoso.com","primary":true}],"displayName":"Alice Archer","name":{"givenName":"Alice","familyName":"Archer"},"externalId":"ext-alice","active":true,"userName":"alice@contoso.com","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Engineering","employeeNumber":"ext-alice"}}', 'ext-alice', 1795921088434000, NULL, 1, '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 'alice@contoso.com', 'alice@contoso.com');
INSERT INTO public.scim_user VALUES ('d4555a27-e601-4a07-be2c-29afbdb7dce1', true, 1795921088568000, 'Bob Baker', '{"emails":[{"type":"work","value":"bob@contoso.com","primary":true}],"displayName":"Bob Baker","name":{"givenName":"Bob","familyName":"Baker"},"externalId":"ext-bob","active":true,"userName":"bob@contoso.com","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Engineering","employeeNumber":"ext-bob"}}', 'ext-bob', 1795921088568000, NULL, 1, '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 'bob@contoso.com', 'bob@contoso.com');
INSERT INTO public.scim_user VALUES ('b8529339-ad8b-4942-b970-fb41b0ea9b8b', true, 1795921088750000, 'Carol Cooper', '{"emails":[{"type":"work","value":"carol@contoso.com","primary":true}],"displayName":"Carol Cooper","name":{"givenName":"Carol","familyName":"Cooper"},"externalId":"ext-carol","active":true,"userName":"carol@contoso.com","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Sales","employeeNumber":"ext-carol"}}', 'ext-carol', 1795921088750000, NULL, 1, '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 'carol@contoso.com', 'carol@contoso.com');
INSERT INTO public.scim_user VALUES ('0b0bd2f0-7da3-4302-9b84-12d25d3546da', false, 1795921088931000, 'Dave Dunn', '{"emails":[{"type":"work","value":"dave@contoso.com","primary":true}],"displayName":"Dave Dunn","name":{"givenName":"Dave","familyName":"Dunn"},"externalId":"ext-dave","active":false,"userName":"dave@contoso.com","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Sales","employeeNumber":"ext-dave"}}', 'ext-dave', 1795921088931000, NULL, 1, '2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 'dave@contoso.com', 'dave@contoso.com');


--
-- Data for Name: scim_user_value; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.scim_user_value VALUES (0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:department', NULL, NULL, 'engineering', 'Engineering', NULL, '13089264-4273-4f1f-957d-7e9e22cb98cd');
INSERT INTO public.scim_user_value VALUES (0, 'primary', 'emails', true, NULL, NULL, NULL, NULL, '13089264-4273-4f1f-957d-7e9e22cb98cd');
INSERT INTO public.scim_user_value VALUES (0, 'value', 'emails', NULL, NULL, 'alice@contoso.com', 'alice@contoso.com', NULL, '13089264-4273-4f1f-957d-7e9e22cb98cd');
INSERT INTO public.scim_user_value VALUES (0, 'givenname', 'name', NULL, NULL, 'alice', 'Alice', NULL, '13089264-4273-4f1f-957d-7e9e22cb98cd');
INSERT INTO public.scim_user_value VALUES (0, 'type', 'emails', NULL, NULL, 'work', 'work', NULL, '13089264-4273-4f1f-957d-7e9e22cb98cd');
INSERT INTO public.scim_user_value VALUES (0, 'familyname', 'name', NULL, NULL, 'archer', 'Archer', NULL, '13089264-4273-4f1f-957d-7e9e22cb98cd');
INSERT INTO public.scim_user_value VALUES (0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:employeenumber', NULL, NULL, 'ext-alice', 'ext-alice', NULL, '13089264-4273-4f1f-957d-7e9e22cb98cd');
INSERT INTO public.scim_user_value VALUES (0, 'value', 'emails', NULL, NULL, 'bob@contoso.com', 'bob@contoso.com', NULL, 'd4555a27-e601-4a07-be2c-29afbdb7dce1');
INSERT INTO public.scim_user_value VALUES (0, 'familyname', 'name', NULL, NULL, 'baker', 'Baker', NULL, 'd4555a27-e601-4a07-be2c-29afbdb7dce1');
INSERT INTO public.scim_user_value VALUES (0, 'type', 'emails', NULL, NULL, 'work', 'work', NULL, 'd4555a27-e601-4a07-be2c-29afbdb7dce1');
INSERT INTO public.scim_user_value VALUES (0, 'primary', 'emails', true, NULL, NULL, NULL, NULL, 'd4555a27-e601-4a07-be2c-29afbdb7dce1');
INSERT INTO public.scim_user_value VALUES (0, 'givenname', 'name', NULL, NULL, 'bob', 'Bob', NULL, 'd4555a27-e601-4a07-be2c-29afbdb7dce1');
INSERT INTO public.scim_user_value VALUES (0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:department', NULL, NULL, 'engineering', 'Engineering', NULL, 'd4555a27-e601-4a07-be2c-29afbdb7dce1');
INSERT INTO public.scim_user_value VALUES (0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:employeenumber', NULL, NULL, 'ext-bob', 'ext-bob', NULL, 'd4555a27-e601-4a07-be2c-29afbdb7dce1');
INSERT INTO public.scim_user_value VALUES (0, 'givenname', 'name', NULL, NULL, 'carol', 'Carol', NULL, 'b8529339-ad8b-4942-b970-fb41b0ea9b8b');
INSERT INTO public.scim_user_value VALUES (0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:department', NULL, NULL, 'sales', 'Sales', NULL, 'b8529339-ad8b-4942-b970-fb41b0ea9b8b');
INSERT INTO public.scim_user_value VALUES (0, 'type', 'emails', NULL, NULL, 'work', 'work', NULL, 'b8529339-ad8b-4942-b970-fb41b0ea9b8b');
INSERT INTO public.scim_user_value VALUES (0, 'primary', 'emails', true, NULL, NULL, NULL, NULL, 'b8529339-ad8b-4942-b970-fb41b0ea9b8b');
INSERT INTO public.scim_user_value VALUES (0, 'value', 'emails', NULL, NULL, 'carol@contoso.com', 'carol@contoso.com', NULL, 'b8529339-ad8b-4942-b970-fb41b0ea9b8b');
INSERT INTO public.scim_user_value VALUES (0, 'familyname', 'name', NULL, NULL, 'cooper', 'Cooper', NULL, 'b8529339-ad8b-4942-b970-fb41b0ea9b8b');
INSERT INTO public.scim_user_value VALUES (0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:employeenumber', NULL, NULL, 'ext-carol', 'ext-carol', NULL, 'b8529339-ad8b-4942-b970-fb41b0ea9b8b');
INSERT INTO public.scim_user_value VALUES (0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:employeenumber', NULL, NULL, 'ext-dave', 'ext-dave', NULL, '0b0bd2f0-7da3-4302-9b84-12d25d3546da');
INSERT INTO public.scim_user_value VALUES (0, 'primary', 'emails', true, NULL, NULL, NULL, NULL, '0b0bd2f0-7da3-4302-9b84-12d25d3546da');
INSERT INTO public.scim_user_value VALUES (0, 'value', 'emails', NULL, NULL, 'dave@contoso.com', 'dave@contoso.com', NULL, '0b0bd2f0-7da3-4302-9b84-12d25d3546da');
INSERT INTO public.scim_user_value VALUES (0, 'type', 'emails', NULL, NULL, 'work', 'work', NULL, '0b0bd2f0-7da3-4302-9b84-12d25d3546da');
INSERT INTO public.scim_user_value VALUES (0, 'familyname', 'name', NULL, NULL, 'dunn', 'Dunn', NULL, '0b0bd2f0-7da3-4302-9b84-12d25d3546da');
INSERT INTO public.scim_user_value VALUES (0, 'givenname', 'name', NULL, NULL, 'dave', 'Dave', NULL, '0b0bd2f0-7da3-4302-9b84-12d25d3546da');
INSERT INTO public.scim_user_value VALUES (0, '', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:department', NULL, NULL, 'sales', 'Sales', NULL, '0b0bd2f0-7da3-4302-9b84-12d25d3546da');


--
-- Data for Name: tenant; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tenant VALUES ('2cb73f70-7692-42c6-8fd4-457a0ad4cf78', 1795921083314000, '72f988bf-86f1-41af-91ab-2d7cd011db47', 'default', true, 'contoso.com');


--
-- Data for Name: workspace; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.workspace VALUES ('1101b1ef-497c-4e4f-9cb7-b6982382ff07', 1795921089565000, 'Project Apollo', 'project apollo', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78');
INSERT INTO public.workspace VALUES ('f8750978-e66a-4a57-a858-56f35469690a', 1795921089904000, 'Empty Room', 'empty room', '2cb73f70-7692-42c6-8fd4-457a0ad4cf78');


--
-- Data for Name: workspace_member; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.workspace_member VALUES ('13089264-4273-4f1f-957d-7e9e22cb98cd', '1101b1ef-497c-4e4f-9cb7-b6982382ff07', false, 'PARTICIPANT', 1795921089720000, '2cb73f70-7692-42c6-8fd4-457a0ad4cf78');
INSERT INTO public.workspace_member VALUES ('b8529339-ad8b-4942-b970-fb41b0ea9b8b', '1101b1ef-497c-4e4f-9cb7-b6982382ff07', true, 'PARTICIPANT', 1795921089783000, '2cb73f70-7692-42c6-8fd4-457a0ad4cf78');
INSERT INTO public.workspace_member VALUES ('4066d443-fcce-45a7-9ee7-6dd8d754d36b', '1101b1ef-497c-4e4f-9cb7-b6982382ff07', true, 'PARTICIPANT', 1795921089824000, '2cb73f70-7692-42c6-8fd4-457a0ad4cf78');
INSERT INTO public.workspace_member VALUES ('d4555a27-e601-4a07-be2c-29afbdb7dce1', '1101b1ef-497c-4e4f-9cb7-b6982382ff07', false, 'ADMIN', 1795921089720000, '2cb73f70-7692-42c6-8fd4-457a0ad4cf78');


--
-- Name: access_token access_token_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_token
    ADD CONSTRAINT access_token_pkey PRIMARY KEY (id);


--
-- Name: console_user console_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.console_user
    ADD CONSTRAINT console_user_pkey PRIMARY KEY (id);


--
-- Name: group_limit group_limit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_limit
    ADD CONSTRAINT group_limit_pkey PRIMARY KEY (object_id, workspace_id);


--
-- Name: group_member group_member_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_member
    ADD CONSTRAINT group_member_pkey PRIMARY KEY (group_id, member_id);


--
-- Name: invitee invitee_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitee
    ADD CONSTRAINT invitee_pkey PRIMARY KEY (id);


--
-- Name: provisioning_log provisioning_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provisioning_log
    ADD CONSTRAINT provisioning_log_pkey PRIMARY KEY (id);


--
-- Name: scim_group scim_group_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scim_group
    ADD CONSTRAINT scim_group_pkey PRIMARY KEY (id);


--
-- Name: scim_user scim_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scim_user
    ADD CONSTRAINT scim_user_pkey PRIMARY KEY (id);


--
-- Name: scim_user_value scim_user_value_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scim_user_value
    ADD CONSTRAINT scim_user_value_pkey PRIMARY KEY (elem, sub, attr, user_id);


--
-- Name: tenant tenant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenant
    ADD CONSTRAINT tenant_pkey PRIMARY KEY (id);


--
-- Name: access_token uk_access_token_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_token
    ADD CONSTRAINT uk_access_token_hash UNIQUE (secret_hash);


--
-- Name: console_user uk_console_user_login; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.console_user
    ADD CONSTRAINT uk_console_user_login UNIQUE (login);


--
-- Name: invitee uk_invitee_email; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitee
    ADD CONSTRAINT uk_invitee_email UNIQUE (tenant_id, email_key);


--
-- Name: scim_group uk_scim_group_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scim_group
    ADD CONSTRAINT uk_scim_group_name UNIQUE (tenant_id, display_name_key);


--
-- Name: scim_user uk_scim_user_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scim_user
    ADD CONSTRAINT uk_scim_user_name UNIQUE (tenant_id, user_name_key);


--
-- Name: tenant uk_tenant_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenant
    ADD CONSTRAINT uk_tenant_name UNIQUE (name);


--
-- Name: workspace uk_workspace_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workspace
    ADD CONSTRAINT uk_workspace_name UNIQUE (tenant_id, name_key);


--
-- Name: workspace_member workspace_member_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workspace_member
    ADD CONSTRAINT workspace_member_pkey PRIMARY KEY (user_id, workspace_id);


--
-- Name: workspace workspace_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workspace
    ADD CONSTRAINT workspace_pkey PRIMARY KEY (id);


--
-- Name: ix_access_token_tenant; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_access_token_tenant ON public.access_token USING btree (tenant_id, kind);


--
-- Name: ix_group_limit_object; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_group_limit_object ON public.group_limit USING btree (tenant_id, object_id);


--
-- Name: ix_group_member_member; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_group_member_member ON public.group_member USING btree (member_id);


--
-- Name: ix_provisioning_log_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_provisioning_log_time ON public.provisioning_log USING btree (tenant_id, "time");


--
-- Name: ix_provisioning_log_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_provisioning_log_user ON public.provisioning_log USING btree (tenant_id, user_id, "time");


--
-- Name: ix_provisioning_log_workspace; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_provisioning_log_workspace ON public.provisioning_log USING btree (tenant_id, workspace_id, "time");


--
-- Name: ix_scim_group_external_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_scim_group_external_id ON public.scim_group USING btree (tenant_id, external_id);


--
-- Name: ix_scim_group_external_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_scim_group_external_id_key ON public.scim_group USING btree (tenant_id, external_id_key);


--
-- Name: ix_scim_user_display_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_scim_user_display_name ON public.scim_user USING btree (tenant_id, display_name);


--
-- Name: ix_scim_user_external_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_scim_user_external_id ON public.scim_user USING btree (tenant_id, external_id);


--
-- Name: ix_scim_user_value_lookup; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_scim_user_value_lookup ON public.scim_user_value USING btree (attr, sub, str_key);


--
-- Name: ix_workspace_member_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_workspace_member_user ON public.workspace_member USING btree (tenant_id, user_id);


--
-- Name: scim_user_value fk_scim_user_value_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scim_user_value
    ADD CONSTRAINT fk_scim_user_value_user_id FOREIGN KEY (user_id) REFERENCES public.scim_user(id);


--
-- PostgreSQL database dump complete
--


