"""`manage.py permohonan_sintetis --count 200000`: synthetic requests for benchmarks.

Rows only (bulk inserts, no files, no mail, no registration numbers from NomorUrut): numbers
are `X<label>-<n>`, so they never collide with real ones. Spread over units, channels,
states and the last three years. Idempotent per label.
"""

from django.core.management.base import BaseCommand, CommandError

from informasi.models import UnitKerja
from permohonan.services.sintetis import buat_permohonan_sintetis
from portal.cache_halaman import konten_berubah


class Command(BaseCommand):
    help = "Buat permohonan sintetis untuk pengukuran kinerja."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000)
        parser.add_argument("--batch", type=int, default=5000)
        parser.add_argument("--label", default="a")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, count, batch, label, seed, **options):
        units = list(UnitKerja.objects.values_list("pk", flat=True))
        if not units:
            raise CommandError("Belum ada unit kerja: jalankan `manage.py demo_data` dulu.")
        dibuat = buat_permohonan_sintetis(
            units=units, count=count, batch=batch, label=label, seed=seed
        )
        konten_berubah("permohonan")  # bulk_create sends no signals
        self.stdout.write(self.style.SUCCESS(f"{dibuat} permohonan sintetis."))
