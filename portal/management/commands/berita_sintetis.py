"""`manage.py berita_sintetis --count 20000`: synthetic news items for benchmarks (rows
only, no pictures), spread over categories, units and the last five years. Idempotent per
label."""

import random
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from informasi.models import UnitKerja
from portal.cache_halaman import konten_berubah
from portal.models import Berita, KategoriBerita

KATA = (
    "rapat koordinasi sosialisasi pemilih pemula pemutakhiran data kampanye logistik "
    "rekapitulasi suara seleksi badan adhoc simulasi pemungutan anggaran hibah kunjungan"
).split()


class Command(BaseCommand):
    help = "Buat berita sintetis untuk pengukuran kinerja."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000)
        parser.add_argument("--batch", type=int, default=2000)
        parser.add_argument("--label", default="a")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, count, batch, label, seed, **options):
        rng = random.Random(seed)  # noqa: S311 - test data, not security
        units = list(UnitKerja.objects.values_list("pk", flat=True))
        kategori = list(KategoriBerita.objects.values_list("pk", flat=True))
        sekarang = timezone.now()
        awal = Berita.objects.filter(slug__startswith=f"sintetis-{label}-").count()
        for dari in range(awal, count, batch):
            with transaction.atomic():
                Berita.objects.bulk_create(
                    Berita(
                        judul=" ".join(rng.sample(KATA, 6)).capitalize() + f" {n}",
                        slug=f"sintetis-{label}-{n}",
                        lead=" ".join(rng.choices(KATA, k=20)).capitalize() + ".",
                        isi=" ".join(rng.choices(KATA, k=200)).capitalize() + ".",
                        kategori_id=rng.choice(kategori),
                        unit_kerja_id=rng.choice(units),
                        status=Berita.Status.TERBIT,
                        terbit_pada=sekarang - timedelta(minutes=rng.randint(60, 5 * 525600)),
                    )
                    for n in range(dari, min(dari + batch, count))
                )
        konten_berubah("portal")  # bulk_create sends no signals
        self.stdout.write(self.style.SUCCESS(f"{max(count - awal, 0)} berita sintetis."))
