"""`manage.py pulihkan <folder>`: restore a backup of `cadangkan` into an EMPTY database and
empty MEDIA_ROOT / PRIVATE_MEDIA_ROOT; refuses anything else (portal/cadangan.py)."""

from pathlib import Path

from django.core.management.base import BaseCommand

from portal import cadangan


class Command(BaseCommand):
    help = (
        "Restore a backup folder written by `cadangkan` into an empty database (no tables; "
        "do not migrate first) and empty upload folders. Checks every checksum first and "
        "every table's row count after."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path, help="a folder written by `cadangkan`")

    def handle(self, *args, folder: Path, verbosity: int, **options):
        tulis = self.stdout.write if verbosity > 1 else (lambda _teks: None)
        info = cadangan.pulihkan(folder, tulis=tulis)
        if verbosity:
            self.stdout.write(
                f"Pemulihan selesai: cadangan {info['dibuat_pada']}, "
                f"{len(info['jumlah_baris'])} tabel dengan jumlah baris yang sama. Jalankan "
                "`manage.py migrate` bila kode lebih baru dari cadangan."
            )
