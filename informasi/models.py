"""Organisational units (satuan kerja) and the staff who work in them.

The unit tree decides who may see what: a PPID Pelaksana works on the requests and catalogue
entries of their own unit and its sub-units (DESIGN.md, "Who may do what").
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.indexes import OpClass
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Value
from django.db.models.functions import Concat, Substr
from django.utils.translation import gettext_lazy as _


class UnitKerjaQuerySet(models.QuerySet):
    def subtree(self, unit: UnitKerja) -> UnitKerjaQuerySet:
        """The unit itself and every unit below it."""
        return self.filter(jalur__startswith=unit.jalur)


class UnitKerja(models.Model):
    """A satuan kerja: KPU RI, a KPU Provinsi, a KPU Kabupaten/Kota, a bureau or section."""

    class Jenis(models.TextChoices):
        PUSAT = "pusat", _("Pusat")
        PROVINSI = "provinsi", _("Provinsi")
        KABUPATEN_KOTA = "kabupaten_kota", _("Kabupaten/Kota")
        BIRO = "biro", _("Biro / Bagian")
        SUBBAGIAN = "subbagian", _("Subbagian")

    nama = models.CharField(_("nama"), max_length=200)
    singkatan = models.CharField(_("singkatan"), max_length=60, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    jenis = models.CharField(_("jenis"), max_length=20, choices=Jenis.choices)
    induk = models.ForeignKey(
        "self",
        verbose_name=_("unit induk"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sub_unit",
        help_text=_("Kosongkan hanya untuk unit tertinggi (mis. KPU RI)."),
    )
    # Materialised path of zero-padded primary keys ("/00000001/00000004/"), kept by save():
    # a whole subtree is one indexed prefix match, and ordering by it lists the tree in order.
    jalur = models.CharField(_("jalur"), max_length=255, editable=False)
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)
    alamat = models.TextField(_("alamat"), blank=True)
    telepon = models.CharField(_("telepon"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    objects = UnitKerjaQuerySet.as_manager()

    class Meta:
        verbose_name = _("unit kerja")
        verbose_name_plural = _("unit kerja")
        ordering = ["jalur"]
        indexes = [
            models.Index(
                OpClass("jalur", name="varchar_pattern_ops"), name="unitkerja_jalur_prefix_idx"
            ),
        ]

    def __str__(self) -> str:
        return self.nama

    @transaction.atomic
    def save(self, *args, **kwargs) -> None:
        old_jalur = self.jalur
        if not self.pk:
            super().save(*args, **kwargs)
            kwargs = {}
        self.jalur = f"{self.induk.jalur if self.induk_id else '/'}{self.pk:08d}/"
        super().save(*args, **kwargs)
        if old_jalur and old_jalur != self.jalur:
            # The unit moved: move its whole subtree with it, in one statement.
            UnitKerja.objects.filter(jalur__startswith=old_jalur).exclude(pk=self.pk).update(
                jalur=Concat(Value(self.jalur), Substr("jalur", len(old_jalur) + 1))
            )

    @property
    def kedalaman(self) -> int:
        return self.jalur.strip("/").count("/")

    def clean(self) -> None:
        if self.induk_id and self.pk and self.induk.jalur.startswith(self.jalur or "\0"):
            raise ValidationError(
                {
                    "induk": ValidationError(
                        _("Unit induk tidak boleh unit ini sendiri atau sub-unitnya."),
                        code="induk_berulang",
                    )
                }
            )


class Petugas(models.Model):
    """The unit and position of a staff account (used for scoping and for signatures)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("akun"),
        on_delete=models.CASCADE,
        related_name="petugas",
    )
    unit_kerja = models.ForeignKey(
        UnitKerja,
        verbose_name=_("unit kerja"),
        on_delete=models.PROTECT,
        related_name="petugas",
    )
    jabatan = models.CharField(
        _("jabatan"),
        max_length=200,
        help_text=_("Ditulis di bawah tanda tangan pada surat, mis. 'Sekretaris KPU Kota'."),
    )
    nip = models.CharField(_("NIP"), max_length=30, blank=True)

    class Meta:
        verbose_name = _("petugas")
        verbose_name_plural = _("petugas")

    def __str__(self) -> str:
        return f"{self.user.get_full_name() or self.user.get_username()} — {self.jabatan}"
