"""The consequence test and the exemption it decides (UU 14/2008 Pasal 2 ayat (4), 17, 19,
20; Perki 1/2021 Pasal 49; PKPU 22/2023 Pasal 24–26; DOMAIN.md §5)."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils.translation import gettext_lazy as _

from permohonan.models.pemberitahuan import PemberitahuanTertulis
from permohonan.models.permohonan import Permohonan
from permohonan.penyimpanan import privat


class UjiKonsekuensi(models.Model):
    """A consequence test (lembar uji konsekuensi) and the decision classifying information as
    exempt or open (UU 14/2008 Pasal 2 ayat (4), 17 and 19; Perki 1/2021 Pasal 49;
    PKPU 22/2023 Pasal 24–26; DOMAIN.md §5).

    At KPU it is decided centrally: only PPID Utama may set it ditetapkan. Expiry is computed
    from `berlaku_sampai` and marked by the daily job.
    """

    class Status(models.TextChoices):
        DRAF = "draf", _("Draf")
        DITETAPKAN = "ditetapkan", _("Ditetapkan")
        DICABUT = "dicabut", _("Dicabut")
        BERAKHIR = "berakhir", _("Berakhir")

    class Pemicu(models.TextChoices):
        TINJAUAN = "tinjauan", _("Peninjauan berkala daftar informasi dikecualikan")
        PERMOHONAN = "permohonan", _("Permohonan informasi")
        SENGKETA = "sengketa", _("Perintah Komisi Informasi dalam sengketa")

    class Kesimpulan(models.TextChoices):
        DIKECUALIKAN = "dikecualikan", _("Dikecualikan seluruhnya")
        DIKECUALIKAN_SEBAGIAN = "dikecualikan_sebagian", _("Dikecualikan sebagian")
        TERBUKA = "terbuka", _("Terbuka")

    KESIMPULAN_MENGECUALIKAN = (Kesimpulan.DIKECUALIKAN, Kesimpulan.DIKECUALIKAN_SEBAGIAN)

    informasi = models.CharField(
        _("informasi yang diuji"),
        max_length=300,
        help_text=_("Informasi yang diuji, setepat mungkin (bukan hanya nama dokumennya)."),
    )
    dokumen = models.CharField(
        _("dokumen tempat informasi berada"),
        max_length=300,
        help_text=_("mis. Formulir Model A-KWK"),
    )
    informasi_terkait = models.ManyToManyField(
        "informasi.Informasi",
        verbose_name=_("entri katalog yang diklasifikasikan"),
        blank=True,
        related_name="uji_konsekuensi",
    )
    permohonan = models.ForeignKey(
        Permohonan,
        verbose_name=_("permohonan pemicu"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="uji_konsekuensi",
    )
    unit_kerja = models.ForeignKey(
        "informasi.UnitKerja",
        verbose_name=_("unit kerja yang menguasai"),
        on_delete=models.PROTECT,
        related_name="uji_konsekuensi",
    )
    pemicu = models.CharField(_("pemicu pengujian"), max_length=20, choices=Pemicu.choices)
    pasal_17 = ArrayField(
        models.CharField(max_length=1, choices=PemberitahuanTertulis.Pasal17.choices),
        verbose_name=_("dasar hukum (Pasal 17 huruf)"),
        default=list,
        blank=True,
    )
    dasar_hukum_lain = models.TextField(
        _("dasar hukum lain"),
        blank=True,
        help_text=_("Undang-undang lain yang menjadi dasar, mis. UU 27/2022 Pasal 4."),
    )
    analisis_konsekuensi = models.TextField(
        _("konsekuensi bila dibuka"), help_text=_("Kerugian yang timbul bila informasi dibuka.")
    )
    analisis_kepentingan_publik = models.TextField(
        _("uji kepentingan publik"),
        help_text=_("Apakah menutup informasi melindungi kepentingan yang lebih besar."),
    )
    ringkasan = models.CharField(
        _("ringkasan konsekuensi"),
        max_length=500,
        help_text=_("Satu-dua kalimat untuk Daftar Informasi yang Dikecualikan."),
    )
    kesimpulan = models.CharField(_("kesimpulan"), max_length=30, choices=Kesimpulan.choices)
    berlaku_sampai = models.DateField(
        _("pengecualian berakhir pada"),
        null=True,
        blank=True,
        help_text=_("Tanggal informasi menjadi terbuka. Isi ini atau syaratnya."),
    )
    berlaku_syarat = models.CharField(
        _("pengecualian berlaku sampai (syarat)"),
        max_length=300,
        blank=True,
        help_text=_("mis. sampai yang bersangkutan memberi persetujuan tertulis."),
    )
    nama_pemutus = models.CharField(_("nama PPID yang memutuskan"), max_length=200, blank=True)
    jabatan_pemutus = models.CharField(_("jabatan PPID"), max_length=200, blank=True)
    nama_penyetuju = models.CharField(
        _("nama pimpinan yang menyetujui"), max_length=200, blank=True
    )
    jabatan_penyetuju = models.CharField(_("jabatan pimpinan"), max_length=200, blank=True)
    nomor_keputusan = models.CharField(_("nomor keputusan"), max_length=100, blank=True)
    tanggal_keputusan = models.DateField(_("tanggal keputusan"), null=True, blank=True)
    tempat = models.CharField(_("tempat"), max_length=100, blank=True)
    berkas_ttd = models.FileField(
        _("pindaian lembar bertanda tangan"),
        storage=privat,
        upload_to="uji/%Y/",
        max_length=255,
        blank=True,
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAF, editable=False
    )
    ditetapkan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ditetapkan oleh"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    ditetapkan_pada = models.DateTimeField(_("ditetapkan pada"), null=True, editable=False)
    alasan_dicabut = models.TextField(_("alasan pencabutan"), blank=True, editable=False)
    selesai_pada = models.DateField(_("dicabut/berakhir pada"), null=True, editable=False)
    diingatkan_pada = models.DateField(_("pengingat berakhir dikirim"), null=True, editable=False)
    dibuat_pada = models.DateTimeField(_("dibuat pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("uji konsekuensi")
        verbose_name_plural = _("uji konsekuensi")
        ordering = ["-tanggal_keputusan", "-id"]
        indexes = [models.Index(fields=["status", "berlaku_sampai"], name="uji_status_idx")]

    def __str__(self) -> str:
        nomor = f" ({self.nomor_keputusan})" if self.nomor_keputusan else ""
        return f"{self.informasi}{nomor}"

    @property
    def mengecualikan(self) -> bool:
        return self.kesimpulan in self.KESIMPULAN_MENGECUALIKAN

    def berlaku(self, hari_ini: date) -> bool:
        """Exempt today: decided, exempting, and not past its end date."""
        return (
            self.status == self.Status.DITETAPKAN
            and self.mengecualikan
            and (self.berlaku_sampai is None or hari_ini < self.berlaku_sampai)
        )
