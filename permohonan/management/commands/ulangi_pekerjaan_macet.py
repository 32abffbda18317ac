"""Queue again the jobs a dead worker left unfinished (also a job every 5 minutes)."""

from asgiref.sync import async_to_sync
from django.core.management.base import BaseCommand

from permohonan.tasks import ulangi_pekerjaan_macet_async


class Command(BaseCommand):
    help = (
        "Jobs still marked running by a worker whose heartbeat is older than "
        "PEKERJA_BATAS_DETAK_MENIT are queued again (failed after 5 such interruptions)."
    )

    def handle(self, *args, **options):
        diulang, digagalkan = async_to_sync(ulangi_pekerjaan_macet_async)()
        self.stdout.write(
            f"{len(diulang)} pekerjaan diulang, {len(digagalkan)} digagalkan."
            + (f" Diulang: {diulang}." if diulang else "")
        )
