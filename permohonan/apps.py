from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PermohonanConfig(AppConfig):
    name = "permohonan"
    verbose_name = _("Layanan informasi")

    def ready(self):
        from permohonan import checks  # noqa: F401  (registers the deploy checks)
