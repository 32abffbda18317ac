"""The requester's secret tracking link: renewed by number + e-mail (the old one stops
working, the new one goes only by e-mail), never written to a log, and requester pages are
never cached (UU 27/2022; DOMAIN.md §11)."""

import datetime as dt
import io
import logging
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse

from permohonan.models import Keberatan, PemberitahuanTertulis, Permohonan, Riwayat
from permohonan.services import terima_permohonan
from tests.factories import UnitKerjaFactory, pemohon_baru, permohonan_baru

pytestmark = pytest.mark.django_db
LACAK = reverse("permohonan:lacak")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def diterima():
    call_command("perbarui_hari_libur", tahun=[2026, 2027], verbosity=0)
    return terima_permohonan(
        pemohon=pemohon_baru(email="Sri@Contoh.id"),
        permohonan=permohonan_baru(UnitKerjaFactory()),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=dt.datetime(2026, 11, 2, 10, tzinfo=ZoneInfo("Asia/Jakarta")),
    )


def _tautan(body: str) -> str:
    (url,) = re.findall(r"http://testserver(/permohonan/lacak/\S+/\S+/)", body)
    return url


def test_a_fresh_link_is_mailed_and_the_old_one_is_revoked(client, diterima, antrean):
    antrean()
    mail.outbox.clear()
    nomor = diterima.permohonan.nomor
    lama = reverse("permohonan:lacak_tautan", args=[nomor, diterima.token])
    # Someone else opened the old (leaked) link before it was replaced.
    pencuri = Client()
    assert pencuri.get(lama).status_code == 302
    assert pencuri.get(reverse("permohonan:status", args=[nomor])).status_code == 200

    response = client.post(
        LACAK, {"nomor": nomor, "email": "sri@contoh.id", "tautan_baru": "1"}, follow=True
    )

    assert "Tautan pelacakan baru telah dikirim" in response.content.decode()
    antrean()
    (pesan,) = mail.outbox
    assert pesan.to == ["Sri@Contoh.id"]  # the address on record
    baru = _tautan(pesan.body)
    assert baru != lama
    assert baru.rsplit("/", 2)[1] not in response.content.decode()  # never on the page
    assert Client().get(lama).status_code == 404
    # The browser that opened the old link no longer sees the request; the one that asked
    # for the new link does.
    assert pencuri.get(reverse("permohonan:status", args=[nomor])).status_code == 302
    assert client.get(reverse("permohonan:status", args=[nomor])).status_code == 200
    orang_lain = Client()
    assert orang_lain.get(baru).status_code == 302
    assert orang_lain.get(reverse("permohonan:status", args=[nomor])).status_code == 200
    assert Riwayat.objects.filter(permohonan=diterima.permohonan, peristiwa="tautan_diperbarui")

    # With a wrong e-mail nothing is renewed or sent: the link just mailed keeps working.
    mail.outbox.clear()
    response = Client().post(
        LACAK, {"nomor": nomor, "email": "lain@contoh.id", "tautan_baru": "1"}
    )
    assert "tidak cocok" in response.content.decode()
    assert antrean() == []
    assert Client().get(baru).status_code == 302


def _console():
    (handler,) = [
        h
        for h in logging.getLogger().handlers
        if type(h) is logging.StreamHandler and h.formatter is not None
    ]
    return handler


def test_django_request_log_never_holds_the_token(client, diterima):
    handler = _console()
    tampung = io.StringIO()
    lama_stream = handler.setStream(tampung)
    try:
        # A wrong (or revoked) link is a logged 404.
        salah = "Zz9" + diterima.token[3:]
        client.get(reverse("permohonan:lacak_tautan", args=[diterima.permohonan.nomor, salah]))
    finally:
        handler.setStream(lama_stream)
    teks = tampung.getvalue()
    assert "Not Found: /permohonan/lacak/" in teks and "[rahasia]" in teks
    assert salah not in teks


