"""The written notice answering a request and the files released with it (UU 14/2008
Pasal 22 ayat (7); DOMAIN.md §3)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from permohonan.kalender import format_tanggal
from permohonan.models.permohonan import Permohonan
from permohonan.penyimpanan import privat


class PemberitahuanTertulis(models.Model):
    """The written notice answering a request (UU 14/2008 Pasal 22 ayat (7)).

    It states: (a) whether the body holds the information; (b) if not, which body does;
    (c) granted or refused, with the Pasal 17 letters; (d) what is provided; (e) which parts
    are blacked out and why; (f) how and in what form it is delivered; plus costs and when it
    will be provided (DOMAIN.md §3).
    """

    class Pasal17(models.TextChoices):
        A = "a", _("a. menghambat proses penegakan hukum")
        B = "b", _("b. mengganggu perlindungan HKI dan persaingan usaha sehat")
        C = "c", _("c. membahayakan pertahanan dan keamanan negara")
        D = "d", _("d. mengungkapkan kekayaan alam Indonesia")
        E = "e", _("e. merugikan ketahanan ekonomi nasional")
        F = "f", _("f. merugikan kepentingan hubungan luar negeri")
        G = "g", _("g. mengungkap isi akta otentik pribadi atau wasiat")
        H = "h", _("h. mengungkap rahasia pribadi")
        I = "i", _("i. memorandum antar/intra badan publik yang dirahasiakan")  # noqa: E741
        J = "j", _("j. tidak boleh diungkap menurut undang-undang")

    class Bentuk(models.TextChoices):
        SOFTCOPY = "softcopy", _("Salinan elektronik (softcopy)")
        HARDCOPY = "hardcopy", _("Salinan cetak (hardcopy)")
        MELIHAT = "melihat", _("Melihat/membaca di kantor")

    # Usually one per request; a second one follows when an accepted objection reopens it.
    permohonan = models.ForeignKey(
        Permohonan,
        verbose_name=_("permohonan"),
        on_delete=models.PROTECT,
        related_name="daftar_pemberitahuan",
    )
    dikuasai = models.BooleanField(_("informasi dikuasai badan publik ini"), default=True)
    badan_lain = models.CharField(
        _("badan publik yang menguasai"),
        max_length=200,
        blank=True,
        help_text=_(
            "Bila informasi tidak dikuasai: badan publik yang menguasainya, bila diketahui."
        ),
    )
    hasil = models.CharField(_("keputusan"), max_length=30, choices=Permohonan.Hasil.choices)
    pasal_17 = ArrayField(
        models.CharField(max_length=1, choices=Pasal17.choices),
        verbose_name=_("alasan pengecualian (Pasal 17 huruf)"),
        default=list,
        blank=True,
    )
    uji_konsekuensi = models.ForeignKey(
        "UjiKonsekuensi",
        verbose_name=_("uji konsekuensi"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="pemberitahuan",
        help_text=_(
            "Wajib untuk penolakan dan pengabulan sebagian: uji konsekuensi yang sudah "
            "ditetapkan dan mencakup huruf Pasal 17 yang disebut."
        ),
    )
    alasan = models.TextField(_("alasan keputusan"), blank=True)
    informasi_diberikan = models.TextField(_("informasi yang diberikan"), blank=True)
    bagian_dihitamkan = models.TextField(_("bagian yang dihitamkan dan alasannya"), blank=True)
    bentuk = models.CharField(
        _("bentuk informasi yang diberikan"), max_length=10, choices=Bentuk.choices, blank=True
    )
    cara_penyampaian = models.CharField(
        _("cara penyampaian"), max_length=20, choices=Permohonan.CaraSalinan.choices, blank=True
    )
    waktu_penyediaan = models.CharField(_("waktu penyediaan"), max_length=200, blank=True)
    biaya_salinan = models.DecimalField(
        _("biaya penyalinan (Rp)"), max_digits=12, decimal_places=0, default=0
    )
    biaya_pengiriman = models.DecimalField(
        _("biaya pengiriman (Rp)"), max_digits=12, decimal_places=0, default=0
    )
    biaya_lain = models.DecimalField(
        _("biaya lain (Rp)"), max_digits=12, decimal_places=0, default=0
    )
    informasi_terkait = models.ManyToManyField(
        "informasi.Informasi", verbose_name=_("informasi publik terkait"), blank=True
    )
    nama_penandatangan = models.CharField(_("nama penandatangan"), max_length=200)
    jabatan_penandatangan = models.CharField(_("jabatan penandatangan"), max_length=200)
    nip_penandatangan = models.CharField(_("NIP penandatangan"), max_length=30, blank=True)
    nomor_surat = models.CharField(_("nomor surat"), max_length=100, blank=True, editable=False)
    dikirim_pada = models.DateTimeField(_("dikirim pada"), default=timezone.now)
    dikirim_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dikirim oleh"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("pemberitahuan tertulis")
        verbose_name_plural = _("pemberitahuan tertulis")
        ordering = ["dikirim_pada", "id"]

    def __str__(self) -> str:
        return f"{self.permohonan} — {self.get_hasil_display()}"

    @property
    def kalimat_dasar(self) -> str:
        """The legal ground of a refusal or partial grant, for the letter (Pasal 22 ayat (7)
        huruf c): " berdasarkan UU 14/2008 Pasal 17 huruf h dan uji konsekuensi nomor …"."""
        if not self.pasal_17:
            return ""
        teks = f" berdasarkan UU 14/2008 Pasal 17 huruf {', '.join(self.pasal_17)}"
        uji = self.uji_konsekuensi
        if uji is not None:
            teks += f" dan uji konsekuensi nomor {uji.nomor_keputusan}"
            if uji.tanggal_keputusan:
                teks += f" tanggal {format_tanggal(uji.tanggal_keputusan)}"
        return teks

    @property
    def kalimat_penyampaian(self) -> str:
        """Form, way and time of delivery (huruf f), as one phrase."""
        bagian = [str(self.get_bentuk_display())]
        if self.cara_penyampaian:
            bagian[0] += f", {self.get_cara_penyampaian_display()}"
        if self.waktu_penyediaan:
            bagian.append(self.waktu_penyediaan)
        return "; ".join(bagian)

    @property
    def total_biaya(self):
        return self.biaya_salinan + self.biaya_pengiriman + self.biaya_lain


class Lampiran(models.Model):
    """A file released with a written notice: private, downloadable only with the
    requester's proof (secret link / e-mail) or by staff."""

    pemberitahuan = models.ForeignKey(
        PemberitahuanTertulis,
        verbose_name=_("pemberitahuan"),
        on_delete=models.CASCADE,
        related_name="lampiran",
    )
    judul = models.CharField(_("judul"), max_length=200)
    berkas = models.FileField(
        _("berkas"), storage=privat, upload_to="lampiran/%Y/%m/", max_length=255
    )
    tipe_mime = models.CharField(_("tipe MIME"), max_length=120, blank=True)
    ukuran = models.PositiveBigIntegerField(_("ukuran (bita)"), default=0)

    class Meta:
        verbose_name = _("lampiran")
        verbose_name_plural = _("lampiran")

    def __str__(self) -> str:
        return self.judul


class BagianDihitamkan(models.Model):
    """One blacked-out part of a partial grant and the consequence test that exempts it
    (UU 14/2008 Pasal 22 ayat (7) huruf e; DOMAIN.md §5: a partial grant lists each part with
    the test covering it)."""

    pemberitahuan = models.ForeignKey(
        PemberitahuanTertulis,
        verbose_name=_("pemberitahuan"),
        on_delete=models.CASCADE,
        related_name="bagian",
    )
    bagian = models.CharField(_("bagian yang dihitamkan"), max_length=500)
    uji_konsekuensi = models.ForeignKey(
        "UjiKonsekuensi",
        verbose_name=_("uji konsekuensi"),
        on_delete=models.PROTECT,
        related_name="bagian_dihitamkan",
    )

    class Meta:
        verbose_name = _("bagian yang dihitamkan")
        verbose_name_plural = _("bagian yang dihitamkan")
        ordering = ["id"]

    def __str__(self) -> str:
        return self.bagian
