"""`manage.py periksa_pengecualian`: the daily check of exemptions (DOMAIN.md §5, expiry).

- Warns PPID staff once, 30 working days before an exemption's end date, so the PPID can
  declare the information public in time or review the test.
- Marks exemptions whose end date has come as berakhir: the information is open again and
  the DIK lists it so.
The worker runs it every morning (permohonan/tasks.py).
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from permohonan import akses, kalender, services
from permohonan.models import UjiKonsekuensi
from permohonan.selectors import libur_aktif
from permohonan.tasks import kirim_surel

# Perki 1/2021 [B]: the PPID may declare the information public up to 30 working days before
# the exemption ends.
PERINGATAN_HARI_KERJA = 30


class Command(BaseCommand):
    help = "Peringatkan pengecualian yang akan berakhir dan tandai yang sudah berakhir."

    def handle(self, *args, **options):
        hari_ini = timezone.localdate()
        berakhir = services.akhiri_uji_konsekuensi(hari_ini=hari_ini)
        libur = libur_aktif(hari_ini)
        batas = kalender.tambah_hari_kerja(hari_ini, PERINGATAN_HARI_KERJA, libur)
        diingatkan = set()
        for user in akses.staf_dengan_izin(akses.UJI, "lihat"):
            daftar = list(
                akses.uji_terjangkau(user)
                .filter(
                    status=UjiKonsekuensi.Status.DITETAPKAN,
                    berlaku_sampai__lte=batas,
                    diingatkan_pada__isnull=True,
                )
                .select_related("unit_kerja")
                .order_by("berlaku_sampai")
            )
            if not daftar:
                continue
            kirim_surel.defer(
                kepada=[user.email],
                subjek=f"[PPID] {len(daftar)} pengecualian informasi akan berakhir",
                isi=(
                    "Pengecualian berikut berakhir dalam "
                    f"{PERINGATAN_HARI_KERJA} hari kerja. Informasinya menjadi terbuka pada "
                    "tanggal itu; tinjau kembali bila perlu:\n\n"
                    + "\n".join(
                        f"- {u.informasi} ({u.nomor_keputusan}, {u.unit_kerja.nama}): "
                        + kalender.format_tanggal(u.berlaku_sampai)
                        for u in daftar
                    )
                ),
            )
            diingatkan.update(u.pk for u in daftar)
        UjiKonsekuensi.objects.filter(pk__in=diingatkan).update(diingatkan_pada=hari_ini)
        self.stdout.write(f"{berakhir} berakhir, {len(diingatkan)} diperingatkan.")
