"""A throw-away PostgreSQL server for the team-mode tests.

The Debian `postgresql` package (installed by scripts/_setup.sh for the test extra)
keeps its programs in /usr/lib/postgresql/<version>/bin. initdb refuses to run as
root, so as root the server runs as the `postgres` user through `runuser`.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "orgdesk_admin"
PASSWORD = "s3cret-test"


def find_bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user() -> list[str]:
    """initdb/postgres refuse root: run them as `postgres` (which must exist)."""
    if os.geteuid() != 0:
        return []
    return ["runuser", "-u", "postgres", "--"]


@dataclass
class PgServer:
    bin_dir: Path
    root: Path
    port: int

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = PASSWORD) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def run(self, program: str, *args: str) -> None:
        command = [*_as_server_user(), str(self.bin_dir / program), *args]
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(PASSWORD)
        self._hand_over(self.root)
        self.run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--pwfile", str(pwfile),
            "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale",
        )  # fmt: skip
        options = f"-h 127.0.0.1 -p {self.port} -k {self.root} -F"  # -F: no fsync, a test server
        self.run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")

    def stop(self) -> None:
        try:
            self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def _hand_over(self, folder: Path) -> None:
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")


def start_server() -> PgServer:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed: run scripts/test.sh (it installs Debian's postgresql)")
    root = Path(tempfile.mkdtemp(prefix="orgdesk-pg-"))
    server = PgServer(bin_dir, root, _free_port())
    try:
        server.start()
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return server
