#!/usr/bin/env bash
# The OpenAPI contract check: validates the document built into `minted`, starts a live sandbox and runs
# schemathesis against it with Digest auth, a fixed seed and every operation. Zero failures or exit 1.
#   scripts/openapi-fuzz.sh [MAX_EXAMPLES_PER_OPERATION]     (default 50: about a minute; fuzz-long.sh runs more)
# The Python tools live in .venv-ci/ (created when missing; pinned versions, see DECISIONS.md).
set -euo pipefail
cd "$(dirname "$0")/.."

max_examples="${1:-50}"
seed="${OPENAPI_FUZZ_SEED:-20260220}"
venv=.venv-ci
work="$(mktemp -d "${TMPDIR:-/tmp}/minted-openapi.XXXXXX")"
sandbox_pid=""
cleanup() {
  if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null || true; wait "$sandbox_pid" 2>/dev/null || true; fi
  [ -n "${OPENAPI_FUZZ_KEEP:-}" ] && echo "openapi-fuzz: kept $work" || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ ! -x "$venv/bin/st" ] || ! "$venv/bin/python" -c 'import openapi_spec_validator' 2>/dev/null \
  || [ "$("$venv/bin/python" -c 'import hypothesis; print(hypothesis.__version__)')" != 6.131.0 ]; then
  echo "openapi-fuzz: creating $venv"
  python3 -m venv "$venv"
  # hypothesis pinned too: 6.13x is what schemathesis 3.39 was released against (6.170 breaks its explicit examples).
  "$venv/bin/pip" install --quiet --disable-pip-version-check \
    'schemathesis==3.39.16' 'hypothesis==6.131.0' 'openapi-spec-validator==0.9.0'
fi

# The debug build, made by `swift test list`: the build `swift test` makes (the tests and `minted`), so the README's
# `swift test` after this reuses it. (`swift build --build-tests` compiles Hummingbird with other flags, and each of
# the two would then recompile it after the other; in a fresh clone SwiftPM still recompiles Hummingbird once, ~20 s.)
echo "openapi-fuzz: building (swift test list)"
if ! swift test list > "$work/build.log" 2>&1; then
  cat "$work/build.log"
  echo "openapi-fuzz: the build failed"
  exit 1
fi
minted="$(swift build --show-bin-path)/minted"

"$minted" api openapi > "$work/openapi.json"
"$venv/bin/openapi-spec-validator" "$work/openapi.json"

# A live sandbox on a free port (port 0: the sandbox picks one and prints its URL), frozen prices, fixed seed.
"$minted" sandbox --port 0 --seed 1 --volatility 0 --username fuzz --password fuzz > "$work/sandbox.log" 2>&1 &
sandbox_pid=$!
base_url=""
for _ in $(seq 1 100); do
  base_url="$(sed -n 's/^minted sandbox on \(http[^ ]*\)$/\1/p' "$work/sandbox.log")"
  [ -n "$base_url" ] && break
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.log"; echo "openapi-fuzz: the sandbox did not start"; exit 1; }
  sleep 0.1
done
[ -n "$base_url" ] || { echo "openapi-fuzz: no sandbox URL after 10 s"; exit 1; }
"$venv/bin/python" -c 'import sys, urllib.request; sys.stdout.buffer.write(urllib.request.urlopen(sys.argv[1]).read() + b"\n")' \
  "$base_url/_sandbox/openapi.json" | cmp -s - "$work/openapi.json" \
  || { echo "openapi-fuzz: /_sandbox/openapi.json differs from minted api openapi"; exit 1; }

# The fuzzed copy of the document leaves out the header parameters (x-client-id, api-version, Accept-Language) and
# every request sends `x-client-id: web` instead: a header is text, so schemathesis's "negative" header values
# (0, null, a list) reach the server as ordinary strings, and the sandbox rightly accepts any value of these headers.
# Missing x-client-id is covered by the Swift tests.
"$venv/bin/python" - "$work/openapi.json" "$work/fuzzed.json" <<'PY'
import json, sys
document = json.load(open(sys.argv[1]))
headers = {"#/components/parameters/" + name for name in ("XClientId", "ApiVersion", "AcceptLanguage")}
for item in document["paths"].values():
    for operation in item.values():
        operation["parameters"] = [p for p in operation.get("parameters", []) if p.get("$ref") not in headers]
json.dump(document, open(sys.argv[2], "w"))
PY

checks=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,negative_data_rejection
set +e
NO_COLOR=1 PYTHONPATH=scripts SCHEMATHESIS_HOOKS=openapi_fuzz "$venv/bin/st" run "$work/fuzzed.json" --experimental=openapi-3.1 \
  --base-url "$base_url" --auth-type digest --auth fuzz:fuzz --header 'x-client-id: web' \
  --checks "$checks" --data-generation-method all \
  --hypothesis-seed "$seed" --hypothesis-max-examples "$max_examples" --hypothesis-deadline 10000 --hypothesis-database none \
  --hypothesis-suppress-health-check all --generation-allow-x00 false --generation-with-security-parameters false \
  --request-timeout 10000 --workers 1 --no-color \
  --junit-xml "$work/junit.xml" --cassette-path "$work/cassette.yaml" > "$work/st.log" 2>&1
status=$?
set -e
"$venv/bin/python" - "$work/junit.xml" "$work/cassette.yaml" "$status" <<'PY'
import sys, xml.etree.ElementTree as ET
junit, cassette, status = sys.argv[1], sys.argv[2], int(sys.argv[3])
cases = list(ET.parse(junit).getroot().iter("testcase"))
failed = [c for c in cases if c.find("failure") is not None or c.find("error") is not None]
with open(cassette, encoding="utf-8", errors="replace") as f:
    examples = sum(1 for line in f if line.startswith("- id: "))
print(f"openapi fuzz: {len(cases)} operations, {examples} examples, {len(failed)} failures"
      + (f" ({', '.join(c.get('name') for c in failed)})" if failed else ""))
PY
if [ "$status" -ne 0 ]; then
  tail -n 200 "$work/st.log"
  exit 1
fi
