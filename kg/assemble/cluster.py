"""Running the per-article work and the shard writing of a build on a Dask cluster.

`kg build ... --cluster ADDRESS` connects to a Dask distributed scheduler (`dask scheduler` and
`dask worker`, or any deployment: Kubernetes, SLURM, a cloud) and runs there what the local
build runs in its worker processes: each article's reading and extraction
(kg.assemble.parallel.process_file_packed) and the writing of each changed shard of joining
nodes (kg.assemble.shards.write_shard). The tasks are the same functions on the same inputs
and their results come back in input order, so the graph is byte-identical to a local build.
Workers read the input files by the paths the build was given: they must see them at those
paths (a shared folder). The outputs are written by the process that runs `kg build`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from typing import Any


def run_batch(items: list[Any], fn: Callable[..., Any], kwargs: dict[str, Any]) -> list[Any]:
    """`fn(item, **kwargs)` for each of `items`: one task on a worker (a task per article would
    cost the scheduler more than the article)."""
    return [fn(item, **kwargs) for item in items]


def batch_size(count: int, workers: int) -> int:
    """Items per task: about eight tasks per worker, at most 64 items each (so progress moves)."""
    return max(1, min(64, count // (max(workers, 1) * 8) or 1))


class ClusterError(RuntimeError):
    """The cluster could not be reached or used; the message is one line."""


class Cluster:
    """A connection to a Dask scheduler, used as a map over inputs in order."""

    def __init__(self, address: str, timeout: float = 20.0):
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - a dependency of the package
            raise ClusterError(f"the Dask distributed package is not installed ({exc})") from None
        try:
            self.client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            reason = " ".join(str(exc).split()) or type(exc).__name__
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {reason}") from None
        self.address = address

    def workers(self) -> int:
        return len(self.client.scheduler_info().get("workers", {}))

    def map(
        self,
        fn: Callable[..., Any],
        items: Sequence[Any],
        advance: Callable[[int], None] | None = None,
        **kwargs: Any,
    ) -> list[Any]:
        """`fn(item, **kwargs)` for each item, on the cluster; results in the order of `items`."""
        return list(self.imap(fn, items, advance, **kwargs))

    def imap(
        self,
        fn: Callable[..., Any],
        items: Sequence[Any],
        advance: Callable[[int], None] | None = None,
        prepare: Callable[[Any], Any] | None = None,
        **kwargs: Any,
    ) -> Iterator[Any]:
        """:meth:`map`, the results handed out as each batch arrives (a build spills them to
        disk instead of holding them all). Batches are sent as earlier ones finish, at most
        four per worker at a time, each item made ready by `prepare` first (a record's bytes
        read from the spill file): this process never holds all the inputs or all the results."""
        if not items:
            return
        size = batch_size(len(items), self.workers())
        starts = iter(range(0, len(items), size))
        window = max(2, 4 * self.workers())
        pending: deque[tuple[int, Any]] = deque()

        def send(start: int) -> None:
            batch = [prepare(x) if prepare else x for x in items[start : start + size]]
            future = self.client.submit(run_batch, batch, fn=fn, kwargs=kwargs, pure=False)
            pending.append((len(batch), future))

        try:
            for start in islice(starts, window):
                send(start)
            while pending:
                count, future = pending.popleft()
                try:
                    results = future.result()
                except Exception as exc:
                    reason = " ".join(str(exc).split()) or type(exc).__name__
                    raise ClusterError(
                        f"a task failed on the cluster at {self.address}: {reason}"
                    ) from None
                future.release()
                for start in islice(starts, 1):
                    send(start)
                yield from results
                if advance:
                    advance(count)
        finally:
            if pending:
                self.client.cancel([future for _, future in pending])

    def close(self) -> None:
        self.client.close()
