"""`manage.py cadangkan <folder>`: a consistent backup of the database and of the uploaded
files, with a checksum manifest (portal/cadangan.py; docs/operations.md "Backups")."""

from pathlib import Path

from django.core.management.base import BaseCommand

from portal import cadangan


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump) and MEDIA_ROOT + PRIVATE_MEDIA_ROOT into a new or "
        "empty folder, with row counts and a SHA256SUMS manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path, help="new or empty folder for the backup")

    def handle(self, *args, folder: Path, verbosity: int, **options):
        tulis = self.stdout.write if verbosity > 1 else (lambda _teks: None)
        info = cadangan.cadangkan(folder, tulis=tulis)
        if verbosity:
            self.stdout.write(
                f"Cadangan selesai: {folder.resolve()} — {len(info['jumlah_baris'])} tabel, "
                f"{sum(info['jumlah_baris'].values())} baris, {info['berkas_dirujuk']} "
                f"berkas dirujuk. Periksa dengan: cd {folder} && sha256sum -c {cadangan.MANIFEST}"
            )
