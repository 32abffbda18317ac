"""System checks for deployments (`manage.py check --deploy`)."""

from django.conf import settings
from django.core.checks import Warning, register


@register(deploy=True)
def portal_url(app_configs, **kwargs):
    """E-mailed tracking links must lead to the public HTTPS address of the portal."""
    if settings.PORTAL_URL.startswith("https://"):
        return []
    return [
        Warning(
            f"PORTAL_URL is {settings.PORTAL_URL!r}: the links e-mailed to requesters would "
            "not reach the portal.",
            hint="Set PORTAL_URL to the portal's public https:// address.",
            id="permohonan.W001",
        )
    ]
