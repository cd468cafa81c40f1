#!/usr/bin/env bash
# The release binary as a person installs it: built with the release settings, copied to an empty directory and run
# with an empty HOME, it must list the five built-in themes (BuiltInThemeTests, pointed at it by MINTED_RELEASE_BIN).
#   scripts/release-check.sh        (builds .build-release/release/minted, then runs the test against a copy of it)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product minted --scratch-path .build-release
swift build --build-tests
MINTED_RELEASE_BIN="$PWD/.build-release/release/minted" swift test --skip-build --filter BuiltInThemeTests
