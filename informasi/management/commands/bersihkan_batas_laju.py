"""`manage.py bersihkan_batas_laju`: delete rate-limit counters whose window has ended
(informasi.batas_laju). Run daily by the worker (permohonan.tasks.bersihkan_harian)."""

from django.core.management.base import BaseCommand

from informasi.batas_laju import hapus_kedaluwarsa


class Command(BaseCommand):
    help = "Hapus penghitung batas laju yang jendelanya sudah berakhir."

    def handle(self, *args, **options):
        self.stdout.write(f"{hapus_kedaluwarsa()} penghitung dihapus.")
