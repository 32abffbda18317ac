"""The site itself: the body's profile (contact details, service hours), static pages and
the news/activity feed (berita).

Static pages carry the service standards a body must publish (Perki 1/2021 Pasal 23, 47–48):
the PPID profile, the service charter (maklumat pelayanan), procedures.
"""

from __future__ import annotations

import re
import secrets
from pathlib import PurePath

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from informasi.models import tautan_whatsapp


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
    # What visitors who chose English read instead (empty: the Indonesian text is shown).
    jam_layanan_en = models.TextField(
        _("jam layanan (bahasa Inggris)"),
        blank=True,
        help_text=_("mis. 'Monday–Thursday: 08.00–16.00'. Kosong: jam layanan di atas."),
    )
    sambutan_en = models.TextField(
        _("sambutan di beranda (bahasa Inggris)"),
        blank=True,
        help_text=_("Markdown. Kosong: sambutan berbahasa Indonesia."),
    )
    peta = models.URLField(
        _("tautan peta lokasi"),
        blank=True,
        help_text=_("mis. tautan Google Maps atau OpenStreetMap ke kantor."),
    )
    instagram = models.URLField(_("Instagram"), blank=True)
    facebook = models.URLField(_("Facebook"), blank=True)
    x = models.URLField(_("X (Twitter)"), blank=True)
    tiktok = models.URLField(_("TikTok"), blank=True)
    youtube = models.URLField(_("YouTube"), blank=True)
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
        """The service hours, in English for visitors who chose it (when staff wrote them)."""
        teks = self.jam_layanan_en if _inggris() and self.jam_layanan_en else self.jam_layanan
        return [baris.strip() for baris in teks.splitlines() if baris.strip()]

    @property
    def sambutan_aktif(self) -> str:
        """The home page's intro in the visitor's language (Indonesian when not translated)."""
        return self.sambutan_en if _inggris() and self.sambutan_en else self.sambutan

    @property
    def sambutan_bahasa(self) -> str:
        return "en" if _inggris() and self.sambutan_en else "id"

    @property
    def whatsapp_tautan(self) -> str:
        return tautan_whatsapp(self.whatsapp)

    @property
    def media_sosial(self) -> list[tuple[str, str]]:
        """(name, address) of each channel the body runs, in the order visitors know them."""
        kanal = [
            ("Instagram", self.instagram),
            ("Facebook", self.facebook),
            ("X", self.x),
            ("TikTok", self.tiktok),
            ("YouTube", self.youtube),
        ]
        return [(nama, url) for nama, url in kanal if url]


def _inggris() -> bool:
    return (get_language() or "").startswith("en")


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
    di_menu = models.BooleanField(
        _("tampilkan di menu utama"),
        default=False,
        help_text=_(
            "mis. Standar Layanan (SOP, SK PPID, struktur) atau Laporan Layanan. Halaman lain "
            "tampil di kaki halaman."
        ),
    )
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


