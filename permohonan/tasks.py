"""Background jobs (procrastinate, DESIGN.md "Background work").

Jobs are rows in this very PostgreSQL: deferring one inside a transaction makes it exist
only if that transaction commits, and the worker (`manage.py procrastinate worker`, started
by `make run` beside the web server) runs it after commit, retrying on failure.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.management import call_command
from procrastinate import RetryStrategy
from procrastinate.contrib.django import app

# A mail server that is down gets retried after 3, 9, 27 … seconds: 8 attempts over about
# 2½ hours before the job is marked failed (visible in the admin's Procrastinate pages).
_COBA_LAGI = RetryStrategy(max_attempts=8, exponential_wait=3)


@app.task(queue="surel", retry=_COBA_LAGI)
def kirim_surel(*, kepada: list[str], subjek: str, isi: str, surat: list | None = None) -> None:
    """Deliver one e-mail. With `surat` = [letter code, id] (see permohonan.surat.SURAT), that
    letter is attached as PDF — the stored one, built here in the worker when missing, so it
    never slows down the admin."""
    pesan = EmailMessage(
        subject=subjek, body=isi, from_email=settings.DEFAULT_FROM_EMAIL, to=kepada
    )
    if surat:
        from permohonan import surat as surat_resmi

        nama, pdf = surat_resmi.pdf(*surat)
        pesan.attach(nama, pdf, "application/pdf")
    pesan.send()


@app.task(queue="surat", retry=RetryStrategy(max_attempts=3, exponential_wait=5))
def buat_pdf_surat(*, kode: str, pk: int) -> None:
    """Build and store the current version of a letter's PDF (permohonan.surat), asked for
    by a reader while it was missing or out of date. Queued once per letter (its
    queueing lock) however many readers wait."""
    from permohonan import surat as surat_resmi

    surat_resmi.siapkan_pdf(kode, pk)


# Daily jobs. procrastinate's cron is in UTC: 00:00 UTC is 07:00 WIB, before office hours.
@app.periodic(cron="0 0 * * *")
@app.task(queue="harian")
def pengingat_harian(timestamp: int) -> None:
    """Remind staff of requests and objections that are overdue or due soon, and of
    exemptions nearing their end; mark ended exemptions (DESIGN.md "Background work")."""
    call_command("ingatkan_jatuh_tempo", verbosity=0)
    call_command("periksa_pengecualian", verbosity=0)


@app.periodic(cron="30 19 * * *")  # 02:30 WIB
@app.task(queue="harian")
def bersihkan_harian(timestamp: int) -> None:
    """Delete abandoned temporary uploads of the request form (bersihkan_berkas_sementara)
    and rate-limit counters whose window has ended (bersihkan_batas_laju)."""
    call_command("bersihkan_berkas_sementara", verbosity=0)
    call_command("bersihkan_batas_laju", verbosity=0)


@app.periodic(cron="0 20 1 * *")  # the 2nd of every month, 03:00 WIB
@app.task(queue="harian")
def perbarui_hari_libur_bulanan(timestamp: int) -> None:
    """Keep the holiday table covering every year a deadline may touch (oldest record to two
    years ahead) and take in days decreed since (perbarui_hari_libur; DOMAIN.md §4)."""
    call_command("perbarui_hari_libur", verbosity=0)


@app.periodic(cron="15 19 * * *")  # 02:15 WIB
@app.task(queue="harian")
def hapus_dokumen_identitas_harian(timestamp: int) -> None:
    """Delete identity scans and powers of attorney past their retention period
    (hapus_dokumen_identitas; UU 27/2022, DOMAIN.md §11)."""
    call_command("hapus_dokumen_identitas", verbosity=0)


# --- Stalled jobs -------------------------------------------------------------------------
# A worker that dies mid-job (killed, out of memory, host lost) leaves its job in `doing`
# for ever: procrastinate only notices through the heartbeats in `procrastinate_workers`.
# Every few minutes the jobs of workers whose heartbeat is older than
# PEKERJA_BATAS_DETAK_MENIT are put back in the queue (procrastinate's stalled-jobs recipe:
# JobManager.get_stalled_jobs + retry_job), so their mail is still delivered.
MAKS_ULANG_MACET = 5  # a job that kills its worker this often is failed instead (admin)


async def ulangi_pekerjaan_macet_async() -> tuple[list[int], list[int]]:
    """Put the jobs of dead workers back in the queue; returns (retried ids, failed ids)."""
    from procrastinate import jobs

    diulang, digagalkan = [], []
    macet = await app.job_manager.get_stalled_jobs(
        seconds_since_heartbeat=settings.PEKERJA_BATAS_DETAK_MENIT * 60
    )
    for job in macet:
        if job.attempts >= MAKS_ULANG_MACET:
            await app.job_manager.finish_job(job, status=jobs.Status.FAILED, delete_job=False)
            digagalkan.append(job.id)
        else:
            await app.job_manager.retry_job(job)
            diulang.append(job.id)
    return diulang, digagalkan


@app.periodic(cron="*/5 * * * *")
@app.task(queue="harian", queueing_lock="ulangi_pekerjaan_macet")
async def ulangi_pekerjaan_macet(timestamp: int) -> None:
    """Every 5 minutes: retry the jobs of workers that died mid-job (ulangi_pekerjaan_macet)."""
    await ulangi_pekerjaan_macet_async()
