"""The site itself: the body's profile (contact details, service hours) and static pages.

Static pages carry the service standards a body must publish (Perki 1/2021 Pasal 23, 47–48):
the PPID profile, the service charter (maklumat pelayanan), procedures.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class ProfilSitus(models.Model):
    """The public body running this portal: one row, edited by PPID Utama in the admin."""

    nama_badan = models.CharField(
        _("nama badan publik"), max_length=200, help_text=_("mis. Komisi Pemilihan Umum")
    )
    nama_ppid = models.CharField(
        _("nama PPID"), max_length=200, help_text=_("mis. PPID Komisi Pemilihan Umum")
    )
    alamat = models.TextField(_("alamat"))
    telepon = models.CharField(_("telepon"), max_length=60, blank=True)
    email = models.EmailField(_("e-mail layanan informasi"))
    whatsapp = models.CharField(_("WhatsApp"), max_length=40, blank=True)
    jam_layanan = models.TextField(
        _("jam layanan"),
        help_text=_("Satu baris per hari atau kelompok hari, mis. 'Senin–Kamis: 08.00–16.00'."),
    )
    sambutan = models.TextField(
        _("sambutan di beranda"),
        blank=True,
        help_text=_("Markdown. Ditampilkan di beranda di bawah judul."),
    )
    diperbarui_pada = models.DateTimeField(_("diperbarui pada"), auto_now=True)

    class Meta:
        verbose_name = _("profil situs")
        verbose_name_plural = _("profil situs")
        constraints = [
            models.CheckConstraint(condition=models.Q(pk=1), name="profilsitus_satu_baris"),
        ]

    def __str__(self) -> str:
        return self.nama_ppid

    def save(self, *args, **kwargs) -> None:
        self.pk = 1
        super().save(*args, **kwargs)

    @classmethod
    def muat(cls) -> ProfilSitus | None:
        return cls.objects.filter(pk=1).first()

    @property
    def jam_layanan_baris(self) -> list[str]:
        return [baris.strip() for baris in self.jam_layanan.splitlines() if baris.strip()]


class HalamanQuerySet(models.QuerySet):
    def terbit(self) -> HalamanQuerySet:
        return self.filter(diterbitkan=True)


class Halaman(models.Model):
    """A static page (Profil PPID, Maklumat Pelayanan, SOP …), written in Markdown."""

    # Pages with these slugs get a fixed place in the navigation.
    SLUG_PROFIL = "profil-ppid"
    SLUG_MAKLUMAT = "maklumat-pelayanan"

    judul = models.CharField(_("judul"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=_("Bagian alamat halaman: /halaman/<slug>/. Huruf kecil dan tanda hubung."),
    )
    ringkasan = models.CharField(
        _("ringkasan"),
        max_length=300,
        help_text=_("Satu atau dua kalimat; tampil di daftar halaman dan mesin pencari."),
    )
    isi = models.TextField(
        _("isi"), help_text=_("Markdown: # Judul, **tebal**, - daftar, [tautan](https://…).")
    )
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)
    diterbitkan = models.BooleanField(_("diterbitkan"), default=True)
    dibuat_pada = models.DateTimeField(_("dibuat pada"), auto_now_add=True)
    diperbarui_pada = models.DateTimeField(_("diperbarui pada"), auto_now=True)

    objects = HalamanQuerySet.as_manager()

    class Meta:
        verbose_name = _("halaman")
        verbose_name_plural = _("halaman")
        ordering = ["urutan", "judul"]

    def __str__(self) -> str:
        return self.judul

    def get_absolute_url(self) -> str:
        return reverse("portal:halaman", kwargs={"slug": self.slug})

    def clean(self) -> None:
        if self.slug in {self.SLUG_PROFIL, self.SLUG_MAKLUMAT} and not self.diterbitkan:
            raise ValidationError(
                {
                    "diterbitkan": ValidationError(
                        _("Halaman ini wajib diumumkan dan tidak boleh disembunyikan."),
                        code="halaman_wajib",
                    )
                }
            )
