"""The worker as it runs for real (DESIGN.md "Background work"): separate processes against
the test cluster, mail to a real SMTP server on loopback. It survives a database restart, and
a job whose worker was killed mid-job is done by the next worker."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from permohonan.tasks import kirim_surel
from scripts import localpg

BATAS_TUNGGU = 90  # seconds before a test gives up waiting (never reached when all is well)


class KotakSurat:
    """An SMTP server's mailbox. With `tahan` set, the next message is held (the sending
    worker stays mid-job) until `lepas` is set, then refused: it never counts as delivered."""

    def __init__(self):
        self.pesan: list[str] = []
        self.tahan = False
        self.ditahan = threading.Event()
        self.lepas = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if self.tahan:
            self.tahan = False
            self.ditahan.set()
            while not self.lepas.is_set():
                await asyncio.sleep(0.05)
            return "451 Try again later"
        self.pesan.append(envelope.content.decode("utf-8", "replace"))
        return "250 OK"


def _port_bebas() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def kotak_surat():
    kotak = KotakSurat()
    controller = Controller(kotak, hostname="127.0.0.1", port=_port_bebas())
    controller.start()
    yield kotak, controller.port
    kotak.lepas.set()
    controller.stop()


@pytest.fixture
def lingkungan_pekerja(kotak_surat, tmp_path):
    """Environment of a worker process: the test database, the SMTP server above."""
    db = connection.settings_dict
    _kotak, port_smtp = kotak_surat
    return {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@127.0.0.1:{db['PORT']}/{db['NAME']}",
        "EMAIL_URL": f"smtp://127.0.0.1:{port_smtp}",
        "DJANGO_PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        "PROCRASTINATE_LOG_LEVEL": "INFO",
    }


@pytest.fixture
def proses(tmp_path):
    """Start processes (`manage.py …`); all are stopped at the end of the test."""
    daftar: list[subprocess.Popen] = []

    def mulai(*argumen: str, env: dict) -> subprocess.Popen:
        log = (tmp_path / f"proses-{len(daftar)}.log").open("w")
        p = subprocess.Popen(
            [sys.executable, str(settings.BASE_DIR / "manage.py"), *argumen],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        daftar.append(p)
        return p

    yield mulai
    for p in daftar:
        if p.poll() is None:
            p.terminate()
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def _tunggu(syarat, pesan: str) -> None:
    batas = time.monotonic() + BATAS_TUNGGU
    while not syarat():
        assert time.monotonic() < batas, pesan
        time.sleep(0.2)


def _sql(query: str, *params):
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        return cursor.fetchall() if cursor.description else None


def _detak_pekerja() -> int:
    return _sql("SELECT count(*) FROM procrastinate_workers")[0][0]


def _status_surel() -> list[tuple]:
    return _sql(
        "SELECT id, status, worker_id FROM procrastinate_jobs "
        "WHERE task_name = 'permohonan.tasks.kirim_surel' ORDER BY id"
    )


def _kirim(subjek: str) -> None:
    kirim_surel.defer(kepada=["warga@contoh.id"], subjek=subjek, isi="Isi surel.")


@pytest.fixture
def antrean_kosong(transactional_db):
    # Jobs and workers left by earlier transactional tests (the flush skips these tables).
    _sql("DELETE FROM procrastinate_jobs")
    _sql("DELETE FROM procrastinate_workers")


def _pg_ctl(datadir: Path, *argumen: str) -> None:
    pg_ctl = str(localpg.find_bindir() / "pg_ctl")
    subprocess.run(localpg._as_owner([pg_ctl, "-D", str(datadir), *argumen]), check=True)


@pytest.mark.usefixtures("antrean_kosong")
def test_the_worker_comes_back_after_the_database_restarts(
    kotak_surat, lingkungan_pekerja, proses
):
    kotak, _port = kotak_surat
    pekerja = proses("pekerja", env=lingkungan_pekerja)  # what `make run` starts
    _tunggu(lambda: _detak_pekerja() == 1, "the worker never registered")
    _kirim("Sebelum")
    _tunggu(lambda: len(kotak.pesan) == 1, "the first mail was never delivered")

    # PostgreSQL goes away for longer than a heartbeat (10 s), then comes back.
    datadir = Path(connection.settings_dict["HOST"])
    connection.close()
    _pg_ctl(datadir, "-m", "fast", "-w", "stop")
    time.sleep(12)
    _pg_ctl(datadir, "-l", str(datadir / "server.log"), "-w", "-t", "60", "start")

    _kirim("Sesudah")  # deferred after the restart
    _tunggu(lambda: len(kotak.pesan) == 2, "mail deferred after the restart was not delivered")
    assert "Subject: Sesudah" in kotak.pesan[1]
    assert pekerja.poll() is None


@pytest.mark.usefixtures("antrean_kosong")
def test_a_job_cut_off_by_a_killed_worker_is_done_by_the_next_one(
    kotak_surat, lingkungan_pekerja, proses
):
    kotak, _port = kotak_surat
    kotak.tahan = True  # the mail server keeps the worker waiting mid-job
    pertama = proses("procrastinate", "worker", env=lingkungan_pekerja)
    _kirim("Tetap sampai")
    assert kotak.ditahan.wait(BATAS_TUNGGU), "the worker never started the job"
    ((job_id, status, worker_id),) = _status_surel()
    assert status == "doing"

    pertama.send_signal(signal.SIGKILL)
    pertama.wait()
    kotak.lepas.set()
    # The dead worker's heartbeat ages (time passes, as a periodic run would find it).
    _sql(
        "UPDATE procrastinate_workers SET last_heartbeat = now() - interval '1 hour' "
        "WHERE id = %s",
        worker_id,
    )
    call_command("ulangi_pekerjaan_macet", verbosity=0)
    assert [(i, s) for i, s, _w in _status_surel()] == [(job_id, "todo")]

    proses("procrastinate", "worker", env=lingkungan_pekerja)
    _tunggu(lambda: len(kotak.pesan) == 1, "the interrupted mail was never delivered")
    assert "Subject: Tetap sampai" in kotak.pesan[0]
    _tunggu(lambda: _status_surel() == [], "the delivered job was not deleted")


@pytest.mark.usefixtures("antrean_kosong")
def test_a_live_worker_s_job_is_left_alone(kotak_surat, lingkungan_pekerja, proses):
    kotak, _port = kotak_surat
    kotak.tahan = True
    proses("procrastinate", "worker", env=lingkungan_pekerja)
    _kirim("Masih dikirim")
    assert kotak.ditahan.wait(BATAS_TUNGGU)
    call_command("ulangi_pekerjaan_macet", verbosity=0)
    ((_id, status, _worker),) = _status_surel()
    assert status == "doing"  # its worker is alive: retrying it would send the mail twice


def test_stalled_jobs_are_looked_for_every_five_minutes():
    from procrastinate.contrib.django import app

    crons = {t.task.name: t.cron for t in app.periodic_registry.periodic_tasks.values()}
    assert crons["permohonan.tasks.ulangi_pekerjaan_macet"] == "*/5 * * * *"
