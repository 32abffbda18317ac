"""`manage.py bersihkan_halaman`: drop every stored public page (portal/cache_halaman.py).

Never needed after changes made through the portal (they renew the pages by themselves);
for data changed directly in the database, e.g. with psql.
"""

from django.core.management.base import BaseCommand

from portal.cache_halaman import kosongkan


class Command(BaseCommand):
    help = "Drop every stored public page (after changing data directly in the database)."

    def handle(self, *args, **options):
        kosongkan()
        self.stdout.write(self.style.SUCCESS("Halaman tersimpan dihapus."))
