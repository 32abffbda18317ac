"""`manage.py bersihkan_berkas_sementara [--jam 24]`: delete abandoned temporary uploads.

A form shown again with errors keeps its uploads in private storage (sementara/) so nobody
uploads twice; a submission that is never completed leaves them behind. Personal data is
kept no longer than needed (UU 27/2022), so they are deleted after a day.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from permohonan.penyimpanan import privat


class Command(BaseCommand):
    help = "Hapus unggahan sementara yang ditinggalkan (lebih tua dari --jam)."

    def add_arguments(self, parser):
        parser.add_argument("--jam", type=int, default=24)

    def handle(self, *args, jam: int, **options):
        if not privat.exists("sementara"):
            self.stdout.write("0 berkas sementara dihapus.")
            return
        batas = timezone.now() - timedelta(hours=jam)
        _folders, berkas = privat.listdir("sementara")
        dihapus = 0
        for nama in berkas:
            path = f"sementara/{nama}"
            if privat.get_modified_time(path) < batas:
                privat.delete(path)
                dihapus += 1
        self.stdout.write(f"{dihapus} berkas sementara dihapus.")
