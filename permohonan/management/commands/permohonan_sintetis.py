"""`manage.py permohonan_sintetis --count 200000`: synthetic requests for benchmarks.

Rows only (bulk inserts, no files, no mail, no registration numbers from NomorUrut): numbers
are `X<label>-<n>`, so they never collide with real ones. Spread over units, channels,
states and the last three years. Idempotent per label.
"""

import random
from datetime import datetime, time, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from informasi.models import UnitKerja
from permohonan.models import Pemohon, Permohonan

STATUS = ["selesai"] * 7 + ["diproses", "diperpanjang", "dicabut"]
HASIL = ["dikabulkan_seluruhnya"] * 5 + ["dikabulkan_sebagian", "ditolak", "tidak_dikuasai"]


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
        rng = random.Random(seed)  # noqa: S311 - test data, not security
        hari_ini = timezone.localdate()
        awal = Permohonan.objects.filter(nomor__startswith=f"X{label}-").count()
        for dari in range(awal, count, batch):
            with transaction.atomic():
                pemohon = Pemohon.objects.bulk_create(
                    Pemohon(
                        jenis="perorangan",
                        nama=f"Pemohon Sintetis {n}",
                        nik="3374010101900001",
                        berkas_identitas="identitas/sintetis.pdf",
                        alamat="Alamat sintetis",
                        email=f"sintetis{n}@contoh.invalid",
                    )
                    for n in range(dari, min(dari + batch, count))
                )
                baris = []
                for n, p in zip(range(dari, dari + len(pemohon)), pemohon, strict=True):
                    tanggal = hari_ini - timedelta(days=rng.randint(0, 1000))
                    status = rng.choice(STATUS)
                    diterima = timezone.make_aware(datetime.combine(tanggal, time(9)))
                    selesai = (
                        diterima + timedelta(days=rng.randint(1, 20))
                        if status in ("selesai", "dicabut")
                        else None
                    )
                    baris.append(
                        Permohonan(
                            nomor=f"X{label}-{n}",
                            pemohon=p,
                            unit_kerja_id=rng.choice(units),
                            rincian="Salinan dokumen sintetis.",
                            tujuan="Pengukuran kinerja.",
                            cara_memperoleh="salinan_softcopy",
                            kanal=rng.choice(["online", "online", "surat", "email"]),
                            diterima_pada=diterima,
                            tanggal_terima=tanggal,
                            jatuh_tempo=tanggal + timedelta(days=14),
                            status=status,
                            hasil=rng.choice(HASIL) if status == "selesai" else "",
                            selesai_pada=selesai,
                            dijawab_pertama_pada=selesai if status == "selesai" else None,
                            token_hash="0" * 64,
                            dapat_dipublikasikan=n % 3 == 0,
                        )
                    )
                Permohonan.objects.bulk_create(baris)
        self.stdout.write(self.style.SUCCESS(f"{max(count - awal, 0)} permohonan sintetis."))
