#!/usr/bin/env bash
# Release dry run: everything `mvn -Prelease deploy` does for a release, except the upload, then a check of what
# would have been uploaded. See RELEASING.md.
#
#   scripts/release-dry-run.sh [--version X.Y.Z] [--no-sign] [--keep]
#
# It copies the working tree (tracked and new files, not target/) to a temporary directory, sets the release
# version there (Central refuses snapshots), deploys -Prelease (without the central profile's upload) into a
# directory there, and runs the release check on that layout: for every published
# artifact its .pom, .jar, -sources.jar, -javadoc.jar, their checksums (and signatures), a module name in the jar,
# and POMs with what Maven Central requires. Signing uses a throwaway key in a temporary GnuPG home, so that the
# signatures are checked too; --no-sign builds with -Dgpg.skip instead. The working tree is left as it was.
# Takes a few minutes (the javadoc of the generated clients). Exit status 0 when the layout is complete.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
current="$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' "$here/pom.xml" | head -1)"
version="${current%-SNAPSHOT}"
sign=1
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --version) version="$2"; shift 2 ;;
        --no-sign) sign=0; shift ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "release-dry-run: unknown option $1" >&2; exit 2 ;;
    esac
done

# Published artifacts: every module but examples, benchmarks and release-check (excluded in the release profile).
expected="pvecodegen-parent,pvecodegen-bom,pvecodegen-schema,pvecodegen-runtime,pvecodegen-generator"
expected="$expected,pvecodegen-maven-plugin,pve-simulator,pvecodegen-test-kit,pve-client,pbs-client"

work="$(mktemp -d "${TMPDIR:-/tmp}/pvecodegen-release.XXXXXX")"
gnupg=""
cleanup() {
    if [ -n "$gnupg" ]; then
        GNUPGHOME="$gnupg" gpgconf --kill gpg-agent 2>/dev/null || true
        rm -rf "$gnupg"
    fi
    if [ "$keep" = 1 ]; then
        echo "kept: $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

echo "== copying the working tree to $work/pvecodegen"
mkdir -p "$work/pvecodegen"
(cd "$here" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) \
    | tar -xf - -C "$work/pvecodegen"
# The local repository setting (skip-worktree, so not listed by git) comes along.
if [ -f "$here/.mvn/maven.config" ]; then
    mkdir -p "$work/pvecodegen/.mvn" && cp "$here/.mvn/maven.config" "$work/pvecodegen/.mvn/"
fi
cd "$work/pvecodegen"

apidoc="$(cd "$here/.." && pwd)/shared/apidoc"
export PVECODEGEN_APIDOC_DIR="$apidoc"
common=(-B -Dpvecodegen.shared.apidoc="$apidoc")

echo "== setting version $version"
scripts/set-version.sh "$version"

signing=(-Dgpg.skip=true)
check_signed=()
if [ "$sign" = 1 ] && command -v gpg >/dev/null; then
    gnupg="$(mktemp -d "${TMPDIR:-/tmp}/pvecodegen-gnupg.XXXXXX")"
    chmod 700 "$gnupg"
    GNUPGHOME="$gnupg" gpg --batch --quiet --passphrase '' \
        --quick-gen-key 'pvecodegen release dry run <dry-run@pvecodegen.invalid>' ed25519 sign 1d
    export GNUPGHOME="$gnupg"
    signing=()
    check_signed=(--signed)
fi

# -Prelease without the central profile: maven-deploy-plugin writes what the Central bundle would hold (artifacts,
# signatures, checksums) into a directory instead of uploading. (The publishing plugin has no mode that bundles
# without uploading.)
staging="$work/staging"
echo "== mvn -Prelease deploy, into $staging"
mvn "${common[@]}" -Prelease -DskipTests -DskipITs -Dmaven.install.skip=true \
    -DaltDeploymentRepository="dry-run::file://$staging" "${signing[@]}" deploy > "$work/release.log" 2>&1 \
    || { tail -60 "$work/release.log"; echo "release build failed (log: $work/release.log)" >&2; keep=1; exit 1; }

echo "== checking the staged layout"
java -cp release-check/target/classes dev.pvecodegen.release.StagingCheck "$staging" \
    --expect "$expected" "${check_signed[@]}"
