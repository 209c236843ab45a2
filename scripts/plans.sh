#!/usr/bin/env bash
# Writes the five offline plans of a checkout: dev, staging, prod, and staging and prod on GKE.
#   scripts/plans.sh <checkout> <out-dir>
# Builds the checkout's jar first (no tests). A variant that cannot be planned (bad settings on that
# commit) is reported and left out; plan-review.sh then shows its resources as added.
set -euo pipefail
checkout=$(cd "$1" && pwd)
mkdir -p "$2"
out=$(cd "$2" && pwd)

(cd "$checkout" && ./mvnw -B -q package -DskipTests)
jar="$checkout/target/studio-platform.jar"
status=0
plan() {
  local name=$1; shift
  # `plan --stack ...` (without `run`) is understood by every commit, before and after picocli.
  # A short run: the C1 compiler alone starts faster than tiered compilation pays back.
  if ! (cd "$checkout" && java -XX:TieredStopAtLevel=1 -jar "$jar" plan "$@" --out "$out/$name" > "$out/$name.log" 2>&1); then
    echo "::warning::$name could not be planned in $checkout:" >&2
    cat "$out/$name.log" >&2
    status=1
  fi
}
# dev's secrets, as each developer sets them; only those the commit's Pulumi.yaml declares (an older
# base commit refuses an undeclared key). A commit with databaseMode runs its own database in dev and
# refuses a URL; an older one needs it.
dev_secrets=()
for secret in databaseUrl=postgresql://studio@db:5432/studio grafanaAdminPassword=plan-only elasticsearchGrafanaPassword=plan-only; do
  if [ "${secret%%=*}" = databaseUrl ] && grep -q "^  databaseMode:" "$checkout/Pulumi.yaml"; then
    continue
  fi
  if grep -q "^  ${secret%%=*}:" "$checkout/Pulumi.yaml"; then
    dev_secrets+=(--set "studio-platform:$secret")
  fi
done
plan dev --stack dev "${dev_secrets[@]}"
plan staging --stack staging
plan prod --stack prod
plan staging-gcp --stack staging --set studio-platform:cloud=gcp
plan prod-gcp --stack prod --set studio-platform:cloud=gcp
exit $status
