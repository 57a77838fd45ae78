#!/usr/bin/env bash
# Builds the WAR and starts Scimspace on Payara Micro with its embedded H2 file database, or
# with PostgreSQL when SCIMSPACE_DB_HOST is set.
#   SCIMSPACE_DATA_DIR     where the H2 database lives (default: ./data)
#   SCIMSPACE_PORT         HTTP port (default: 8080)
#   SCIMSPACE_DB_HOST      PostgreSQL host; with SCIMSPACE_DB_PORT (5432), SCIMSPACE_DB_NAME
#                          (scimspace), SCIMSPACE_DB_USER (scimspace), SCIMSPACE_DB_PASSWORD
#   SCIMSPACE_SECRET_KEY   key of the remote sources' secrets (base64 of 32 bytes); when unset,
#                          the one in $SCIMSPACE_DATA_DIR/secret.key, made on the first start
# Every MicroProfile Config setting (SCIMSPACE_BOOTSTRAP_ADMIN_PASSWORD, ...) is read from
# the environment as well; see README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

data_dir="${SCIMSPACE_DATA_DIR:-./data}"
port="${SCIMSPACE_PORT:-8080}"

# Remote sources' passwords and keys are stored encrypted with this key: it lives beside the
# database it opens, readable by this user only, and must be kept with the data.
if [ -z "${SCIMSPACE_SECRET_KEY:-}" ]; then
  mkdir -p "$data_dir"
  key_file="$data_dir/secret.key"
  if [ ! -s "$key_file" ]; then
    (umask 077 && head -c 32 /dev/urandom | base64 > "$key_file")
  fi
  SCIMSPACE_SECRET_KEY="$(cat "$key_file")"
  export SCIMSPACE_SECRET_KEY
fi

mvn -q -B package -DskipTests
mvn -q -B dependency:copy@copy-payara-micro

if [ -n "${SCIMSPACE_DB_HOST:-}" ]; then
  : "${SCIMSPACE_DB_PASSWORD:?set SCIMSPACE_DB_PASSWORD (the password of SCIMSPACE_DB_USER)}"
  mvn -q -B dependency:copy@copy-postgresql-driver
  # The connection settings go to Payara Micro in a file only this user can read, not on the
  # command line that every local user sees.
  settings="target/postgresql.properties"
  (
    umask 077
    printf 'scimspace.db.host=%s\nscimspace.db.port=%s\nscimspace.db.name=%s\nscimspace.db.user=%s\nscimspace.db.password=%s\n' \
      "$SCIMSPACE_DB_HOST" "${SCIMSPACE_DB_PORT:-5432}" "${SCIMSPACE_DB_NAME:-scimspace}" \
      "${SCIMSPACE_DB_USER:-scimspace}" "$SCIMSPACE_DB_PASSWORD" > "$settings"
  )
  database="PostgreSQL ${SCIMSPACE_DB_USER:-scimspace}@${SCIMSPACE_DB_HOST}:${SCIMSPACE_DB_PORT:-5432}/${SCIMSPACE_DB_NAME:-scimspace}"
  server=(--systemproperties "$settings" --addlibs target/postgresql.jar
          --postbootcommandfile server-config/payara/post-boot-postgresql.asadmin)
  jvm=()
else
  mkdir -p "$data_dir"
  data_dir="$(cd "$data_dir" && pwd)"
  database="${data_dir}/scimspace.mv.db"
  server=(--postbootcommandfile server-config/payara/post-boot-h2.asadmin)
  jvm=(-Dscimspace.data.dir="$data_dir")
fi

cat <<MSG

  Scimspace is starting on http://localhost:${port}/
    SCIM Tenant URL (for Entra):  http://localhost:${port}/scim/v2
    Management API:               http://localhost:${port}/api/v1
    Database:                     ${database}
  Log in as 'admin'. On the first start the password is SCIMSPACE_BOOTSTRAP_ADMIN_PASSWORD
  if set, otherwise a random one printed once below ("Scimspace first start: ...").

MSG

exec java -XX:+UseSerialGC ${SCIMSPACE_JAVA_OPTS:-} "${jvm[@]}" \
  -jar target/payara-micro.jar --nocluster --contextroot / --port "$port" \
  "${server[@]}" \
  --deploy target/scimspace.war
