"""Queue again the jobs a dead worker left unfinished (also a job every 5 minutes)."""

import asyncio
from concurrent.futures import ThreadPoolExecutor

from django.core.management.base import BaseCommand

from permohonan.tasks import ulangi_pekerjaan_macet_async


class Command(BaseCommand):
    help = (
        "Jobs still marked running by a worker whose heartbeat is older than "
        "PEKERJA_BATAS_DETAK_MENIT are queued again (failed after 5 such interruptions)."
    )

    def handle(self, *args, **options):
        # Its own thread and event loop: the caller's thread may already run one (a shell, a
        # test using an async library), where async_to_sync refuses to work.
        with ThreadPoolExecutor(max_workers=1) as pelaksana:
            diulang, digagalkan = pelaksana.submit(
                asyncio.run, ulangi_pekerjaan_macet_async()
            ).result()
        self.stdout.write(
            f"{len(diulang)} pekerjaan diulang, {len(digagalkan)} digagalkan."
            + (f" Diulang: {diulang}." if diulang else "")
        )
