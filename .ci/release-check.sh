#!/usr/bin/env bash
# Checks the release for CBS Remote Access (docs/remote-access.md) as an analyst's desktop would
# run it: nothing but `java -jar`, no Maven on PATH, an empty HOME, the default temporary
# directory unusable (so every temporary file must go under --temp-dir). Expects the files of
# `mvn -B -Prelease package` (or verify) in saldo-cli/target/release/.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
release="$root/saldo-cli/target/release"
fail() { echo "release-check: FAILED: $*" >&2; exit 1; }

version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)"
jar="$release/saldo-$version.jar"
winjar="$release/saldo-$version-windows-x64.jar"
sbom="$release/saldo-$version.cdx.json"
for f in "$jar" "$winjar" "$sbom" "$release/saldo.cmd"; do
  [ -f "$f" ] || fail "$f is missing; build it with: mvn -B -Prelease package"
  [ -f "$f.sha256" ] || fail "$f.sha256 is missing"
done
(cd "$release" && sha256sum --quiet -c ./*.sha256) || fail "a checksum does not match"

# A desktop with Java and nothing else: PATH holds only java, HOME is empty.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/bin" "$scratch/home" "$scratch/work"
java_bin="$(command -v java)"
ln -s "$(readlink -f "$java_bin")" "$scratch/bin/java"
desktop() {
  (cd "$scratch/work" && env -i PATH="$scratch/bin" HOME="$scratch/home" LANG=C.UTF-8 \
    java -Xmx1g "$@")
}
desktop -version >/dev/null 2>&1 || fail "java does not start with PATH=$scratch/bin"
(env -i PATH="$scratch/bin" "$BASH" -c 'command -v mvn' >/dev/null) && fail "mvn is on the test PATH"

for j in "$jar" "$winjar"; do
  name="$(basename "$j")"
  # --version and --help write no temporary file at all
  out="$(desktop -Djava.io.tmpdir="$scratch/no-such-temp" -jar "$j" --version)" || fail "$name --version"
  echo "$out" | grep -qx "saldo $version" || fail "$name --version does not print 'saldo $version': $out"
  hash="$(cut -d' ' -f1 "$j.sha256")"
  echo "$out" | grep -qx "sha256  $hash" || fail "$name --version does not print its SHA-256 $hash: $out"
  help="$(desktop -Djava.io.tmpdir="$scratch/no-such-temp" -jar "$j" --help)" || fail "$name --help"
  for command in run report inspect demo synth; do
    echo "$help" | grep -q "^  $command " || fail "$name --help does not list '$command'"
  done
  echo "ok: $name --version and --help ($(du -m "$j" | cut -f1) MB)"
done

# Only the Windows x64 library of DuckDB in the Windows jar; all four in the other.
natives() { jar tf "$1" | grep '^libduckdb_java' | sort | tr '\n' ' '; }
[ "$(natives "$winjar")" = "libduckdb_java.so_windows_amd64 " ] ||
  fail "the Windows jar holds: $(natives "$winjar")"
[ "$(natives "$jar" | wc -w)" -eq 4 ] || fail "the jar holds: $(natives "$jar")"
echo "ok: native libraries: $(basename "$winjar"): $(natives "$winjar"); $(basename "$jar"): $(natives "$jar")"

# The example, from another working directory, with --temp-dir as saldo.cmd starts it (Java's
# temporary folder is fixed at start, so the launcher passes -Djava.io.tmpdir=DIR): the run
# creates DIR itself and leaves nothing in HOME.
out="$scratch/out/example run"
temp="$scratch/temp dir"
desktop -Djava.io.tmpdir="$temp" -jar "$jar" run --data "$root/examples/small/data" --areas "$root/examples/small/areas" \
  --out "$out" --temp-dir "$temp" >"$scratch/run.log" 2>&1 ||
  { cat "$scratch/run.log" >&2; fail "the example run"; }
for table in stocks.csv migration.csv od.csv; do
  cmp -s "$out/$table" "$root/saldo-cli/src/test/resources/golden/$table" ||
    fail "$table of the example differs from saldo-cli/src/test/resources/golden/$table"
done
[ -f "$out/manifest.json" ] || fail "the example wrote no manifest.json"
[ -d "$temp" ] || fail "--temp-dir was not used"
[ -z "$(ls -A "$scratch/home")" ] || fail "the run wrote to HOME: $(ls -A "$scratch/home")"
echo "ok: examples/small with java -jar: tables equal the golden copies, temporary files under --temp-dir"

# The bill of materials names every bundled library with version and licence.
SBOM="$sbom" node -e '
  const bom = JSON.parse(require("fs").readFileSync(process.env.SBOM, "utf8"));
  const components = bom.components || [];
  const duck = components.find(c => c.name === "duckdb_jdbc");
  if (!duck || !duck.version) throw new Error("no duckdb_jdbc in the SBOM");
  const unlicensed = components
    .filter(c => c.group !== "nl.saldo" && !(c.licenses || []).length)
    .map(c => c.group + ":" + c.name);
  if (unlicensed.length) throw new Error("no licence for " + unlicensed.join(", "));
  if (components.some(c => !c.version)) throw new Error("a component without version");
  console.log("ok: SBOM: " + components.length + " components, each with version; every third-party one with a licence");
' || fail "the SBOM"

grep -q $'\r$' "$release/saldo.cmd" && ! grep -qv $'\r$' "$release/saldo.cmd" ||
  fail "saldo.cmd must have CRLF line ends (cmd.exe misreads labels otherwise)"
grep -q -- '-jar "%SALDO_JAR%" %\*' "$release/saldo.cmd" || fail "saldo.cmd does not pass %*"
echo "ok: saldo.cmd"
