"""A private PostgreSQL cluster inside the project folder (the embedded default).

Used by `make` (the development cluster in `.pgdata/`) and by the test suite (throwaway
clusters in `.pgtest-<name>/`). It uses the machine's PostgreSQL binaries; as root it runs
them as the `postgres` OS user, because PostgreSQL refuses to run as root. The server listens
on a Unix socket inside the cluster folder and on 127.0.0.1, on a non-default port, with
trust authentication: it is a local development database, never a production one.

Command line:
    python scripts/localpg.py start|stop|reset|status|url [--dir .pgdata] [--port 54329]
"""

from __future__ import annotations

import argparse
import glob
import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DIR = PROJECT_DIR / ".pgdata"
DEFAULT_PORT = int(os.environ.get("LOCAL_PG_PORT", "54329"))
DEFAULT_DB = "ppid"
EXTENSIONS = ("pg_trgm", "unaccent")


class LocalPgError(RuntimeError):
    """Something the person running the command has to fix; the message says what."""


def _is_root() -> bool:
    return os.geteuid() == 0


def find_bindir() -> Path:
    """Directory holding initdb/pg_ctl of the newest installed PostgreSQL.

    As root, Debian's `postgresql` package is installed when no PostgreSQL is found.
    """
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
    )
    for bindir in reversed(candidates):
        if (Path(bindir) / "initdb").exists():
            return Path(bindir)
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).resolve().parent
    if _is_root() and shutil.which("apt-get"):
        print("PostgreSQL not found; installing Debian package postgresql ...", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "postgresql", "postgresql-contrib"],
            check=True,
            env=env,
        )
        return find_bindir()
    raise LocalPgError(
        "PostgreSQL (>= 15) is not installed. Install it as root with "
        "`apt-get install postgresql`, or set DATABASE_URL to an existing server."
    )


def _as_owner(cmd: list[str]) -> list[str]:
    """Run cmd as the `postgres` OS user when we are root."""
    if _is_root():
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def _postgres_can_enter(path: Path) -> bool:
    probe = subprocess.run(
        ["runuser", "-u", "postgres", "--", "test", "-x", str(path)],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def _prepare_dir(datadir: Path) -> None:
    """Create the (empty) cluster folder, owned by whoever will run the server."""
    if _is_root() and not _postgres_can_enter(datadir.parent):
        raise LocalPgError(
            f"The `postgres` OS user cannot enter {datadir.parent}. Move the project to a "
            "folder every user may traverse (e.g. /srv or /work), or set DATABASE_URL."
        )
    datadir.mkdir(mode=0o700, exist_ok=True)
    if _is_root():
        pw = pwd.getpwnam("postgres")
        os.chown(datadir, pw.pw_uid, pw.pw_gid)


def is_initialised(datadir: Path) -> bool:
    return (datadir / "PG_VERSION").exists()


def is_running(datadir: Path) -> bool:
    if not is_initialised(datadir):
        return False
    bindir = find_bindir()
    result = subprocess.run(
        _as_owner([str(bindir / "pg_ctl"), "-D", str(datadir), "status"]),
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


def initdb(datadir: Path, port: int, *, throwaway: bool = False) -> None:
    bindir = find_bindir()
    _prepare_dir(datadir)
    subprocess.run(
        _as_owner(
            [
                str(bindir / "initdb"),
                "-D",
                str(datadir),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    conf = [
        f"port = {port}",
        "listen_addresses = '127.0.0.1'",
        f"unix_socket_directories = '{datadir}'",
        "max_connections = 200",
    ]
    if throwaway:
        # Durability is pointless for a cluster that is deleted after the test run.
        conf += ["fsync = off", "synchronous_commit = off", "full_page_writes = off"]
    with (datadir / "postgresql.conf").open("a") as fh:
        fh.write("\n# Added by scripts/localpg.py\n" + "\n".join(conf) + "\n")


def psql(datadir: Path, port: int, sql: str, *, dbname: str = "postgres") -> str:
    bindir = find_bindir()
    psql_bin = bindir / "psql"
    if not psql_bin.exists():
        psql_bin = Path(shutil.which("psql") or "psql")
    result = subprocess.run(
        [
            str(psql_bin),
            "-h",
            str(datadir),
            "-p",
            str(port),
            "-U",
            "postgres",
            "-d",
            dbname,
            "-v",
            "ON_ERROR_STOP=1",
            "-tAc",
            sql,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def start(
    datadir: Path = DEFAULT_DIR,
    port: int = DEFAULT_PORT,
    *,
    dbname: str = DEFAULT_DB,
    throwaway: bool = False,
) -> None:
    """Initialise (first time), start (when stopped) and create the database + extensions."""
    datadir = datadir.resolve()
    if not is_initialised(datadir):
        initdb(datadir, port, throwaway=throwaway)
    if not is_running(datadir):
        bindir = find_bindir()
        result = subprocess.run(
            _as_owner(
                [
                    str(bindir / "pg_ctl"),
                    "-D",
                    str(datadir),
                    "-l",
                    str(datadir / "server.log"),
                    "-o",
                    f"-p {port}",
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            ),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            log = (datadir / "server.log").read_text(errors="replace")[-2000:]
            raise LocalPgError(f"PostgreSQL did not start:\n{result.stdout}{result.stderr}\n{log}")
    exists = psql(datadir, port, f"SELECT 1 FROM pg_database WHERE datname = '{dbname}'")
    if exists != "1":
        psql(datadir, port, f'CREATE DATABASE "{dbname}"')
    # Extensions in template1 too, so test databases created from it have them.
    for db in ("template1", dbname):
        for ext in EXTENSIONS:
            psql(datadir, port, f"CREATE EXTENSION IF NOT EXISTS {ext}", dbname=db)


def stop(datadir: Path = DEFAULT_DIR) -> None:
    datadir = datadir.resolve()
    if is_running(datadir):
        bindir = find_bindir()
        subprocess.run(
            _as_owner([str(bindir / "pg_ctl"), "-D", str(datadir), "-m", "fast", "-w", "stop"]),
            check=True,
            stdout=subprocess.DEVNULL,
        )


def destroy(datadir: Path) -> None:
    stop(datadir)
    shutil.rmtree(datadir, ignore_errors=True)


def url(port: int = DEFAULT_PORT, dbname: str = DEFAULT_DB) -> str:
    """A DATABASE_URL for the cluster (over 127.0.0.1; Django's default uses the socket)."""
    return f"postgres://postgres@127.0.0.1:{port}/{dbname}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["start", "stop", "reset", "status", "url"])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    args = parser.parse_args(argv)
    try:
        if args.action == "start":
            start(args.dir, args.port)
            print(f"Local PostgreSQL running: {args.dir.resolve()} (port {args.port})")
        elif args.action == "stop":
            stop(args.dir)
            print("Local PostgreSQL stopped.")
        elif args.action == "reset":
            destroy(args.dir.resolve())
            start(args.dir, args.port)
            print("Local PostgreSQL recreated (empty database).")
        elif args.action == "status":
            running = is_running(args.dir.resolve())
            print("running" if running else "stopped")
            return 0 if running else 3
        elif args.action == "url":
            print(url(args.port))
    except LocalPgError as exc:
        print(f"localpg: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
