"""`manage.py bersihkan_berkas_sementara [--jam 24]`: delete abandoned temporary uploads.

A form shown again with errors keeps its uploads so nobody uploads twice: the request and
objection forms in private storage (sementara/), the news form's cover picture in the
default storage (sementara/berita/). A submission that is never completed leaves them
behind. Personal data is kept no longer than needed (UU 27/2022), so they are deleted after
a day.
"""

from datetime import timedelta

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.utils import timezone

from permohonan.penyimpanan import privat


class Command(BaseCommand):
    help = "Hapus unggahan sementara yang ditinggalkan (lebih tua dari --jam)."

    def add_arguments(self, parser):
        parser.add_argument("--jam", type=int, default=24)

    def handle(self, *args, jam: int, **options):
        batas = timezone.now() - timedelta(hours=jam)
        dihapus = 0
        for storage, folder in ((privat, "sementara"), (default_storage, "sementara/berita")):
            if not storage.exists(folder):
                continue
            _folders, berkas = storage.listdir(folder)
            for nama in berkas:
                path = f"{folder}/{nama}"
                if storage.get_modified_time(path) < batas:
                    storage.delete(path)
                    dihapus += 1
        self.stdout.write(f"{dihapus} berkas sementara dihapus.")
