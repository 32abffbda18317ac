"""Test set-up shared by every test.

The database is a real PostgreSQL: unless DATABASE_URL is set, each test process starts its
own throwaway cluster in `.pgtest-<worker>/` (scripts/localpg.py) on a free port, so tests
never touch the development database in `.pgdata/`.
"""

import json
import os
import socket

import pytest

from scripts import localpg
from tests.factories import UnitKerjaFactory

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API + live_server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _hapus_klaster_yatim() -> None:
    """Clusters left by test runs that were killed (their process is gone)."""
    for datadir in localpg.PROJECT_DIR.glob(".pgtest-*"):
        pid = datadir.name.rsplit("-", 1)[-1]
        if not pid.isdigit():  # an older run's name, without a process id
            localpg.destroy(datadir)
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            localpg.destroy(datadir)
        except PermissionError:  # alive, another user's
            pass


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    from django.conf import settings

    if os.environ.get("DATABASE_URL"):
        yield
        return
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    # One cluster per test process, so two runs in one checkout never share (or stop) one.
    datadir = localpg.PROJECT_DIR / f".pgtest-{worker}-{os.getpid()}"
    _hapus_klaster_yatim()
    port = _free_port()
    localpg.start(datadir, port, throwaway=True)
    settings.DATABASES["default"].update(
        {"HOST": str(datadir), "PORT": str(port), "NAME": "ppid", "USER": "postgres"}
    )
    yield
    from django.db import connections

    connections.close_all()
    localpg.destroy(datadir)


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Tests read static files from the source folders, not from a collectstatic manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.PORTAL_URL = "http://testserver"
    # Views of stored pages are written at once (portal/tertunda.py has its own test).
    settings.PORTAL_HITUNGAN_TERTUNDA_DETIK = 0


@pytest.fixture
def pohon():
    """A small unit tree: KPU RI › KPU Jateng › KPU Kota Semarang, and KPU DKI."""
    ri = UnitKerjaFactory(slug="kpu-ri", nama="KPU RI", jenis="pusat")
    jateng = UnitKerjaFactory(slug="kpu-jateng", nama="KPU Jateng", induk=ri)
    semarang = UnitKerjaFactory(slug="kpu-semarang", nama="KPU Kota Semarang", induk=jateng)
    dki = UnitKerjaFactory(slug="kpu-dki", nama="KPU DKI", induk=ri)
    return {"ri": ri, "jateng": jateng, "semarang": semarang, "dki": dki}


@pytest.fixture
def antrean(db):
    """Run the queued background jobs as the worker would, inside the test's transaction:
    each job is taken out of procrastinate's table and its task run with the stored
    arguments. Returns a function giving the names of the tasks run."""
    from django.db import connection
    from procrastinate.contrib.django import app

    # Jobs left by earlier transactional tests (the flush between them skips this table).
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM procrastinate_jobs")

    def jalankan() -> list[str]:
        dijalankan = []
        while True:
            with connection.cursor() as cursor:
                cursor.execute(
                    "DELETE FROM procrastinate_jobs WHERE id = (SELECT id FROM "
                    "procrastinate_jobs WHERE status = 'todo' ORDER BY id LIMIT 1) "
                    "RETURNING task_name, args"
                )
                baris = cursor.fetchone()
            if baris is None:
                return dijalankan
            nama, args = baris
            app.tasks[nama](**(json.loads(args) if isinstance(args, str) else args))
            dijalankan.append(nama)

    return jalankan


@pytest.fixture
def basis_data_mati(transactional_db):
    """A context manager: inside it the test cluster's PostgreSQL is really stopped (every
    connection of this process closed first), and started again on leaving."""
    import contextlib
    import subprocess
    from pathlib import Path

    from django.db import connections

    datadir = Path(connections["default"].settings_dict["HOST"])
    pg_ctl = str(localpg.find_bindir() / "pg_ctl")

    def _pg_ctl(*argumen: str) -> None:
        subprocess.run(localpg._as_owner([pg_ctl, "-D", str(datadir), *argumen]), check=True)

    @contextlib.contextmanager
    def mati():
        connections.close_all()
        _pg_ctl("-m", "fast", "-w", "stop")
        try:
            yield
        finally:
            connections.close_all()
            _pg_ctl("-l", str(datadir / "server.log"), "-w", "-t", "60", "start")

    return mati


@pytest.fixture
def tanpa_cache_halaman(settings):
    """The page's own queries, as on a first view: stored public pages are not used
    (portal/cache_halaman.py; its own tests pin what a stored page costs)."""
    settings.PORTAL_CACHE_HALAMAN = False


@pytest.fixture(autouse=True)
def _halaman_tersimpan_kosong(request):
    """Tests that commit (live servers, real worker processes) start without stored pages:
    the database is flushed between them, the cache table is not (Django's flush only
    empties model tables). Other tests roll the table back with their transaction."""
    if {"transactional_db", "live_server"} & set(request.fixturenames):
        request.getfixturevalue("transactional_db")
        from portal.cache_halaman import kosongkan

        kosongkan()
