"""Letters' PDFs are built by the worker, once per version of the letter, kept in private
storage and served as files; a web request never runs WeasyPrint (issue 14: 20 connections
on a public sheet's PDF took the site down)."""

from __future__ import annotations

import subprocess

import pytest
from django.db import connection
from django.urls import reverse

from permohonan.models import UjiKonsekuensi
from tests.factories import uji_konsekuensi

pytestmark = pytest.mark.django_db


def _pekerjaan_pdf() -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT args FROM procrastinate_jobs WHERE task_name LIKE %s AND status = 'todo'",
            ["%buat_pdf_surat"],
        )
        return cursor.fetchall()


def _tersimpan(settings, uji) -> list:
    folder = settings.PRIVATE_MEDIA_ROOT / "surat" / "uji_konsekuensi" / str(uji.pk)
    return sorted(folder.iterdir()) if folder.exists() else []


def _teks(isi: bytes, tmp_path) -> str:
    (tmp_path / "s.pdf").write_bytes(isi)
    return subprocess.run(
        ["pdftotext", str(tmp_path / "s.pdf"), "-"], capture_output=True, check=True, text=True
    ).stdout


def test_a_pdf_is_prepared_by_the_worker_then_served_from_storage(
    client, pohon, settings, antrean, tmp_path
):
    uji = uji_konsekuensi(pohon["semarang"])
    url = reverse("dik_lembar", args=[uji.pk])
    antrean()  # whatever deciding the test queued

    # Not built yet: a clear page, no PDF made in the request, one build queued however
    # many readers ask.
    for _ in range(3):
        response = client.get(url, {"format": "pdf"})
        assert response.status_code == 202
        assert response["Retry-After"] == "10"
        html = response.content.decode()
        assert "PDF surat ini sedang disiapkan" in html and "Muat ulang" in html
        assert f'href="{url}"' in html  # the printable letter, at once
    assert len(_pekerjaan_pdf()) == 1
    assert _tersimpan(settings, uji) == []
    assert client.get(url).status_code == 200  # the print HTML meanwhile

    assert antrean() == ["permohonan.tasks.buat_pdf_surat"]
    (berkas,) = _tersimpan(settings, uji)
    response = client.get(url, {"format": "pdf"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'inline; filename="uji-konsekuensi-{uji.pk}.pdf"'
    isi = b"".join(response.streaming_content)
    assert isi == berkas.read_bytes()
    assert "NIK dan NKK pemilih" in _teks(isi, tmp_path)
    assert _pekerjaan_pdf() == []  # served from storage, nothing more to build

    # The source changes: the stale PDF is not served; a rebuild is queued.
    UjiKonsekuensi.objects.filter(pk=uji.pk).update(informasi="Nomor telepon pemilih")
    response = client.get(url, {"format": "pdf"})
    assert response.status_code == 202
    assert len(_pekerjaan_pdf()) == 1
    antrean()
    (baru,) = _tersimpan(settings, uji)  # the old version is deleted
    assert baru != berkas
    isi = b"".join(client.get(url, {"format": "pdf"}).streaming_content)
    teks = _teks(isi, tmp_path)
    assert "Nomor telepon pemilih" in teks and "NIK dan NKK pemilih" not in teks


def test_pdf_requests_are_rate_limited_per_address_with_a_clear_page(client, pohon, settings):
    settings.PERMOHONAN_BATAS_PDF_PER_JAM = 3
    uji = uji_konsekuensi(pohon["semarang"])
    url = reverse("dik_lembar", args=[uji.pk])
    for _ in range(3):
        assert client.get(url, {"format": "pdf"}).status_code == 202
    response = client.get(url, {"format": "pdf"})
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Terlalu banyak permintaan PDF" in response.content.decode()
    # Another address is not affected, nor is the printable letter.
    assert client.get(url, {"format": "pdf"}, REMOTE_ADDR="10.0.0.9").status_code == 202
    assert client.get(url).status_code == 200


def test_the_mail_worker_stores_the_pdf_it_attaches(client, pohon, settings, antrean):
    from django.core import mail

    from informasi.akses import PPID_UTAMA
    from permohonan.models import PemberitahuanTertulis, Permohonan
    from permohonan.services import kirim_pemberitahuan, terima_permohonan
    from tests.factories import UserFactory, pemohon_baru, permohonan_baru

    diterima = terima_permohonan(
        pemohon=pemohon_baru(),
        permohonan=permohonan_baru(pohon["semarang"]),
        kanal=Permohonan.Kanal.ONLINE,
    )
    pemberitahuan = kirim_pemberitahuan(
        permohonan_id=diterima.permohonan.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
            informasi_diberikan="Rekap DPT.",
            bentuk=PemberitahuanTertulis.Bentuk.SOFTCOPY,
            nama_penandatangan="Agus Prasetyo",
            jabatan_penandatangan="PPID Pelaksana",
        ),
        oleh=UserFactory(groups=[PPID_UTAMA]),
    )
    antrean()
    (lampiran,) = [a for m in mail.outbox for a in m.attachments]
    folder = settings.PRIVATE_MEDIA_ROOT / "surat" / "pemberitahuan" / str(pemberitahuan.pk)
    (tersimpan,) = folder.iterdir()
    assert tersimpan.read_bytes() == lampiran[1]
    nomor = diterima.permohonan.nomor
    client.get(reverse("permohonan:lacak_tautan", args=[nomor, diterima.token]))
    url = reverse("permohonan:surat_pemberitahuan", args=[nomor, pemberitahuan.pk])
    response = client.get(url, {"format": "pdf"})
    assert response.status_code == 200  # built once, by the mail job
    assert b"".join(response.streaming_content) == lampiran[1]


def _jalankan_worker_surat():
    """The real worker on the letters' queue until it is empty, in its own thread (as in its
    own process; see test_surel)."""
    import threading

    from django.db import connections
    from procrastinate.contrib.django import app

    def jalan():
        try:
            with app.replace_connector(app.connector.get_worker_connector()):
                app.run_worker(
                    queues=["surat"],
                    wait=False,
                    install_signal_handlers=False,
                    listen_notify=False,
                )
        finally:
            connections.close_all()

    thread = threading.Thread(target=jalan)
    thread.start()
    thread.join(timeout=120)
    assert not thread.is_alive()


@pytest.mark.django_db(transaction=True)
def test_the_real_worker_builds_the_pdf_a_reader_asked_for(client, pohon, monkeypatch):
    from django.db import connections

    # The worker's task threads close their connection after each job (procrastinate's
    # Django middleware), so none is left open when the test database is dropped.
    monkeypatch.setitem(connections.settings["default"], "CONN_MAX_AGE", 0)
    with connection.cursor() as cursor:  # jobs left by earlier transactional tests
        cursor.execute("DELETE FROM procrastinate_jobs")
    uji = uji_konsekuensi(pohon["semarang"])
    url = reverse("dik_lembar", args=[uji.pk])
    assert client.get(url, {"format": "pdf"}).status_code == 202
    _jalankan_worker_surat()
    response = client.get(url, {"format": "pdf"})
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert _pekerjaan_pdf() == []
