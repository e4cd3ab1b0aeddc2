#!/bin/sh
# Build the held-out articles (benchmarks/holdout/articles) with kg and score the graph against
# benchmarks/holdout/gold with the shared scorer, listing every miss and false hit (--explain).
#
#   benchmarks/score_holdout.sh            # table + explain
#   benchmarks/score_holdout.sh --json     # extra scorer options are passed through
#
# PYTHON picks the interpreter (default: .venv/bin/python, or the main checkout's when run in a
# git worktree, else python3);
# SCORER the scorer (default: ../shared/eval/score.py, relative to the repository root);
# KEEP=DIR keeps the built graph in DIR instead of a temporary folder;
# SET=DIR scores another held-out set with the same layout (default: benchmarks/holdout).
set -eu
cd "$(dirname "$0")/.."
if [ -z "${PYTHON:-}" ]; then
    main_venv=$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null)/../.venv/bin/python
    if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python
    elif [ -x "$main_venv" ]; then PYTHON=$main_venv  # a git worktree: the main checkout's venv
    else PYTHON=python3; fi
fi
if [ -z "${SCORER:-}" ]; then
    SCORER=../shared/eval/score.py
    if [ ! -f "$SCORER" ]; then  # a git worktree: look beside the main checkout
        SCORER=$(git rev-parse --path-format=absolute --git-common-dir)/../../shared/eval/score.py
    fi
fi
if [ -n "${KEEP:-}" ]; then
    out=$KEEP
    mkdir -p "$out"
else
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
fi
SET=${SET:-benchmarks/holdout}
"$PYTHON" -m kg build "$SET/articles" --out "$out" >&2
"$PYTHON" "$SCORER" --graph "$out/graph.ttl" --gold "$SET/gold" --explain "$@"
