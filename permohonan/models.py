"""Information requests, notices, objections and the working-day calendar.

The request workflow follows UU 14/2008 Pasal 22 and Perki 1/2021 (DOMAIN.md §3–4).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class HariLibur(models.Model):
    """A day off that deadlines skip: national holiday, cuti bersama or a decreed day.

    Seeded from the `holidays` package (`manage.py perbarui_hari_libur`); staff add decreed
    days (e.g. an election day) and switch days off, since the SKB on cuti bersama can change
    mid-year (DOMAIN.md §4).
    """

    class Jenis(models.TextChoices):
        LIBUR_NASIONAL = "libur_nasional", _("Libur nasional")
        CUTI_BERSAMA = "cuti_bersama", _("Cuti bersama")
        LAINNYA = "lainnya", _("Lainnya (ditetapkan khusus)")

    class Sumber(models.TextChoices):
        PUSTAKA = "pustaka", _("Pustaka holidays")
        PETUGAS = "petugas", _("Ditambahkan petugas")

    tanggal = models.DateField(_("tanggal"), unique=True)
    nama = models.CharField(_("nama"), max_length=200)
    jenis = models.CharField(_("jenis"), max_length=20, choices=Jenis.choices)
    sumber = models.CharField(
        _("sumber"), max_length=10, choices=Sumber.choices, default=Sumber.PETUGAS, editable=False
    )
    aktif = models.BooleanField(
        _("aktif"),
        default=True,
        help_text=_("Matikan bila hari ini ternyata hari kerja (mis. cuti bersama dibatalkan)."),
    )
    dasar_hukum = models.CharField(
        _("dasar penetapan"),
        max_length=200,
        blank=True,
        help_text=_("mis. Keppres atau SKB yang menetapkan hari libur ini."),
    )

    class Meta:
        verbose_name = _("hari libur")
        verbose_name_plural = _("hari libur")
        ordering = ["tanggal"]

    def __str__(self) -> str:
        return f"{self.tanggal:%d-%m-%Y} {self.nama}"


class NomorUrut(models.Model):
    """The last registration number issued per kind and year (P-2026-00042, K-2026-00007).

    Incremented by one atomic UPDATE … RETURNING, so parallel submissions get unique,
    consecutive numbers and a number is never reused (Pasal 22 ayat (4): a number is given
    immediately).
    """

    awalan = models.CharField(_("awalan"), max_length=2)
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    terakhir = models.PositiveIntegerField(_("nomor terakhir"), default=0)

    class Meta:
        verbose_name = _("nomor urut")
        verbose_name_plural = _("nomor urut")
        constraints = [
            models.UniqueConstraint(fields=["awalan", "tahun"], name="nomorurut_unik"),
        ]

    def __str__(self) -> str:
        return f"{self.awalan}-{self.tahun}: {self.terakhir}"

    @classmethod
    def berikutnya(cls, awalan: str, tahun: int) -> str:
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {cls._meta.db_table} (awalan, tahun, terakhir) VALUES (%s, %s, 1)
                ON CONFLICT (awalan, tahun)
                DO UPDATE SET terakhir = {cls._meta.db_table}.terakhir + 1
                RETURNING terakhir
                """,  # noqa: S608 - table name from the model, values are parameters
                [awalan, tahun],
            )
            (nomor,) = cursor.fetchone()
        return f"{awalan}-{tahun}-{nomor:05d}"
