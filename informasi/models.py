"""Organisational units, their staff, and the published-information catalogue (DIP).

The unit tree decides who may see what: a PPID Pelaksana works on the requests and catalogue
entries of their own unit and its sub-units (DESIGN.md, "Who may do what"). The catalogue
follows UU 14/2008 Pasal 9–11 and the DIP columns of Perki 1/2021 (DOMAIN.md §1–2).
"""

from __future__ import annotations

import calendar
from datetime import date
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Value
from django.db.models.functions import Concat, Substr
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def tautan_whatsapp(nomor: str) -> str:
    """A click-to-chat address (https://wa.me/62…) for an Indonesian number as people write
    it ("0812-3456-7890", "+62 812 …"); "" when there is none."""
    angka = "".join(c for c in nomor if c.isdigit())
    if angka.startswith("0"):
        angka = "62" + angka[1:]
    return f"https://wa.me/{angka}" if len(angka) >= 9 else ""


class UnitKerjaQuerySet(models.QuerySet):
    def subtree(self, unit: UnitKerja) -> UnitKerjaQuerySet:
        """The unit itself and every unit below it."""
        return self.filter(jalur__startswith=unit.jalur)

    def kantor(self) -> UnitKerjaQuerySet:
        """The offices themselves (KPU RI, provinces, regencies/cities), not their bureaus:
        where citizens address requests."""
        return self.filter(
            jenis__in=[
                UnitKerja.Jenis.PUSAT,
                UnitKerja.Jenis.PROVINSI,
                UnitKerja.Jenis.KABUPATEN_KOTA,
            ]
        )


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
    kota = models.CharField(
        _("kota"),
        max_length=80,
        blank=True,
        help_text=_("Tempat surat dibuat, mis. Semarang (tata naskah dinas)."),
    )
    telepon = models.CharField(_("telepon"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    class ZonaWaktu(models.TextChoices):
        # Perpres/Keppres 41/1987: three time zones; DOMAIN.md §4 rule 7.
        WIB = "Asia/Jakarta", _("WIB (UTC+7): Sumatra, Jawa, Kalimantan Barat dan Tengah")
        WITA = "Asia/Makassar", _("WITA (UTC+8): Bali, Nusa Tenggara, Kalimantan lain, Sulawesi")
        WIT = "Asia/Jayapura", _("WIT (UTC+9): Maluku dan Papua")

    zona_waktu = models.CharField(
        _("zona waktu"),
        max_length=20,
        choices=ZonaWaktu.choices,
        default=ZonaWaktu.WIB,
        help_text=_(
            "Tanggal terima, jatuh tempo dan “hari ini” permohonan ke unit ini dihitung "
            "dalam zona waktunya."
        ),
    )
    # Tata naskah dinas (DOMAIN.md §12): the unit's letters are numbered by its own pattern.
    POLA_NOMOR_SURAT = "{nomor}/PP.06-SD/{kode_unit}/{tahun}"
    pola_nomor_surat = models.CharField(
        _("pola nomor surat"),
        max_length=100,
        default=POLA_NOMOR_SURAT,
        help_text=_(
            "Nomor surat keluar unit ini: {nomor} urutan per tahun, {kode_unit} kode unit "
            "(singkatan), {tahun}, {bulan} (angka romawi). mis. {nomor}/PP.06-SD/{kode_unit}/"
            "{tahun}"
        ),
    )
    logo = models.ImageField(
        _("logo kop surat"),
        upload_to="unit/logo/",
        blank=True,
        help_text=_("PNG atau JPEG, paling besar 1 MB; tampil di kop surat unit ini."),
    )
    whatsapp = models.CharField(_("WhatsApp"), max_length=40, blank=True)
    peta = models.URLField(
        _("tautan peta lokasi"), blank=True, help_text=_("mis. tautan Google Maps ke kantor.")
    )

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
    def whatsapp_tautan(self) -> str:
        return tautan_whatsapp(self.whatsapp)

    @property
    def zona(self) -> ZoneInfo:
        return ZoneInfo(self.zona_waktu)

    @property
    def singkatan_zona(self) -> str:
        return {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}.get(
            self.zona_waktu, self.zona_waktu
        )

    def format_nomor_surat(self, nomor: int, tanggal: date) -> str:
        """A letter number by this unit's pattern, e.g. 12/PP.06-SD/3374/2026."""
        romawi = "I II III IV V VI VII VIII IX X XI XII".split()[tanggal.month - 1]
        try:
            return self.pola_nomor_surat.format(
                nomor=nomor,
                kode_unit=self.singkatan or self.slug,
                tahun=tanggal.year,
                bulan=romawi,
            )
        except (KeyError, IndexError, ValueError):  # a pattern staff mistyped
            return self.POLA_NOMOR_SURAT.format(
                nomor=nomor, kode_unit=self.singkatan or self.slug, tahun=tanggal.year
            )

    def tanggal_lokal(self, waktu) -> date:
        """The calendar date of a moment in this unit's time zone (DOMAIN.md §4 rule 7)."""
        return timezone.localtime(waktu, self.zona).date()

    def hari_ini(self) -> date:
        return timezone.localdate(timezone=self.zona)

    @property
    def kedalaman(self) -> int:
        return self.jalur.strip("/").count("/")

    def clean(self) -> None:
        if self.logo and getattr(self.logo, "size", 0) > 1024 * 1024:
            raise ValidationError(
                {"logo": ValidationError(_("Logo paling besar 1 MB."), code="logo_besar")}
            )
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


class Topik(models.Model):
    """A subject heading used to group catalogue entries (facet "topik")."""

    nama = models.CharField(_("nama"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        verbose_name = _("topik")
        verbose_name_plural = _("topik")
        ordering = ["nama"]

    def __str__(self) -> str:
        return self.nama


class InformasiQuerySet(models.QuerySet):
    def publik(self) -> InformasiQuerySet:
        """Entries the public may see: published, publication time reached, not exempt.

        Exempt information (kategori dikecualikan) is listed only in the DIK with its
        consequence test (DOMAIN.md §5), never in the open catalogue.
        """
        return self.filter(
            status=Informasi.Status.TERBIT, diterbitkan_pada__lte=timezone.now()
        ).exclude(kategori=Informasi.Kategori.DIKECUALIKAN)

    def serta_merta_berlaku(self) -> InformasiQuerySet:
        return self.publik().filter(
            kategori=Informasi.Kategori.SERTA_MERTA, berlaku_sampai__gte=timezone.now()
        )

    def perlu_ditinjau(self, hari_ini: date) -> InformasiQuerySet:
        return self.filter(tinjau_berikutnya__lt=hari_ini).exclude(status=Informasi.Status.DITARIK)


class Informasi(models.Model):
    """An entry of the Daftar Informasi Publik (DIP).

    The seven DIP columns of Perki 1/2021 (DOMAIN.md §2): 1. number (`nomor`), 2. summary
    (`ringkasan`), 3. the unit holding it (`unit_kerja`), 4. who is responsible for producing
    it (`penanggung_jawab`), 5. when and where it was produced (`tanggal_pembuatan`,
    `tempat_pembuatan`), 6. its form (`bentuk`), 7. retention (`retensi`).
    """

    class Kategori(models.TextChoices):
        # UU 14/2008 Pasal 9, 10, 11 and 17.
        BERKALA = "berkala", _("Berkala")
        SERTA_MERTA = "serta_merta", _("Serta-merta")
        SETIAP_SAAT = "setiap_saat", _("Setiap saat")
        DIKECUALIKAN = "dikecualikan", _("Dikecualikan")

    class Bentuk(models.TextChoices):
        CETAK = "cetak", _("Cetak (hardcopy)")
        ELEKTRONIK = "elektronik", _("Elektronik (softcopy)")
        CETAK_ELEKTRONIK = "cetak_elektronik", _("Cetak dan elektronik")

    class Status(models.TextChoices):
        DRAF = "draf", _("Draf")
        TERBIT = "terbit", _("Terbit")
        DITARIK = "ditarik", _("Ditarik")

    judul = models.CharField(_("judul"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=160,
        unique=True,
        help_text=_("Bagian alamat: /informasi/<slug>/. Huruf kecil dan tanda hubung."),
    )
    ringkasan = models.TextField(
        _("ringkasan isi informasi"),
        help_text=_("Kolom 2 DIP: apa isi informasi ini, dalam bahasa yang mudah dipahami."),
    )
    kategori = models.CharField(_("kategori"), max_length=20, choices=Kategori.choices)
    unit_kerja = models.ForeignKey(
        UnitKerja,
        verbose_name=_("unit yang menguasai informasi"),
        on_delete=models.PROTECT,
        related_name="informasi",
        help_text=_("Kolom 3 DIP: pejabat/unit/satuan kerja yang menguasai informasi."),
    )
    penanggung_jawab = models.CharField(
        _("penanggung jawab pembuatan/penerbitan"),
        max_length=200,
        help_text=_("Kolom 4 DIP, mis. 'Subbagian Keuangan, Umum dan Logistik'."),
    )
    tanggal_pembuatan = models.DateField(_("tanggal pembuatan"))
    tempat_pembuatan = models.CharField(_("tempat pembuatan"), max_length=100)
    bentuk = models.CharField(
        _("bentuk informasi"),
        max_length=20,
        choices=Bentuk.choices,
        default=Bentuk.CETAK_ELEKTRONIK,
    )
    retensi = models.CharField(
        _("jangka waktu penyimpanan"),
        max_length=100,
        help_text=_("Kolom 7 DIP: retensi arsip, mis. '10 tahun' atau 'Permanen'."),
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    topik = models.ManyToManyField(Topik, verbose_name=_("topik"), blank=True)

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAF
    )
    diterbitkan_pada = models.DateTimeField(
        _("tanggal terbit"),
        null=True,
        blank=True,
        help_text=_("Entri tampil untuk publik mulai saat ini (boleh di masa depan)."),
    )
    berlaku_sampai = models.DateTimeField(
        _("ditonjolkan sampai"),
        null=True,
        blank=True,
        help_text=_(
            "Wajib untuk informasi serta-merta: selama masih berlaku, entri ditonjolkan "
            "di beranda."
        ),
    )
    terakhir_ditinjau = models.DateField(_("terakhir ditinjau"), null=True, blank=True)
    tinjau_berikutnya = models.DateField(_("tinjauan berikutnya"), null=True, blank=True)
    jumlah_dilihat = models.PositiveIntegerField(_("jumlah dilihat"), default=0, editable=False)
    # Maintained by informasi.pencarian.perbarui_vektor() (title A, summary B, topics and
    # document titles C), because it spans related rows.
    vektor_pencarian = SearchVectorField(null=True, editable=False)
    # The title alone, kept by PostgreSQL: a search picks its candidates among title matches
    # first (informasi.pencarian), which needs its own index.
    vektor_judul = models.GeneratedField(
        expression=SearchVector("judul", config="indonesian"),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    dibuat_pada = models.DateTimeField(_("dibuat pada"), auto_now_add=True)
    diperbarui_pada = models.DateTimeField(_("diperbarui pada"), auto_now=True)

    objects = InformasiQuerySet.as_manager()

    class Meta:
        verbose_name = _("informasi publik")
        verbose_name_plural = _("informasi publik")
        ordering = ["-diterbitkan_pada", "-id"]
        indexes = [
            # The catalogue's default order. What it includes answers from the index alone
            # the ids of a page (informasi.views._LewatId) and the catalogue's figures on
            # /statistik/ (by category, unit and review date).
            models.Index(
                fields=["status", "-diterbitkan_pada", "-id"],
                include=["kategori", "tinjau_berikutnya", "unit_kerja"],
                name="informasi_terbit_idx",
            ),
            models.Index(fields=["kategori", "-diterbitkan_pada"], name="informasi_kategori_idx"),
            models.Index(fields=["tahun"], name="informasi_tahun_idx"),
            models.Index(fields=["judul"], name="informasi_judul_idx"),
            models.Index(fields=["-jumlah_dilihat"], name="informasi_dilihat_idx"),
            models.Index(fields=["tinjau_berikutnya"], name="informasi_tinjau_idx"),
            # Current serta-merta announcements on the home page.
            models.Index(
                fields=["berlaku_sampai"],
                condition=models.Q(kategori="serta_merta"),
                name="informasi_serta_merta_idx",
            ),
            # The sitemap's parts (portal.sitemaps.PaginatorBlok): blocks of ids and the
            # latest lastmod, read from the index alone.
            models.Index(
                fields=["id"],
                include=["diterbitkan_pada", "slug", "diperbarui_pada"],
                condition=models.Q(status="terbit") & ~models.Q(kategori="dikecualikan"),
                name="informasi_peta_idx",
            ),
            models.Index(
                fields=["-diperbarui_pada"],
                condition=models.Q(status="terbit") & ~models.Q(kategori="dikecualikan"),
                name="informasi_peta_lastmod_idx",
            ),
            GinIndex(fields=["vektor_pencarian"], name="informasi_vektor_idx"),
            GinIndex(fields=["vektor_judul"], name="informasi_vektor_judul_idx"),
            # pg_trgm is case-insensitive: typo-tolerant title search ("permohonnan").
            GinIndex(OpClass("judul", name="gin_trgm_ops"), name="informasi_judul_trgm_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="terbit") | models.Q(diterbitkan_pada__isnull=False),
                name="informasi_terbit_bertanggal",
                violation_error_message=_("Entri yang terbit wajib memiliki tanggal terbit."),
            ),
        ]

    def __str__(self) -> str:
        return self.judul

    def get_absolute_url(self) -> str:
        return reverse("informasi:detail", kwargs={"slug": self.slug})

    def get_kategori_url(self) -> str:
        return reverse("informasi:kategori", kwargs={"kategori": self.kategori.replace("_", "-")})

    def clean(self) -> None:
        errors = {}
        if self.slug in SLUG_TERPAKAI:
            errors["slug"] = ValidationError(
                _("Slug ini dipakai oleh halaman lain portal; pilih slug lain."),
                code="slug_terpakai",
            )
        if self.kategori == self.Kategori.SERTA_MERTA and not self.berlaku_sampai:
            errors["berlaku_sampai"] = ValidationError(
                _("Informasi serta-merta wajib diberi batas waktu penonjolan."),
                code="serta_merta_tanpa_batas",
            )
        if self.status == self.Status.TERBIT and not self.diterbitkan_pada:
            errors["diterbitkan_pada"] = ValidationError(
                _("Isi tanggal terbit untuk entri yang diterbitkan."), code="tanpa_tanggal_terbit"
            )
        if errors:
            raise ValidationError(errors)

    @property
    def nomor(self) -> str:
        """DIP column 1: a stable number for the entry."""
        return f"DIP-{self.pk:06d}"

    @property
    def sedang_berlaku(self) -> bool:
        return bool(
            self.kategori == self.Kategori.SERTA_MERTA
            and self.berlaku_sampai
            and self.berlaku_sampai >= timezone.now()
        )

    def jadwal_tinjau(self, hari_ini: date) -> date:
        """Next review date: berkala at least every 6 months (UU 14/2008 Pasal 9), others
        yearly [P]; the intervals are settings."""
        bulan = (
            settings.INFORMASI_TINJAU_BERKALA_BULAN
            if self.kategori == self.Kategori.BERKALA
            else settings.INFORMASI_TINJAU_LAINNYA_BULAN
        )
        return tambah_bulan(hari_ini, bulan)


def tambah_bulan(tanggal: date, bulan: int) -> date:
    """The same day `bulan` months later (clamped to the month's last day)."""
    indeks = tanggal.month - 1 + bulan
    tahun, bulan_baru = tanggal.year + indeks // 12, indeks % 12 + 1
    return date(tahun, bulan_baru, min(tanggal.day, calendar.monthrange(tahun, bulan_baru)[1]))


# Path segments under /informasi/ that belong to other pages, so no entry may use them.
SLUG_TERPAKAI = frozenset({"dikecualikan", "kategori", "dip", "feed", "cari", "unduh"})


def _lokasi_dokumen(dokumen: Dokumen, nama_berkas: str) -> str:
    hari_ini = timezone.localdate()
    return f"dokumen/{hari_ini:%Y/%m}/{nama_berkas}"


class Dokumen(models.Model):
    """A document of a catalogue entry: an uploaded file or a link to one elsewhere.

    Replacing a file keeps the old version as a superseded row (`digantikan_oleh`), so what
    was once published stays on record.
    """

    class Format(models.TextChoices):
        PDF = "pdf", "PDF"
        DOC = "doc", "Word (DOC)"
        DOCX = "docx", "Word (DOCX)"
        XLS = "xls", "Excel (XLS)"
        XLSX = "xlsx", "Excel (XLSX)"
        PPT = "ppt", "PowerPoint (PPT)"
        PPTX = "pptx", "PowerPoint (PPTX)"
        ODT = "odt", "OpenDocument Text"
        ODS = "ods", "OpenDocument Spreadsheet"
        CSV = "csv", "CSV"
        JPG = "jpg", "JPEG"
        PNG = "png", "PNG"
        TAUTAN = "tautan", _("Tautan")

    informasi = models.ForeignKey(
        Informasi, verbose_name=_("informasi"), on_delete=models.CASCADE, related_name="dokumen"
    )
    judul = models.CharField(_("judul dokumen"), max_length=255)
    berkas = models.FileField(_("berkas"), upload_to=_lokasi_dokumen, max_length=255, blank=True)
    tautan = models.URLField(
        _("tautan"),
        max_length=500,
        blank=True,
        help_text=_("Isi bila dokumen disimpan di situs lain (mis. JDIH); kosongkan berkas."),
    )
    format = models.CharField(_("format"), max_length=10, choices=Format.choices, editable=False)
    ukuran = models.PositiveBigIntegerField(_("ukuran (bita)"), default=0, editable=False)
    tipe_mime = models.CharField(_("tipe MIME"), max_length=120, blank=True, editable=False)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, editable=False)
    jumlah_diunduh = models.PositiveIntegerField(_("jumlah diunduh"), default=0, editable=False)
    digantikan_oleh = models.ForeignKey(
        "self",
        verbose_name=_("digantikan oleh"),
        # Deleting a document deletes its old versions too (they must never become current).
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="versi_lama",
        editable=False,
    )
    diunggah_pada = models.DateTimeField(_("diunggah pada"), default=timezone.now, editable=False)
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        verbose_name = _("dokumen")
        verbose_name_plural = _("dokumen")
        ordering = ["urutan", "id"]
        indexes = [models.Index(fields=["format"], name="dokumen_format_idx")]
        constraints = [
            models.CheckConstraint(
                condition=(
                    (~models.Q(berkas="") & models.Q(tautan=""))
                    | (models.Q(berkas="") & ~models.Q(tautan=""))
                ),
                name="dokumen_berkas_atau_tautan",
                violation_error_message=_("Isi salah satu: berkas atau tautan."),
            ),
        ]

    def __str__(self) -> str:
        return self.judul

    def get_absolute_url(self) -> str:
        return reverse("informasi:unduh", kwargs={"slug": self.informasi.slug, "pk": self.pk})

    @property
    def berlaku(self) -> bool:
        return self.digantikan_oleh_id is None


class FasetTersimpan(models.Model):
    """Facet counts of one filter state, kept for a few minutes.

    Counting facets means aggregating every matching entry (≈ 300 ms at 100 000 entries),
    while the catalogue changes rarely. Rows are read and written with one statement each and
    all deleted whenever an entry, a document or a topic link changes (informasi.signals);
    entries whose scheduled publication time arrives show up in the counts within
    INFORMASI_FASET_DETIK.
    """

    kunci = models.CharField(max_length=64, primary_key=True)
    data = models.JSONField()
    dibuat_pada = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("faset tersimpan")
        verbose_name_plural = _("faset tersimpan")

    def __str__(self) -> str:
        return self.kunci


class KataJudul(models.Model):
    """A word that appears in some entry's title: the vocabulary a mistyped search word is
    corrected against ("permohonnan" → "permohonan"), by trigram similarity over these few
    thousand words rather than over every title. Filled by informasi.pencarian.perbarui_vektor;
    a word whose titles are gone stays (it then simply finds nothing)."""

    kata = models.CharField(_("kata"), max_length=100, primary_key=True)

    class Meta:
        verbose_name = _("kata judul")
        verbose_name_plural = _("kata judul")
        indexes = [GinIndex(OpClass("kata", name="gin_trgm_ops"), name="katajudul_trgm_idx")]

    def __str__(self) -> str:
        return self.kata


class PenghitungLaju(models.Model):
    """One counter of a rate limit or quota (informasi.batas_laju): uses of one key within
    a window that ends at `berakhir_pada`. Counted with a single
    `INSERT … ON CONFLICT DO UPDATE … RETURNING` statement, so parallel requests never pass
    a limit together; expired rows are deleted by the daily clean-up."""

    kunci = models.CharField(max_length=64, primary_key=True)
    jumlah = models.BigIntegerField()
    berakhir_pada = models.DateTimeField(db_index=True)

    class Meta:
        db_table = "informasi_penghitung_laju"
        verbose_name = _("penghitung batas laju")
        verbose_name_plural = _("penghitung batas laju")

    def __str__(self) -> str:
        return self.kunci
