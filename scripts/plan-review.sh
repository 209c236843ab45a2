#!/usr/bin/env bash
# The pull-request review of the five plans: `plan check` on the head's plans, `plan diff` against
# the base's plans and `plan graph` of prod, as one Markdown comment.
#   scripts/plan-review.sh <jar> <base-plans> <head-plans> <comment.md>
# Exits 1 when a check fails on the head, 3 when a protected or data-holding resource would be
# replaced or deleted; the comment is written either way.
set -uo pipefail
jar=$1 base=$2 head=$3 comment=$4
variants=(dev staging prod staging-gcp prod-gcp)
plan() { java -XX:TieredStopAtLevel=1 -jar "$jar" plan "$@"; }

checks=0 protected=0
summary=$(mktemp)
summaries="" details="" failures=""
for v in "${variants[@]}"; do
  if [ ! -f "$head/$v/resources.json" ]; then
    failures+="- **$v**: the head could not be planned"$'\n'
    checks=1
    continue
  fi
  if ! out=$(plan check "$head/$v" 2>&1); then
    checks=1
    failures+="- **$v**:"$'\n'"$(printf '%s\n' "$out" | sed 's/^/  /' | sed 's/^  FAIL /  - /')"$'\n'
  fi
  before="$base/$v"
  if [ ! -f "$before/resources.json" ]; then
    before=$(mktemp -d) && echo '[]' > "$before/resources.json"
  fi
  plan diff --summary --name "$v" "$before" "$head/$v" > "$summary" 2>&1 || true
  summaries+="| \`$v\` | $(sed "s/^[^:]*: //" "$summary") |"$'\n'
  md=$(plan diff --name "$v" --format markdown --fail-on-protected-replacement "$before" "$head/$v")
  code=$?
  [ "$code" -eq 3 ] && protected=1
  if ! grep -q ': no changes$' "$summary"; then
    details+="<details$([ "$code" -eq 3 ] && echo ' open')><summary><b>$v</b>: $(sed "s/^[^:]*: //" "$summary")</summary>"$'\n\n'"$md"$'\n'"</details>"$'\n\n'
  fi
done

{
  echo "## Plan review"
  echo
  echo "Offline plans of the head against the base, for all five variants (\`plan diff\`; the cloud's own view is \`pulumi preview\`)."
  echo
  if [ "$protected" -eq 1 ]; then
    echo "> [!CAUTION]"
    echo "> This change **replaces or deletes protected or data-holding resources** (see the variants opened below)."
    echo
  fi
  echo "| Variant | Changes |"
  echo "|---|---|"
  printf '%s' "$summaries"
  echo
  if [ "$checks" -eq 0 ]; then
    echo "**plan check**: every rule holds on all five variants."
  else
    echo "**plan check failed:**"
    echo
    printf '%s' "$failures"
  fi
  echo
  printf '%s' "$details"
  echo "<details><summary>Component graph of prod (head)</summary>"
  echo
  plan graph --fenced "$head/prod" 2>/dev/null || echo "(no plan of prod)"
  echo
  echo "</details>"
} > "$comment"

# GitHub refuses comments over 65,536 characters: keep the head of it and point at the artifact.
limit=60000
if [ "$(wc -c < "$comment")" -gt "$limit" ]; then
  head -c "$limit" "$comment" > "$comment.cut"
  printf '\n\n</details>\n\n… cut at %s characters: the whole review is in the run'"'"'s plan-review artifact.\n' "$limit" >> "$comment.cut"
  mv "$comment.cut" "$comment"
fi

[ "$checks" -ne 0 ] && exit 1
[ "$protected" -ne 0 ] && exit 3
exit 0
