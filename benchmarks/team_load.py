"""Load on one server document: 2 then 8 clients, each making N edits on the 10,000-unit document.

    python benchmarks/team_load.py [--edits 1000] [--clients 2,8] [--units 10000] [--hot 200] [--url URL]

Without --url a throw-away PostgreSQL server is started (as the tests do) and stopped at the
end. Each client is its own process with its own connection: it opens the document, then
renames units picked at random from the first --hot units (a small hot set, so conflicts do
happen), polling for the others' changes every 10 edits as the window does on its timer.
A refused edit (someone else changed the unit first) is counted, not retried.

Printed per round: accepted and refused edits, throughput (accepted commits per second of
wall time), median and p95 commit latency, and the final check: every accepted edit is in the
history exactly once, no refused edit is, and every unit's name on the server is the last
accepted rename of it in commit order (nothing lost, nothing overwritten silently).
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import time
from dataclasses import dataclass
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg

from benchmarks.generate import generate_document
from orgdesk.domain import operations as ops
from orgdesk.domain.entities import Unit
from orgdesk.store.server import create_on_server, open_server
from orgdesk.store.session import EditSession
from orgdesk.store.versions import ConflictError

POLL_EVERY = 10


@dataclass
class ClientResult:
    accepted: list[tuple[int, str]]  # (unit id, new name)
    refused: list[tuple[int, str]]
    latencies: list[float]  # seconds per accepted or refused commit
    started: float  # wall clock when the edits began and ended
    ended: float


def run_client(url: str, client: int, edits: int, hot: int, queue: Queue[ClientResult], go: Barrier) -> None:
    session = EditSession(open_server(url))
    session.store.author = f"client{client}"
    unit_ids = sorted(u.id for u in session.document.all("unit") if isinstance(u, Unit))[:hot]
    rng = random.Random(client)
    result = ClientResult([], [], [], 0.0, 0.0)
    go.wait()  # every client has loaded the document: the edits start together
    result.started = time.time()
    for number in range(edits):
        if number % POLL_EVERY == 0:
            session.refresh()
        unit_id = rng.choice(unit_ids)
        name = f"c{client}-e{number}"
        started = time.perf_counter()
        try:
            session.execute(ops.UpdateEntity("unit", unit_id, {"name": name}))
            result.accepted.append((unit_id, name))
        except ConflictError:
            result.refused.append((unit_id, name))
        result.latencies.append(time.perf_counter() - started)
    result.ended = time.time()
    session.close()
    queue.put(result)


def check(url: str, results: list[ClientResult]) -> str:
    """'ok', or what is wrong."""
    session = EditSession(open_server(url, readonly=True))
    history = session.store.history(kind="unit")
    recorded: dict[str, int] = {}
    last_name: dict[int, str] = {}
    for entry in history:
        for change in entry.changes:
            after = change.after or ""
            marker = after.split('"name": "', 1)[1].split('"', 1)[0] if '"name": "' in after else ""
            recorded[marker] = recorded.get(marker, 0) + 1
            last_name[change.entity_id] = marker
    accepted = [edit for result in results for edit in result.accepted]
    refused = [edit for result in results for edit in result.refused]
    problems = []
    if any(recorded.get(name) != 1 for _, name in accepted):
        problems.append("an accepted edit is missing from the history")
    if any(name in recorded for _, name in refused):
        problems.append("a refused edit was written")
    names = {u.id: u.name for u in session.document.all("unit") if isinstance(u, Unit)}
    if any(names[unit_id] != name for unit_id, name in last_name.items()):
        problems.append("a unit does not show its last accepted rename")
    session.close()
    return "ok" if not problems else "; ".join(problems)


def fresh_database(admin_url: str, name: str) -> str:
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + "/" + name


def run_round(admin_url: str, clients: int, edits: int, units: int, hot: int) -> list[str]:
    url = fresh_database(admin_url, f"team_load_{clients}")
    create_on_server(url, generate_document(units)).close()
    queue: Queue[ClientResult] = multiprocessing.Queue()
    go = multiprocessing.Barrier(clients)
    workers = [
        multiprocessing.Process(target=run_client, args=(url, client, edits, hot, queue, go))
        for client in range(clients)
    ]
    for worker in workers:
        worker.start()
    results = [queue.get() for _ in workers]
    wall = max(r.ended for r in results) - min(r.started for r in results)
    for worker in workers:
        worker.join()
    latencies = sorted(latency for result in results for latency in result.latencies)
    accepted = sum(len(result.accepted) for result in results)
    refused = sum(len(result.refused) for result in results)
    p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)]
    return [
        str(clients),
        str(edits),
        str(accepted),
        str(refused),
        f"{accepted / wall:.0f}",
        f"{statistics.median(latencies) * 1000:.1f}",
        f"{p95 * 1000:.1f}",
        check(url, results),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=1000, help="edits per client")
    parser.add_argument("--clients", default="2,8")
    parser.add_argument("--units", type=int, default=10000)
    parser.add_argument("--hot", type=int, default=200, help="units the clients pick from")
    parser.add_argument("--url", help="an admin URL of a server to use (default: a throw-away one)")
    args = parser.parse_args(argv)
    server = None
    if args.url is None:
        from tests.team.pg_server import start_server

        server = start_server()
        admin_url = server.url()
    else:
        admin_url = args.url
    try:
        header = ["clients", "edits/client", "accepted", "refused", "commits/s", "p50 ms", "p95 ms", "check"]
        rows = [header]
        for clients in (int(value) for value in args.clients.split(",")):
            rows.append(run_round(admin_url, clients, args.edits, args.units, args.hot))
            print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
    finally:
        if server is not None:
            server.stop()
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    for row in rows:
        print(" | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
