from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Situs portal")

    def ready(self) -> None:
        from PIL import Image

        from informasi.berkas import MAKS_MEGAPIKSEL
        from portal.cache_halaman import hubungkan_sinyal
        from portal.roles import sinkronkan_peran

        # Pillow's guard against decompression bombs wherever a picture is opened (uploads,
        # renditions, the letterhead logo in PDFs): a warning above our upload limit, an
        # error at twice it (by default it only warns above 89 megapixels).
        Image.MAX_IMAGE_PIXELS = MAKS_MEGAPIKSEL * 1_000_000

        # Permissions exist only after every app has migrated, so the groups' permissions
        # are (re)applied after each migrate run; the groups themselves come from a migration.
        post_migrate.connect(sinkronkan_peran, sender=self)
        # Stored public pages are out of date whenever their data changes.
        hubungkan_sinyal()
