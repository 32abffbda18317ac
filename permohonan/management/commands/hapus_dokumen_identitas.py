"""`manage.py hapus_dokumen_identitas [--dry-run]`: delete identity scans and powers of
attorney whose retention period has ended (UU 27/2022; DOMAIN.md §11;
PERMOHONAN_RETENSI_IDENTITAS_BULAN months after the request and every objection and dispute
on it were closed). `--dry-run` lists them and deletes nothing. The worker runs it daily
(`permohonan.tasks.hapus_dokumen_identitas_harian`)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from permohonan.services.retensi import dokumen_kedaluwarsa, hapus_dokumen_kedaluwarsa


class Command(BaseCommand):
    help = "Hapus pindaian identitas dan surat kuasa yang masa retensinya berakhir."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Hanya tampilkan yang akan dihapus; tidak menghapus apa pun.",
        )

    def handle(self, *args, dry_run: bool, **options):
        bulan = settings.PERMOHONAN_RETENSI_IDENTITAS_BULAN
        daftar = dokumen_kedaluwarsa() if dry_run else hapus_dokumen_kedaluwarsa()
        for item in daftar if options["verbosity"] >= 1 else ():
            p = item.permohonan
            for kode, nama in sorted(item.dokumen.items()):
                self.stdout.write(f"{p.nomor}\t{p.selesai_pada:%Y-%m-%d}\t{kode}\t{nama}")
        jumlah = sum(len(item.dokumen) for item in daftar)
        if dry_run:
            self.stdout.write(
                f"{jumlah} dokumen dari {len(daftar)} permohonan akan dihapus "
                f"(masa retensi {bulan} bulan); --dry-run: tidak ada yang dihapus."
            )
        else:
            self.stdout.write(f"{jumlah} dokumen dari {len(daftar)} permohonan dihapus.")
