"""`manage.py demo_data`: fill the database with a realistic KPU-style body for trying out.

Idempotent; refuses to run in production mode (DJANGO_DEBUG=false) unless --force, because it
creates staff accounts with a known password.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from informasi import demo as informasi_demo
from permohonan import demo as permohonan_demo
from portal import demo as portal_demo
from portal import demo_berita


class Command(BaseCommand):
    help = "Isi basis data dengan data contoh (unit kerja, petugas, katalog, halaman, permohonan)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even when DEBUG is off (creates accounts with a known password).",
        )

    def handle(self, *args, force: bool = False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "Demo data creates staff accounts with a known password; "
                "run it with DJANGO_DEBUG=true, or pass --force."
            )
        with transaction.atomic():
            informasi_demo.isi()
            portal_demo.isi()
            permohonan_demo.isi()
            demo_berita.isi()
        self.stdout.write(
            self.style.SUCCESS(
                "Data contoh siap. Akun petugas: "
                + ", ".join(u[0] for u in informasi_demo.PETUGAS)
                + f" — kata sandi: {informasi_demo.KATA_SANDI_DEMO}"
            )
        )
