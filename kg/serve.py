"""`kg serve DIR`: the graph of a build as a local, read-only SPARQL endpoint with a query page.

It runs Oxigraph's own server (the `oxigraph` package's command, `serve-read-only`) on the
store the build left in DIR/graph.oxigraph/, bound to 127.0.0.1 unless asked otherwise: the
endpoint is `/query` (SPARQL 1.1 Protocol, what `kg query --endpoint` speaks), the query
page `/`. A store that is missing or does not hold DIR/graph.ttl is made again from it first.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

from kg.export.store import STORE, commit_store, open_built_store, stage_store
from kg.queries import QueryError
from kg.terminal import say


def server_command() -> str:
    """The path of Oxigraph's server command (installed with kg, beside this Python)."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise QueryError("Oxigraph's server (the `oxigraph` command) is not installed")
    return found


def ready_store(folder: Path) -> Path:
    """DIR/graph.oxigraph, made from DIR/graph.ttl when it is missing or out of date."""
    graph = folder / "graph.ttl"
    if not graph.is_file():
        raise QueryError(f"{folder}: no graph.ttl here (give the --out folder of `kg build`)")
    store = open_built_store(graph)
    if store is None:
        say(f"kg: {folder / STORE} missing or out of date; making it from graph.ttl", err=True)
        staged, _ = stage_store(graph.read_bytes(), folder)
        commit_store(staged, folder)
    del store
    return folder / STORE


def serve(folder: Path, host: str = "127.0.0.1", port: int = 7878) -> int:
    """Run the server until it stops or Ctrl-C; its exit status."""
    location = ready_store(folder)
    command = [server_command(), "serve-read-only", "--location", str(location)]
    command += ["--bind", f"{host}:{port}"]
    shown = f"[{host}]" if ":" in host else host
    say(f"kg: SPARQL endpoint http://{shown}:{port}/query, query page http://{shown}:{port}/")
    say(
        f"kg: try: kg query roles_of_person --endpoint http://{shown}:{port}/query --graph-iri '' "
        f"--param person=NAME   (Ctrl-C stops the server)"
    )
    server = subprocess.Popen(command)

    def stop(signum, frame):  # SIGTERM (a service manager, `kill`): stop the server too
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        return server.wait()
    except KeyboardInterrupt:
        server.terminate()
        server.wait()
        return 0
