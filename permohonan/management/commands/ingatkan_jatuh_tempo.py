"""`manage.py ingatkan_jatuh_tempo`: e-mail PPID staff the open requests that are overdue
or due within 2 working days (the daily reminder; the worker runs it every morning, see
permohonan/tasks.py; the messages are queued and delivered by the worker).

Each PPID Utama / PPID Pelaksana with an e-mail address gets one message listing the
requests of the units they handle.
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from permohonan import akses, kalender
from permohonan.models import Keberatan, Permohonan
from permohonan.selectors import libur_aktif
from permohonan.tasks import kirim_surel

SEGERA = 2  # working days


class Command(BaseCommand):
    help = "Kirim pengingat permohonan yang terlambat atau jatuh tempo dalam 2 hari kerja."

    def handle(self, *args, **options):
        hari_ini = timezone.localdate()
        libur = libur_aktif(hari_ini)
        batas_segera = kalender.tambah_hari_kerja(hari_ini, SEGERA, libur)
        terkirim = 0
        for user in akses.staf_dengan_izin(akses.PERMOHONAN, "pemberitahuan"):
            terbuka = akses.permohonan_terjangkau(user).filter(
                status__in=Permohonan.STATUS_TERBUKA
            )
            daftar = [
                p
                for p in terbuka.select_related("unit_kerja").order_by("jatuh_tempo")
                if p.batas_waktu <= batas_segera
            ]
            if not daftar:
                continue
            baris = [
                f"- {p.nomor} ({p.unit_kerja.nama}): batas "
                + kalender.format_tanggal(p.batas_waktu)
                + (" — TERLAMBAT" if p.terlambat(hari_ini) else "")
                for p in daftar
            ]
            kirim_surel.defer(
                kepada=[user.email],
                subjek=f"[PPID] {len(daftar)} permohonan perlu dijawab",
                isi=(
                    "Permohonan berikut terlambat atau jatuh tempo dalam "
                    f"{SEGERA} hari kerja (UU 14/2008 Pasal 22 ayat 7):\n\n" + "\n".join(baris)
                ),
            )
            terkirim += 1
        terkirim += self._keberatan(hari_ini, batas_segera)
        self.stdout.write(f"{terkirim} pengingat diantrekan.")

    def _keberatan(self, hari_ini, batas_segera) -> int:
        """The Atasan PPID's objections due within 2 working days or overdue (Pasal 36 ayat 2)."""
        terkirim = 0
        for user in akses.staf_dengan_izin(akses.KEBERATAN, "putuskan"):
            daftar = list(
                akses.keberatan_terjangkau(user)
                .filter(status__in=Keberatan.STATUS_TERBUKA, jatuh_tempo__lte=batas_segera)
                .select_related("permohonan")
                .order_by("jatuh_tempo")
            )
            if not daftar:
                continue
            kirim_surel.defer(
                kepada=[user.email],
                subjek=f"[PPID] {len(daftar)} keberatan perlu ditanggapi",
                isi=(
                    "Keberatan berikut terlambat atau jatuh tempo dalam "
                    f"{SEGERA} hari kerja (UU 14/2008 Pasal 36 ayat 2):\n\n"
                    + "\n".join(
                        f"- {k.nomor} (permohonan {k.permohonan.nomor}): batas "
                        + kalender.format_tanggal(k.jatuh_tempo)
                        + (" — TERLAMBAT" if k.terlambat(hari_ini) else "")
                        for k in daftar
                    )
                ),
            )
            terkirim += 1
        return terkirim
