"""`manage.py informasi_sintetis --count 100000`: generate synthetic catalogue entries.

For benchmarks and query-count checks at scale. Entries are spread over every unit, category,
year and topic, some with documents (rows only, no files on disk: they point at links), and
their search vectors are filled in the same batches. Idempotent per run label: entries are
named `sintetis-<label>-<n>`; running again with the same label adds nothing.
"""

import random
import sys
import time
from datetime import date, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from informasi.models import Dokumen, Informasi, Topik, UnitKerja
from informasi.pencarian import perbarui_vektor
from informasi.selectors import lupakan_faset
from portal.cache_halaman import konten_berubah

KATA = (
    "laporan rekapitulasi daftar pemilih tetap anggaran keuangan kinerja sosialisasi logistik "
    "pengadaan keputusan jadwal tahapan pemilihan kampanye dana partisipasi masyarakat "
    "pemungutan suara penghitungan hasil verifikasi pencalonan distribusi rapat pleno "
    "permohonan informasi publik evaluasi rencana strategis kegiatan bimbingan teknis"
).split()
KATEGORI = ["berkala"] * 6 + ["setiap_saat"] * 3 + ["serta_merta"]


class Command(BaseCommand):
    help = "Buat entri Daftar Informasi Publik sintetis untuk pengukuran kinerja."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000)
        parser.add_argument("--batch", type=int, default=2000)
        parser.add_argument("--label", default="a", help="Distinguishes separate runs.")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, count: int, batch: int, label: str, seed: int, **options):
        units = list(UnitKerja.objects.values_list("pk", flat=True))
        if not units:
            raise CommandError("Belum ada unit kerja: jalankan `manage.py demo_data` dulu.")
        topik = list(Topik.objects.values_list("pk", flat=True))
        rng = random.Random(seed)  # noqa: S311 - test data, not security
        sekarang = timezone.now()
        awal = Informasi.objects.filter(slug__startswith=f"sintetis-{label}-").count()
        mulai = time.monotonic()
        for dari in range(awal, count, batch):
            sampai = min(dari + batch, count)
            with transaction.atomic():
                self._batch(rng, label, dari, sampai, units, topik, sekarang)
            self._progress(sampai, count, mulai)
        lupakan_faset()  # bulk_create sends no signals
        konten_berubah("informasi")
        self.stderr.write("")
        self.stdout.write(self.style.SUCCESS(f"{count - awal} entri sintetis dibuat."))

    def _batch(self, rng, label, dari, sampai, units, topik, sekarang):
        entri = []
        for n in range(dari, sampai):
            kata = rng.sample(KATA, 5)
            tahun = rng.randint(2019, 2026)
            kategori = rng.choice(KATEGORI)
            terbit = sekarang - timedelta(days=rng.randint(0, 2000), minutes=n % 1440)
            entri.append(
                Informasi(
                    slug=f"sintetis-{label}-{n}",
                    judul=f"{' '.join(kata[:3]).capitalize()} {tahun} nomor {n}",
                    ringkasan=" ".join(rng.choices(KATA, k=30)).capitalize() + ".",
                    kategori=kategori,
                    unit_kerja_id=rng.choice(units),
                    penanggung_jawab="Subbagian Teknis dan Hubungan Masyarakat",
                    tanggal_pembuatan=date(tahun, rng.randint(1, 12), rng.randint(1, 28)),
                    tempat_pembuatan="Jakarta",
                    retensi="5 tahun",
                    tahun=tahun,
                    status=Informasi.Status.TERBIT,
                    diterbitkan_pada=terbit,
                    berlaku_sampai=terbit + timedelta(days=14)
                    if kategori == "serta_merta"
                    else None,
                    terakhir_ditinjau=terbit.date(),
                    tinjau_berikutnya=terbit.date() + timedelta(days=182),
                    jumlah_dilihat=rng.randint(0, 5000),
                )
            )
        Informasi.objects.bulk_create(entri)
        through = Informasi.topik.through
        if topik:
            through.objects.bulk_create(
                [
                    through(informasi_id=i.pk, topik_id=t)
                    for i in entri
                    for t in rng.sample(topik, rng.randint(0, min(2, len(topik))))
                ]
            )
        Dokumen.objects.bulk_create(
            [
                Dokumen(
                    informasi_id=i.pk,
                    judul=f"Lampiran {i.judul}",
                    tautan=f"https://jdih.example.id/dokumen/{i.slug}.pdf",
                    format=rng.choice(["pdf", "pdf", "xlsx", "csv", "docx"]),
                )
                for i in entri
                if rng.random() < 0.6
            ]
        )
        perbarui_vektor(i.pk for i in entri)

    def _progress(self, selesai, total, mulai):
        lebar = 30
        isi = int(lebar * selesai / total)
        detik = time.monotonic() - mulai
        sys.stderr.write(f"\r[{'#' * isi}{'.' * (lebar - isi)}] {selesai}/{total} ({detik:.0f} s)")
        sys.stderr.flush()
