#!/usr/bin/env bash
# Sets the version of every module: scripts/set-version.sh NEW_VERSION (e.g. 0.1.0 for a release, 0.2.0-SNAPSHOT
# after it). Every POM names the version exactly once, as the project's own (root POM, BOM) or its parent's; those
# lines are rewritten and nothing else (dependencies between modules use ${project.version}). Fails, changing
# nothing, when a POM does not have exactly one such line. versions-maven-plugin would do the same but its
# current releases need Maven 3.9, and this project builds with 3.8.
set -euo pipefail
cd "$(dirname "$0")/.."
new="${1:?usage: scripts/set-version.sh NEW_VERSION}"
current="$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' pom.xml | head -1)"
[ -n "$current" ] || { echo "set-version: no project version in pom.xml" >&2; exit 1; }

poms=()
# The modules' POMs; not those under src/ (integration-test projects) or target/.
while IFS= read -r -d '' pom; do poms+=("$pom"); done < <(find . -name pom.xml -not -path '*/src/*' \
    -not -path '*/target/*' -not -path './.git/*' -print0 | sort -z)
pattern="^(  |    )<version>${current//./\\.}</version>\$"
for pom in "${poms[@]}"; do
    count="$(grep -cE "$pattern" "$pom" || true)"
    if [ "$count" != 1 ]; then
        echo "set-version: $pom has $count lines with version $current (expected 1); nothing changed" >&2
        exit 1
    fi
done
for pom in "${poms[@]}"; do
    sed -i -E "s#${pattern%\$}\$#\1<version>${new}</version>#" "$pom"
done
echo "set-version: $current -> $new in ${#poms[@]} POMs"
