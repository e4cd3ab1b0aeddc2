#!/bin/sh
# Set up everything the tests need (a virtualenv with the project and its test
# dependencies, Debian's Chromium for the browser tests) and run the tests.
set -eu
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -e '.[test]'
if [ -x scripts/install-test-deps.sh ]; then scripts/install-test-deps.sh; fi
.venv/bin/ruff check kg tests benchmarks scripts
.venv/bin/ruff format --check --quiet kg tests benchmarks scripts
.venv/bin/mypy
exec .venv/bin/python -m pytest -q "$@"