class KategoriBerita(models.Model):
    """A news section, e.g. Berita Terkini, Kegiatan, Pengumuman, Pendidikan Pemilih."""

    # The usual sections of a KPU office (also created by migration 0003).
    AWAL = [
        ("Berita Terkini", "berita-terkini"),
        ("Kegiatan", "kegiatan"),
        ("Pengumuman", "pengumuman"),
        ("Pendidikan Pemilih", "pendidikan-pemilih"),
    ]

    nama = models.CharField(_("nama"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        verbose_name = _("kategori berita")
        verbose_name_plural = _("kategori berita")
        ordering = ["urutan", "nama"]

    def __str__(self) -> str:
        return self.nama


class TagBerita(models.Model):
    nama = models.CharField(_("nama"), max_length=60, unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)

    class Meta:
        verbose_name = _("tag berita")
        verbose_name_plural = _("tag berita")
        ordering = ["nama"]

    def __str__(self) -> str:
        return self.nama


def paragraf_pertama(markdown: str, batas: int = 300) -> str:
    """The first paragraph of a Markdown text as plain words (at most `batas` characters)."""
    for blok in markdown.replace("\r\n", "\n").split("\n\n"):
        if blok.lstrip().startswith("#"):
            continue  # a heading is not the opening paragraph
        teks = " ".join(blok.split())
        teks = re.sub(r"[*_`#>]+|!?\[([^\]]*)\]\([^)]*\)", lambda m: m.group(1) or "", teks)
        teks = " ".join(teks.split())
        if teks:
            return teks if len(teks) <= batas else teks[: batas - 1].rsplit(" ", 1)[0] + "…"
    return ""


class BeritaQuerySet(models.QuerySet):
    def tayang(self, sekarang=None) -> BeritaQuerySet:
        """Published and due: a scheduled item appears by itself once its time has come —
        a condition of the query, not a job that flips a flag."""
        return self.filter(
            status=Berita.Status.TERBIT, terbit_pada__lte=sekarang or timezone.now()
        )


def _unggah_gambar(berita: Berita, nama: str) -> str:
    # The original upload is never linked from a page; a random name keeps it (and whatever
    # its metadata holds) from being found by guessing the camera's file name.
    akhiran = PurePath(nama).suffix.lower()
    return f"berita/{timezone.localdate():%Y/%m}/{secrets.token_hex(12)}{akhiran}"


class Berita(models.Model):
    """A news or activity item written by an editor (DESIGN.md `portal.Berita`)."""

    class Status(models.TextChoices):
        DRAF = "draf", _("Draf")
        TERBIT = "terbit", _("Terbit (atau terjadwal bila waktunya belum tiba)")

    judul = models.CharField(_("judul"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=120, unique=True, help_text=_("Bagian alamat berita.")
    )
    dateline = models.CharField(
        _("dateline"),
        max_length=120,
        blank=True,
        help_text=_(
            "Tempat dan sumber di awal berita, mis. “Semarang, kota-semarang.kpu.go.id –”. "
            "Tampil tebal di depan paragraf pertama."
        ),
    )
    lead = models.TextField(
        _("teras berita"),
        max_length=500,
        blank=True,
        help_text=_(
            "Ringkasan satu-dua kalimat untuk daftar berita dan tautan yang dibagikan. Kosong: "
            "paragraf pertama isi berita."
        ),
    )
    isi = models.TextField(
        _("isi"), help_text=_("Markdown: **tebal**, - daftar, [tautan](https://…). Tanpa HTML.")
    )
    gambar = models.ImageField(
        _("foto sampul"),
        upload_to=_unggah_gambar,
        blank=True,
        width_field="gambar_lebar",
        height_field="gambar_tinggi",
        help_text=_("JPEG, PNG atau WebP, paling besar 8 MB, lebar minimal 1200 piksel."),
    )
    gambar_lebar = models.PositiveIntegerField(null=True, editable=False)
    gambar_tinggi = models.PositiveIntegerField(null=True, editable=False)
    alt_gambar = models.CharField(
        _("teks alternatif foto"),
        max_length=250,
        blank=True,
        help_text=_("Apa yang tampak di foto, untuk pembaca layar. Wajib bila ada foto."),
    )
    keterangan_gambar = models.CharField(_("keterangan foto"), max_length=300, blank=True)
    kredit_foto = models.CharField(
        _("kredit foto"), max_length=120, blank=True, help_text=_("mis. awh/KPU Kota Semarang")
    )
    inisial = models.CharField(
        _("inisial penulis/editor"), max_length=30, blank=True, help_text=_("mis. rhd/ed")
    )
    kategori = models.ForeignKey(
        KategoriBerita, verbose_name=_("kategori"), on_delete=models.PROTECT, related_name="berita"
    )
    tag = models.ManyToManyField(
        TagBerita, verbose_name=_("tag"), blank=True, related_name="berita"
    )
    unit_kerja = models.ForeignKey(
        "informasi.UnitKerja",
        verbose_name=_("unit kerja"),
        on_delete=models.PROTECT,
        related_name="berita",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAF
    )
    terbit_pada = models.DateTimeField(
        _("waktu terbit"),
        default=timezone.now,
        help_text=_("Isi waktu yang akan datang untuk menjadwalkan; berita tampil sendiri."),
    )
    dilihat = models.PositiveIntegerField(_("dilihat"), default=0, editable=False)
    # Renditions, made once when the cover image changes (portal.gambar).
    gambar_kecil = models.ImageField(
        editable=False, blank=True, width_field="kecil_lebar", height_field="kecil_tinggi"
    )
    kecil_lebar = models.PositiveIntegerField(null=True, editable=False)
    kecil_tinggi = models.PositiveIntegerField(null=True, editable=False)
    gambar_halaman = models.ImageField(
        editable=False, blank=True, width_field="halaman_lebar", height_field="halaman_tinggi"
    )
    halaman_lebar = models.PositiveIntegerField(null=True, editable=False)
    halaman_tinggi = models.PositiveIntegerField(null=True, editable=False)
    gambar_sosial = models.ImageField(editable=False, blank=True)
    vektor = models.GeneratedField(
        expression=SearchVector("judul", weight="A", config="indonesian")
        + SearchVector("lead", weight="B", config="indonesian")
        + SearchVector("isi", weight="C", config="indonesian"),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    dibuat_pada = models.DateTimeField(_("dibuat pada"), auto_now_add=True)
    diperbarui_pada = models.DateTimeField(_("diperbarui pada"), auto_now=True)

    objects = BeritaQuerySet.as_manager()

    class Meta:
        verbose_name = _("berita")
        verbose_name_plural = _("berita")
        ordering = ["-terbit_pada", "-id"]
        indexes = [
            models.Index(fields=["status", "-terbit_pada"], name="berita_tayang_idx"),
            models.Index(fields=["kategori", "-terbit_pada"], name="berita_kategori_idx"),
            models.Index(fields=["unit_kerja", "-terbit_pada"], name="berita_unit_idx"),
            GinIndex(fields=["vektor"], name="berita_vektor_idx"),
            # The sitemap's parts (portal.sitemaps.PaginatorBlok) and its latest lastmod.
            models.Index(
                fields=["id"],
                include=["terbit_pada", "slug", "diperbarui_pada"],
                condition=models.Q(status="terbit"),
                name="berita_peta_idx",
            ),
            models.Index(
                fields=["-diperbarui_pada"],
                condition=models.Q(status="terbit"),
                name="berita_peta_lastmod_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.judul

    def get_absolute_url(self) -> str:
        waktu = timezone.localtime(self.terbit_pada)
        return reverse(
            "portal:berita_detail",
            kwargs={"tahun": waktu.year, "bulan": f"{waktu.month:02d}", "slug": self.slug},
        )

    @property
    def ringkasan(self) -> str:
        """The summary lists, feeds and shared links show: the lead, else the first
        paragraph of the body as plain text."""
        return self.lead.strip() or paragraf_pertama(self.isi)

    @property
    def lead_terpisah(self) -> bool:
        """Whether the article shows the lead above the body: not when there is none, nor
        when the body already opens with it (it would be read twice)."""
        lead = " ".join(self.lead.split())
        return bool(lead) and lead != paragraf_pertama(self.isi)

    @property
    def kredit_foto_tampil(self) -> str:
        """The photo credit without a leading "Foto:" (the caption adds it)."""
        kredit = self.kredit_foto.strip()
        return kredit[5:].strip() if kredit.lower().startswith("foto:") else kredit

    @property
    def terjadwal(self) -> bool:
        return self.status == self.Status.TERBIT and self.terbit_pada > timezone.now()

    def clean(self) -> None:
        if self.gambar and not self.alt_gambar.strip():
            raise ValidationError(
                {"alt_gambar": ValidationError(_("Tulis teks alternatif foto."), code="alt_wajib")}
            )


class PembacaBerita(models.Model):
    """A reader already counted for an item in the last hour (the view counter of
    portal.views_berita). Nothing personal is kept: `pengunjung` is a keyed hash of the
    client address and user agent. Rows older than an hour are removed as items are read."""

    berita = models.ForeignKey(
        Berita, verbose_name=_("berita"), on_delete=models.CASCADE, related_name="+"
    )
    pengunjung = models.CharField(_("pengunjung (hash)"), max_length=64)
    pada = models.DateTimeField(_("dihitung pada"))

    class Meta:
        verbose_name = _("pembaca berita")
        verbose_name_plural = _("pembaca berita")
        constraints = [
            models.UniqueConstraint(
                fields=["berita", "pengunjung"], name="pembacaberita_satu_per_pengunjung"
            ),
        ]
        indexes = [models.Index(fields=["pada"], name="pembacaberita_pada_idx")]

    def __str__(self) -> str:
        return f"{self.berita_id}/{self.pengunjung[:8]}"
