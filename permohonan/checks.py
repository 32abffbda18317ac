"""System checks: the deployment (`check --deploy`) and the holiday table
(`check --database default`, also run by `migrate`)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register
from django.db import DatabaseError


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


@register(Tags.database)
def cakupan_hari_libur(app_configs, databases=None, **kwargs):
    """A deadline that crosses a year the holiday table does not cover is only an estimate
    (DOMAIN.md §4 rule 6): say so before anybody relies on one."""
    from permohonan.selectors import tahun_belum_tercakup

    if not databases:
        return []
    try:
        belum = tahun_belum_tercakup()
    except DatabaseError:  # before the first migrate
        return []
    if not belum:
        return []
    return [
        Warning(
            "The holiday table does not cover "
            + ", ".join(map(str, belum))
            + ": deadlines in those years are shown as estimates (perkiraan).",
            hint="Run `manage.py perbarui_hari_libur` (the worker does so every month).",
            id="permohonan.W002",
        )
    ]
