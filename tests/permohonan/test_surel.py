"""E-mail to requesters: queued in the transaction of the change, delivered by the worker
after commit, retried when the mail server fails (DESIGN.md "Background work")."""

import re
import threading

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.test import Client
from django.utils import timezone
from procrastinate.contrib.django import app

from informasi.akses import PPID_UTAMA
from permohonan.models import PemberitahuanTertulis, Permohonan
from permohonan.services import kirim_pemberitahuan, perpanjang_jangka_waktu, terima_permohonan
from tests.factories import UserFactory, pemohon_baru, permohonan_baru
from tests.permohonan.test_ajukan import AJUKAN, _data


@pytest.fixture(autouse=True)
def hari_libur(db):
    call_command("perbarui_hari_libur", verbosity=0)


def _jumlah_pekerjaan() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM procrastinate_jobs WHERE status = 'todo'")
        return cursor.fetchone()[0]


def _terima(pohon, **kwargs):
    return terima_permohonan(
        pemohon=pemohon_baru(**kwargs),
        permohonan=permohonan_baru(pohon["semarang"]),
        kanal=Permohonan.Kanal.ONLINE,
        diterima_pada=timezone.now(),
    )


@pytest.mark.django_db
def test_the_requester_gets_a_working_secret_tracking_link(client, pohon, antrean):
    client.post(AJUKAN, _data(pohon["semarang"], email="sri@contoh.id"))
    assert mail.outbox == []  # nothing is sent while the citizen waits

    assert antrean() == ["permohonan.tasks.kirim_surel"]

    (pesan,) = mail.outbox
    permohonan = Permohonan.objects.get()
    assert pesan.to == ["sri@contoh.id"]
    assert permohonan.nomor in pesan.subject
    assert "paling lambat" in pesan.body
    tautan = re.search(r"http://testserver(/permohonan/lacak/\S+/\S+/)", pesan.body)
    assert tautan, pesan.body
    # A new browser, with nothing but the link, follows the request.
    response = Client().get(tautan[1], follow=True)
    assert response.status_code == 200
    assert permohonan.nomor in response.content.decode()


@pytest.mark.django_db
def test_no_mail_is_queued_when_the_registration_fails(pohon):
    with pytest.raises(RuntimeError), transaction.atomic():
        _terima(pohon)
        assert _jumlah_pekerjaan() == 1
        raise RuntimeError("e.g. the database refused the request")
    assert _jumlah_pekerjaan() == 0
    assert not Permohonan.objects.exists()


@pytest.mark.django_db
def test_an_extension_is_explained_to_the_requester_by_mail(pohon, antrean):
    hasil = _terima(pohon)
    antrean()
    mail.outbox.clear()
    perpanjang_jangka_waktu(
        permohonan_id=hasil.permohonan.pk,
        alasan="Arsip tersimpan di gudang kecamatan.",
        oleh=UserFactory(groups=[PPID_UTAMA]),
    )
    antrean()
    (pesan,) = mail.outbox
    assert "diperpanjang" in pesan.subject
    assert "Arsip tersimpan di gudang kecamatan." in pesan.body


@pytest.mark.django_db
def test_the_written_notice_is_mailed_as_pdf(pohon, antrean):
    hasil = _terima(pohon)
    antrean()
    mail.outbox.clear()
    kirim_pemberitahuan(
        permohonan_id=hasil.permohonan.pk,
        pemberitahuan=PemberitahuanTertulis(
            hasil=Permohonan.Hasil.DIKABULKAN_SELURUHNYA,
            informasi_diberikan="Rekap DPT per kecamatan.",
            bentuk=PemberitahuanTertulis.Bentuk.SOFTCOPY,
            nama_penandatangan="Agus Prasetyo",
            jabatan_penandatangan="PPID Pelaksana",
        ),
        oleh=UserFactory(groups=[PPID_UTAMA]),
    )
    antrean()
    (pesan,) = mail.outbox
    assert pesan.to == ["sri.wahyuni@contoh.id"]
    assert "Dikabulkan" in pesan.body
    ((nama, isi, jenis),) = pesan.attachments
    assert nama == f"pemberitahuan-{hasil.permohonan.nomor}.pdf"
    assert jenis == "application/pdf" and isi.startswith(b"%PDF")


def _jalankan_worker():
    """The real worker until the queue is empty, in its own thread (as in its own process):
    Playwright's tests leave an event loop in the main thread of this test process."""

    def jalan():
        try:
            with app.replace_connector(app.connector.get_worker_connector()):
                app.run_worker(
                    queues=["surel"],
                    wait=False,
                    install_signal_handlers=False,
                    listen_notify=False,
                )
        finally:
            connections.close_all()

    thread = threading.Thread(target=jalan)
    thread.start()
    thread.join(timeout=60)
    assert not thread.is_alive()


@pytest.mark.django_db(transaction=True)
def test_the_real_worker_delivers_after_commit_and_retries_a_failing_server(
    client, pohon, settings
):
    # The mail server is down: the job fails, and is kept to be tried again later.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    with connection.cursor() as cursor:  # jobs left by earlier transactional tests
        cursor.execute("DELETE FROM procrastinate_jobs")
    client.post(AJUKAN, _data(pohon["semarang"]))
    _jalankan_worker()
    with connection.cursor() as cursor:
        # (Only the mail job: a periodic job may be queued too, depending on the day.)
        cursor.execute(
            "SELECT status, attempts, scheduled_at > now() FROM procrastinate_jobs "
            "WHERE task_name = 'permohonan.tasks.kirim_surel'"
        )
        assert cursor.fetchall() == [("todo", 1, True)]
        # The server is back; time passes until the retry is due.
        cursor.execute("UPDATE procrastinate_jobs SET scheduled_at = now()")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    _jalankan_worker()

    (pesan,) = mail.outbox
    assert Permohonan.objects.get().nomor in pesan.subject
    with connection.cursor() as cursor:  # delivered jobs are deleted, with the secret link
        cursor.execute(
            "SELECT count(*) FROM procrastinate_jobs "
            "WHERE task_name = 'permohonan.tasks.kirim_surel'"
        )
        assert cursor.fetchone()[0] == 0


def test_the_worker_runs_the_reminder_and_the_clean_up_every_morning():
    harian = {t.task.name: t.cron for t in app.periodic_registry.periodic_tasks.values()}
    # procrastinate's cron is UTC: 07:00 and 02:30 WIB daily; the holiday table monthly.
    assert harian == {
        "permohonan.tasks.pengingat_harian": "0 0 * * *",
        "permohonan.tasks.bersihkan_harian": "30 19 * * *",
        "permohonan.tasks.perbarui_hari_libur_bulanan": "0 20 1 * *",
        # 02:15 WIB: identity documents past their retention period (DOMAIN.md §11).
        "permohonan.tasks.hapus_dokumen_identitas_harian": "15 19 * * *",
        # Not daily: the jobs of dead workers are queued again (tests/permohonan/test_pekerja.py).
        "permohonan.tasks.ulangi_pekerjaan_macet": "*/5 * * * *",
    }
