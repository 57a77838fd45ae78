#!/usr/bin/env bash
# Builds the WAR and starts Scimspace on Payara Micro with its embedded H2 file database.
#   SCIMSPACE_DATA_DIR   where the database lives (default: ./data)
#   SCIMSPACE_PORT       HTTP port (default: 8080)
# Every MicroProfile Config setting (SCIMSPACE_BOOTSTRAP_ADMIN_PASSWORD, ...) is read from
# the environment as well; see README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

data_dir="${SCIMSPACE_DATA_DIR:-./data}"
port="${SCIMSPACE_PORT:-8080}"
mkdir -p "$data_dir"
data_dir="$(cd "$data_dir" && pwd)"

mvn -q -B package -DskipTests
mvn -q -B dependency:copy@copy-payara-micro

cat <<MSG

  Scimspace is starting on http://localhost:${port}/
    SCIM Tenant URL (for Entra):  http://localhost:${port}/scim/v2
    Management API:               http://localhost:${port}/api/v1
    Database:                     ${data_dir}/scimspace.mv.db
  Log in as 'admin'. On the first start the password is SCIMSPACE_BOOTSTRAP_ADMIN_PASSWORD
  if set, otherwise a random one printed once below ("Scimspace first start: ...").

MSG

exec java -XX:+UseSerialGC ${SCIMSPACE_JAVA_OPTS:-} \
  -Dscimspace.data.dir="$data_dir" \
  -jar target/payara-micro.jar --nocluster --contextroot / --port "$port" \
  --postbootcommandfile server-config/payara/post-boot-h2.asadmin \
  --deploy target/scimspace.war