@pytest.mark.django_db(transaction=True)
def test_the_real_workers_log_never_holds_the_token(settings):
    """The worker logs a failing mail job with its arguments (the body has the link)."""
    from tests.permohonan.test_surel import _jalankan_worker

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    with connection.cursor() as cursor:  # jobs left by earlier transactional tests
        cursor.execute("DELETE FROM procrastinate_jobs")
    call_command("perbarui_hari_libur", tahun=[2026, 2027], verbosity=0)
    hasil = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(UnitKerjaFactory()),
        kanal=Permohonan.Kanal.ONLINE,
    )
    handler = _console()
    tampung = io.StringIO()
    lama_stream = handler.setStream(tampung)
    # As with PROCRASTINATE_LOG_LEVEL=INFO: every job's start and end, with its arguments.
    log_worker = logging.getLogger("procrastinate")
    lama_level = log_worker.level
    log_worker.setLevel(logging.INFO)
    try:
        _jalankan_worker()
    finally:
        handler.setStream(lama_stream)
        log_worker.setLevel(lama_level)
    teks = tampung.getvalue()
    assert "kirim_surel" in teks and "[rahasia]" in teks  # the job line, with its arguments
    assert hasil.token not in teks


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_gunicorn_access_log_never_holds_the_token(tmp_path):
    token = "rahasiaSekali_-1234567890abcdefghijklmnopqrstu"
    port = _port()
    log = tmp_path / "akses.log"
    env = {**os.environ, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "1"}
    proses = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            str(ROOT / "gunicorn.conf.py"),
            "--access-logfile",
            str(log),
            "tests._wsgi_halo:app",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/permohonan/lacak/P-2026-00001/{token}/?x={token}"
        for _ in range(200):  # until it listens (bounded)
            try:
                urllib.request.urlopen(url, timeout=2)
            except urllib.error.HTTPError:
                break
            except OSError:
                time.sleep(0.05)
        for _ in range(200):
            if log.exists() and "/permohonan/lacak/" in log.read_text():
                break
            time.sleep(0.05)
    finally:
        proses.terminate()
        proses.wait(10)
    teks = log.read_text()
    assert "/permohonan/lacak/P-2026-00001/[rahasia]/" in teks
    assert token not in teks


def _halaman_pemohon(diterima) -> list[str]:
    """Every requester page, with the records they show (test set-up through the ORM)."""
    from django.core.files.base import ContentFile

    from permohonan.models import Lampiran
    from tests.factories import UserFactory

    p = diterima.permohonan
    nomor = p.nomor
    Permohonan.objects.filter(pk=p.pk).update(
        jatuh_tempo_perpanjangan=p.jatuh_tempo + dt.timedelta(days=9),
        alasan_perpanjangan="Dokumen di gudang arsip.",
    )
    pemberitahuan = PemberitahuanTertulis.objects.create(
        permohonan=p,
        hasil=Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
        nama_penandatangan="Dra. Sri Lestari",
        jabatan_penandatangan="PPID",
        dikirim_oleh=UserFactory(username="ppid"),
    )
    lampiran = Lampiran.objects.create(
        pemberitahuan=pemberitahuan, judul="DPT", berkas=ContentFile(b"%PDF-1.4", "dpt.pdf")
    )
    keberatan = Keberatan.objects.create(
        nomor="K-2026-00001",
        permohonan=p,
        alasan=["e"],
        kasus_posisi="Tidak dipenuhi.",
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=p.diterima_pada,
        tanggal_terima=p.tanggal_terima,
        jatuh_tempo=p.jatuh_tempo,
    )
    return [
        reverse("permohonan:bukti"),
        LACAK,
        reverse("permohonan:lacak_tautan", args=[nomor, diterima.token]),
        reverse("permohonan:status", args=[nomor]),
        reverse("permohonan:surat_bukti", args=[nomor]),
        reverse("permohonan:surat_perpanjangan", args=[nomor]),
        reverse("permohonan:surat_pemberitahuan", args=[nomor, pemberitahuan.pk]),
        reverse("permohonan:lampiran", args=[nomor, lampiran.pk]),
        reverse("keberatan:ajukan") + f"?nomor={nomor}",
        reverse("keberatan:bukti"),
        reverse("keberatan:surat_bukti", args=[keberatan.nomor]),
    ]


def test_requester_pages_are_never_stored(client, diterima):
    halaman = _halaman_pemohon(diterima)
    client.get(
        reverse("permohonan:lacak_tautan", args=[diterima.permohonan.nomor, diterima.token])
    )
    for url in halaman:
        response = client.get(url)
        assert response.status_code in (200, 302), url
        cache_control = response.get("Cache-Control", "")
        assert "no-store" in cache_control, url
        assert "private" in cache_control, url
    # A POST with personal data in it (the form re-shown) too.
    response = client.post(reverse("permohonan:ajukan"), {"nama": "Sri"})
    assert "no-store" in response["Cache-Control"]


def test_error_mail_to_administrators_never_holds_the_token(settings, rf, diterima):
    settings.ADMINS = [("Admin", "admin@contoh.go.id")]
    mail.outbox.clear()
    path = reverse("permohonan:lacak_tautan", args=[diterima.permohonan.nomor, diterima.token])
    request = rf.get(path)
    try:
        raise RuntimeError("uji")
    except RuntimeError:
        logging.getLogger("django.request").error(
            "Internal Server Error: %s",
            path,
            exc_info=True,
            extra={"status_code": 500, "request": request},
        )
    (pesan,) = mail.outbox
    assert "[rahasia]" in pesan.subject
    assert diterima.token not in pesan.subject + pesan.body
    assert "RuntimeError" in pesan.body
