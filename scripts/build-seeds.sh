#!/bin/sh
# Set up a virtualenv with kg and build the sample articles of seeds/ into exports/.
set -eu
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -e .
exec .venv/bin/kg build seeds --out exports
