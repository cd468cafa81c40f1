#!/usr/bin/env bash
# Every test, in two runs of one build: all suites but the torture suites in parallel, then the torture suites on their
# own. The torture suites time server-side closes (deadlines, idle timeouts, drops) and count a flooded sandbox's
# descriptors; sharing two cores with 470 other tests starved them into false failures (DECISIONS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests
status=0
swift test --skip-build --skip 'TortureTests\.' || status=$?
swift test --skip-build --filter 'TortureTests\.' || status=$?
exit "$status"
