from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Situs portal")

    def ready(self) -> None:
        from portal.roles import sinkronkan_peran

        # Permissions exist only after every app has migrated, so the groups' permissions
        # are (re)applied after each migrate run; the groups themselves come from a migration.
        post_migrate.connect(sinkronkan_peran, sender=self)
