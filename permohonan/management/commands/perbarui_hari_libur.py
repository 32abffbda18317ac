"""`manage.py perbarui_hari_libur [--tahun 2026 2027]`: refresh days off from `holidays`.

National holidays (category PUBLIC) and cuti bersama (GOVERNMENT) of Indonesia. By default
every year a deadline may touch (DOMAIN.md §4 rule 6): from the oldest request, objection or
consequence test on record to two years ahead — so no year is ever counted as a year without
holidays. Run monthly by the worker (`tasks.perbarui_hari_libur_bulanan`) and by `make run`.
Days that staff added or switched off are left alone; a library day that is no longer in the
library is switched off, not deleted.
"""

import holidays
from django.core.management.base import BaseCommand
from django.db import transaction

from permohonan.models import HariLibur
from permohonan.selectors import tahun_diperlukan
from portal.cache_halaman import konten_berubah


class Command(BaseCommand):
    help = "Perbarui tabel hari libur dari pustaka holidays (libur nasional dan cuti bersama)."

    def add_arguments(self, parser):
        parser.add_argument("--tahun", type=int, nargs="+")

    @transaction.atomic
    def handle(self, *args, tahun=None, **options):
        tahun = tahun or tahun_diperlukan()
        kalender = {
            jenis: holidays.Indonesia(years=tahun, categories=(kategori,), language="id")
            for jenis, kategori in (
                (HariLibur.Jenis.LIBUR_NASIONAL, holidays.PUBLIC),
                (HariLibur.Jenis.CUTI_BERSAMA, holidays.GOVERNMENT),
            )
        }
        dari_pustaka = {}
        for jenis, hari in kalender.items():
            for tanggal, nama in hari.items():
                # A date can carry two names (e.g. a holiday on a cuti bersama): keep both.
                if tanggal in dari_pustaka:
                    nama = f"{dari_pustaka[tanggal][0]}; {nama}"
                    jenis = HariLibur.Jenis.LIBUR_NASIONAL
                dari_pustaka[tanggal] = (nama, jenis)

        ada = {h.tanggal: h for h in HariLibur.objects.filter(tanggal__year__in=tahun)}
        baru = diperbarui = 0
        for tanggal, (nama, jenis) in sorted(dari_pustaka.items()):
            hari = ada.get(tanggal)
            if hari is None:
                HariLibur.objects.create(
                    tanggal=tanggal, nama=nama, jenis=jenis, sumber=HariLibur.Sumber.PUSTAKA
                )
                baru += 1
            elif hari.sumber == HariLibur.Sumber.PUSTAKA and (hari.nama, hari.jenis) != (
                nama,
                jenis,
            ):
                hari.nama, hari.jenis = nama, jenis
                hari.save(update_fields=["nama", "jenis"])
                diperbarui += 1
        hilang = [
            h.pk
            for t, h in ada.items()
            if h.sumber == HariLibur.Sumber.PUSTAKA and h.aktif and t not in dari_pustaka
        ]
        HariLibur.objects.filter(pk__in=hilang).update(aktif=False)
        konten_berubah("permohonan")  # deadlines shown in public pages move
        self.stdout.write(
            f"Hari libur {', '.join(map(str, tahun))}: {baru} baru, {diperbarui} diperbarui, "
            f"{len(hilang)} dinonaktifkan."
        )
