"""Objections to the Atasan PPID and disputes before the Komisi Informasi (UU 14/2008
Pasal 35–38; Perki 1/2021 Pasal 39–41; DOMAIN.md §6–7)."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils.translation import gettext_lazy as _

from permohonan.models.permohonan import Permohonan
from permohonan.penyimpanan import NamaAcak, catat_nama_asli, privat


class Keberatan(models.Model):
    """An objection to the Atasan PPID (UU 14/2008 Pasal 35–36; Perki 1/2021 Pasal 39–41;
    DOMAIN.md §6), always about one request; its own number and 30-working-day clock."""

    class Alasan(models.TextChoices):
        A = "a", _("a. Permohonan ditolak dengan alasan pengecualian (Pasal 17)")
        B = "b", _("b. Informasi berkala (Pasal 9) tidak disediakan")
        C = "c", _("c. Permohonan tidak ditanggapi")
        D = "d", _("d. Permohonan ditanggapi tidak sebagaimana yang diminta")
        E = "e", _("e. Permohonan tidak dipenuhi")
        F = "f", _("f. Biaya yang dikenakan tidak wajar")
        G = "g", _("g. Informasi disampaikan melebihi jangka waktu")

    class Status(models.TextChoices):
        DIAJUKAN = "diajukan", _("Diajukan")
        DIPROSES = "diproses", _("Diproses")
        SELESAI = "selesai", _("Selesai")
        DICABUT = "dicabut", _("Dicabut")

    class Keputusan(models.TextChoices):
        DITERIMA = "diterima", _("Keberatan diterima")
        DITOLAK = "ditolak", _("Keberatan ditolak")
        MUSYAWARAH = "musyawarah", _("Selesai melalui musyawarah")

    STATUS_TERBUKA = (Status.DIAJUKAN, Status.DIPROSES)

    nomor = models.CharField(
        _("nomor registrasi keberatan"), max_length=20, unique=True, editable=False
    )
    permohonan = models.ForeignKey(
        Permohonan,
        verbose_name=_("permohonan"),
        on_delete=models.PROTECT,
        related_name="keberatan",
    )
    alasan = ArrayField(
        models.CharField(max_length=1, choices=Alasan.choices),
        verbose_name=_("alasan keberatan (Pasal 35 ayat 1)"),
    )
    tanggal_diketahui = models.DateField(
        _("tanggal mengetahui informasi berkala tidak disediakan"), null=True, blank=True
    )
    kasus_posisi = models.TextField(_("kasus posisi"))
    nama_kuasa = models.CharField(_("nama kuasa"), max_length=200, blank=True)
    surat_kuasa = models.FileField(
        _("surat kuasa khusus"),
        storage=privat,
        upload_to=NamaAcak("kuasa"),
        max_length=255,
        blank=True,
    )
    nama_asli_kuasa = models.CharField(
        _("nama berkas asli surat kuasa"),
        max_length=255,
        blank=True,
        editable=False,
        help_text=_("Nama berkas dari pemohon; berkas disimpan dengan nama acak."),
    )
    kanal = models.CharField(_("kanal"), max_length=20, choices=Permohonan.Kanal.choices)
    diterima_pada = models.DateTimeField(_("diterima pada"))
    tanggal_terima = models.DateField(_("tanggal terima"))
    jatuh_tempo = models.DateField(_("jatuh tempo tanggapan"))
    # The days off its answer deadline skipped, frozen with it (DOMAIN.md §4 rule 5).
    libur_dihitung = models.JSONField(_("hari libur yang dihitung"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DIAJUKAN, editable=False
    )
    keputusan = models.CharField(
        _("keputusan atasan PPID"),
        max_length=20,
        choices=Keputusan.choices,
        blank=True,
        editable=False,
    )
    pertimbangan = models.TextField(_("pertimbangan"), blank=True, editable=False)
    nama_atasan = models.CharField(
        _("nama atasan PPID"), max_length=200, blank=True, editable=False
    )
    jabatan_atasan = models.CharField(
        _("jabatan atasan PPID"), max_length=200, blank=True, editable=False
    )
    diputuskan_pada = models.DateTimeField(_("ditanggapi pada"), null=True, editable=False)
    nomor_surat_tanggapan = models.CharField(
        _("nomor surat tanggapan"), max_length=100, blank=True, editable=False
    )
    diputuskan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ditanggapi oleh"),
        on_delete=models.PROTECT,
        null=True,
        editable=False,
        related_name="+",
    )

    class CaraPenyampaian(models.TextChoices):
        EMAIL = "email", _("E-mail")
        POS = "pos", _("Pos atau kurir")
        LANGSUNG = "langsung", _("Diserahkan langsung")

    # UU 14/2008 Pasal 37 ayat (2): the dispute window runs from the day the requester
    # *received* the answer — by e-mail the day it was sent, by post or by hand the day
    # staff record (DOMAIN.md §7).
    tanggapan_disampaikan_melalui = models.CharField(
        _("tanggapan disampaikan melalui"),
        max_length=10,
        choices=CaraPenyampaian.choices,
        blank=True,
    )
    tanggapan_diterima_pada = models.DateField(
        _("tanggapan diterima pemohon pada"),
        null=True,
        blank=True,
        help_text=_(
            "Untuk pos atau penyerahan langsung: tanggal pemohon menerima surat tanggapan. "
            "Batas waktu sengketa (14 hari kerja) dihitung dari tanggal ini."
        ),
    )
    tanggapan_pemohon = models.TextField(
        _("tanggapan pemohon"),
        blank=True,
        help_text=_("Tanggapan pemohon atas jawaban atasan PPID (kolom register keberatan)."),
    )
    dibuat_pada = models.DateTimeField(_("dibuat pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("keberatan")
        verbose_name_plural = _("keberatan")
        ordering = ["-diterima_pada"]
        indexes = [
            models.Index(fields=["status", "jatuh_tempo"], name="keberatan_antrian_idx"),
            models.Index(fields=["-diterima_pada"], name="keberatan_diterima_idx"),
        ]

    def __str__(self) -> str:
        return self.nomor

    def save(self, *args, **kwargs):
        catat_nama_asli(self, {"surat_kuasa": "nama_asli_kuasa"}, kwargs)
        super().save(*args, **kwargs)

    @property
    def terbuka(self) -> bool:
        return self.status in self.STATUS_TERBUKA

    def terlambat(self, hari_ini: date) -> bool:
        return self.terbuka and hari_ini > self.jatuh_tempo

    def dasar_sengketa(self, hari_ini: date) -> date | None:
        """The day the 14 working days to file a dispute count from, or None while no
        dispute may be filed: the day the answer was received (UU 14/2008 Pasal 37 ayat 2),
        or — the Atasan PPID having let the 30-working-day answer period lapse — its last
        day (DOMAIN.md §7 [B])."""
        if self.status == self.Status.SELESAI:
            return self.tanggapan_diterima_pada
        if self.terlambat(hari_ini):
            return self.jatuh_tempo
        return None

    def get_alasan_display(self) -> list[str]:
        return [str(self.Alasan(a).label) for a in self.alasan]


class Sengketa(models.Model):
    """A dispute filed with the Komisi Informasi after an objection (UU 14/2008 Pasal 37–38;
    DOMAIN.md §7). The portal only records it; the Commission runs it."""

    class Tahap(models.TextChoices):
        REGISTRASI = "registrasi", _("Registrasi di Komisi Informasi")
        MEDIASI = "mediasi", _("Mediasi")
        AJUDIKASI = "ajudikasi", _("Ajudikasi non-litigasi")
        PUTUSAN = "putusan", _("Putusan Komisi Informasi")
        PENGADILAN = "pengadilan", _("Keberatan ke pengadilan (PTUN/PN)")
        SELESAI = "selesai", _("Selesai")

    keberatan = models.ForeignKey(
        Keberatan, verbose_name=_("keberatan"), on_delete=models.PROTECT, related_name="sengketa"
    )
    komisi = models.CharField(
        _("Komisi Informasi"),
        max_length=200,
        help_text=_("mis. Komisi Informasi Provinsi Jawa Tengah"),
    )
    tanggal_diajukan = models.DateField(_("tanggal sengketa diajukan"))
    nomor_register = models.CharField(_("nomor register sengketa"), max_length=100, blank=True)
    tahap = models.CharField(
        _("tahap"), max_length=20, choices=Tahap.choices, default=Tahap.REGISTRASI
    )
    putusan = models.TextField(_("putusan"), blank=True)
    tanggal_putusan = models.DateField(_("tanggal putusan"), null=True, blank=True)
    tindak_lanjut = models.TextField(_("tindak lanjut"), blank=True)
    diperbarui_pada = models.DateTimeField(_("diperbarui pada"), auto_now=True)

    class Meta:
        verbose_name = _("sengketa informasi")
        verbose_name_plural = _("sengketa informasi")
        ordering = ["-tanggal_diajukan"]

    def __str__(self) -> str:
        return self.nomor_register or f"{self.keberatan} — {self.komisi}"
