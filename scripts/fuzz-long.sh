#!/usr/bin/env bash
# The long OpenAPI fuzz: the CI check with many more examples per operation (default 1000; give another as $1).
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/openapi-fuzz.sh "${1:-1000}"
