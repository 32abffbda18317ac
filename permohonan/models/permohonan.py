"""The request itself and its requester (UU 14/2008 Pasal 22; Perki 1/2021; DOMAIN.md §3),
and the registration numbers of requests and objections (Pasal 22 ayat (4))."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import models
from django.utils.translation import gettext_lazy as _

from permohonan.penyimpanan import NamaAcak, catat_nama_asli, privat


class NomorUrut(models.Model):
    """The last registration number issued per kind and year (P-2026-00042, K-2026-00007).

    Incremented by one atomic UPDATE … RETURNING, so parallel submissions get unique,
    consecutive numbers and a number is never reused (Pasal 22 ayat (4): a number is given
    immediately).
    """

    # "P" requests, "K" objections, "S<unit id>" the letters of a unit.
    awalan = models.CharField(_("awalan"), max_length=20)
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

    @classmethod
    def nomor_surat(cls, unit_kerja, tanggal: date) -> str:
        """The next outgoing letter number of `unit_kerja` in `tanggal`'s year, by its
        pattern (tata naskah dinas; DOMAIN.md §12)."""
        urut = int(cls.berikutnya(f"S{unit_kerja.pk}", tanggal.year).rsplit("-", 1)[1])
        return unit_kerja.format_nomor_surat(urut, tanggal)


class Pemohon(models.Model):
    """The requester as they identified themselves on one request (DOMAIN.md §3).

    Personal data (UU 27/2022): only what the form needs; the identity scan is a private file,
    never under a public URL.
    """

    class Jenis(models.TextChoices):
        PERORANGAN = "perorangan", _("Perorangan")
        BADAN_HUKUM = "badan_hukum", _("Badan hukum")
        KELOMPOK_ORANG = "kelompok_orang", _("Kelompok orang")

    jenis = models.CharField(_("jenis pemohon"), max_length=20, choices=Jenis.choices)
    nama = models.CharField(_("nama lengkap"), max_length=200)
    nik = models.CharField(_("NIK"), max_length=16, blank=True)
    nomor_badan_hukum = models.CharField(
        _("nomor pengesahan badan hukum"), max_length=100, blank=True
    )
    # Empty once deleted at the end of the retention period (DOMAIN.md §11; the fact that it
    # was checked stays below).
    berkas_identitas = models.FileField(
        _("pindaian identitas"),
        storage=privat,
        upload_to=NamaAcak("identitas"),
        max_length=255,
        blank=True,
    )
    nama_asli_identitas = models.CharField(
        _("nama berkas asli pindaian identitas"),
        max_length=255,
        blank=True,
        editable=False,
        help_text=_("Nama berkas dari pemohon; berkas disimpan dengan nama acak."),
    )
    # UU 27/2022 / DOMAIN.md §11: the scan goes when its retention period ends, the record
    # that identity was checked — when and by whom — stays.
    identitas_diperiksa_pada = models.DateTimeField(
        _("identitas diperiksa pada"), null=True, blank=True, editable=False
    )
    identitas_diperiksa_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("identitas diperiksa oleh"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    identitas_dihapus_pada = models.DateTimeField(
        _("dokumen identitas dihapus pada"), null=True, blank=True, editable=False
    )
    alamat = models.TextField(_("alamat"))
    telepon = models.CharField(_("telepon"), max_length=30, blank=True)
    # Required on the public form; a request that came on paper may have none (the notices
    # then go by post, and the printed receipt carries the tracking link).
    email = models.EmailField(_("e-mail"), blank=True)
    pekerjaan = models.CharField(_("pekerjaan"), max_length=100, blank=True)
    dibuat_pada = models.DateTimeField(_("dibuat pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("pemohon")
        verbose_name_plural = _("pemohon")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(jenis="perorangan") | models.Q(nik__regex=r"^[0-9]{16}$"),
                name="pemohon_perorangan_ber_nik",
            ),
            models.CheckConstraint(
                condition=~models.Q(jenis="badan_hukum") | ~models.Q(nomor_badan_hukum=""),
                name="pemohon_badan_hukum_bernomor",
            ),
        ]

    def __str__(self) -> str:
        return self.nama

    def save(self, *args, **kwargs):
        catat_nama_asli(self, {"berkas_identitas": "nama_asli_identitas"}, kwargs)
        super().save(*args, **kwargs)


class Permohonan(models.Model):
    """A request for information (UU 14/2008 Pasal 22). Status changes only in services."""

    class Status(models.TextChoices):
        DITERIMA = "diterima", _("Diterima")
        DIPROSES = "diproses", _("Diproses")
        DIPERPANJANG = "diperpanjang", _("Diperpanjang")
        SELESAI = "selesai", _("Selesai")
        DICABUT = "dicabut", _("Dicabut")

    class Hasil(models.TextChoices):
        DIKABULKAN_SELURUHNYA = "dikabulkan_seluruhnya", _("Dikabulkan seluruhnya")
        DIKABULKAN_SEBAGIAN = "dikabulkan_sebagian", _("Dikabulkan sebagian")
        DITOLAK = "ditolak", _("Ditolak")
        TIDAK_DIKUASAI = "tidak_dikuasai", _("Informasi tidak dikuasai")
        BELUM_DIDOKUMENTASIKAN = "belum_didokumentasikan", _("Belum didokumentasikan")

    class Kanal(models.TextChoices):
        ONLINE = "online", _("Daring (portal)")
        DATANG_LANGSUNG = "datang_langsung", _("Datang langsung")
        SURAT = "surat", _("Surat")
        EMAIL = "email", _("E-mail")

    class CaraMemperoleh(models.TextChoices):
        MELIHAT = "melihat", _("Melihat, membaca, mendengarkan, atau mencatat")
        SALINAN_SOFTCOPY = "salinan_softcopy", _("Mendapatkan salinan elektronik (softcopy)")
        SALINAN_HARDCOPY = "salinan_hardcopy", _("Mendapatkan salinan cetak (hardcopy)")

    class CaraSalinan(models.TextChoices):
        AMBIL_LANGSUNG = "ambil_langsung", _("Mengambil langsung")
        POS = "pos", _("Pos")
        KURIR = "kurir", _("Kurir")
        FAKSIMILI = "faksimili", _("Faksimili")
        EMAIL = "email", _("E-mail")
        WHATSAPP = "whatsapp", _("WhatsApp")

    STATUS_TERBUKA = (Status.DITERIMA, Status.DIPROSES, Status.DIPERPANJANG)

    nomor = models.CharField(_("nomor pendaftaran"), max_length=20, unique=True, editable=False)
    pemohon = models.ForeignKey(
        Pemohon, verbose_name=_("pemohon"), on_delete=models.PROTECT, related_name="permohonan"
    )
    nama_kuasa = models.CharField(
        _("nama kuasa"),
        max_length=200,
        blank=True,
        help_text=_("Diisi bila permohonan diajukan melalui kuasa."),
    )
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
    unit_kerja = models.ForeignKey(
        "informasi.UnitKerja",
        verbose_name=_("unit kerja"),
        on_delete=models.PROTECT,
        related_name="permohonan",
    )
    rincian = models.TextField(_("rincian informasi yang dibutuhkan"))
    tujuan = models.TextField(_("tujuan penggunaan informasi"))
    cara_memperoleh = models.CharField(
        _("cara memperoleh informasi"), max_length=20, choices=CaraMemperoleh.choices
    )
    cara_salinan = models.CharField(
        _("cara mendapatkan salinan"), max_length=20, choices=CaraSalinan.choices, blank=True
    )
    kanal = models.CharField(_("kanal"), max_length=20, choices=Kanal.choices)
    diterima_pada = models.DateTimeField(_("diterima pada"))
    # DOMAIN.md §4 rule 1: the local date of arrival, rolled to a working day.
    tanggal_terima = models.DateField(_("tanggal terima"))
    jatuh_tempo = models.DateField(_("jatuh tempo"))
    jatuh_tempo_perpanjangan = models.DateField(
        _("jatuh tempo perpanjangan"), null=True, blank=True
    )
    alasan_perpanjangan = models.TextField(_("alasan perpanjangan"), blank=True)
    # DOMAIN.md §4 rule 5: a due date, once set, is frozen with the days off it skipped, so
    # its explanation stays the one that produced it: {"libur": {ISO date: name},
    # "perkiraan": [reasons it was provisional]}.
    libur_dihitung = models.JSONField(_("hari libur yang dihitung"), default=dict, blank=True)
    nomor_surat_perpanjangan = models.CharField(
        _("nomor surat perpanjangan"), max_length=100, blank=True, editable=False
    )
    # Set when an accepted objection reopens the request: the PPID carries out the Atasan
    # PPID's decision by this date [P: 10 working days, like a new request].
    jatuh_tempo_pelaksanaan = models.DateField(
        _("jatuh tempo pelaksanaan putusan keberatan"), null=True, blank=True
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DITERIMA, editable=False
    )
    hasil = models.CharField(_("hasil"), max_length=30, choices=Hasil.choices, blank=True)
    petugas = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("petugas"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="permohonan_ditangani",
    )
    selesai_pada = models.DateTimeField(_("selesai pada"), null=True, blank=True)
    # When the first written notice was sent: timeliness is measured by it against the first
    # deadline (extended, if it was), not against a later one after an objection reopened
    # the request (DOMAIN.md §4 rule 8).
    dijawab_pertama_pada = models.DateTimeField(
        _("pemberitahuan pertama dikirim pada"), null=True, blank=True, editable=False
    )
    # SHA-256 of the secret tracking token sent to the requester; the token itself is never
    # stored.
    token_hash = models.CharField(max_length=64, editable=False)
    dapat_dipublikasikan = models.BooleanField(
        _("rincian boleh ditampilkan di register publik"), default=False
    )
    dibuat_pada = models.DateTimeField(_("dibuat pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("permohonan informasi")
        verbose_name_plural = _("permohonan informasi")
        ordering = ["-diterima_pada"]
        indexes = [
            models.Index(fields=["status", "jatuh_tempo"], name="permohonan_antrian_idx"),
            # The public register's order, its pages by id and its filters from the index
            # alone (RegisterView.paginate_queryset).
            models.Index(
                fields=["-diterima_pada", "-id"],
                include=["tanggal_terima", "unit_kerja", "status", "hasil"],
                name="permohonan_register_idx",
            ),
            models.Index(fields=["kanal"], name="permohonan_kanal_idx"),
            models.Index(fields=["hasil"], name="permohonan_hasil_idx"),
            models.Index(fields=["tanggal_terima"], name="permohonan_tanggal_idx"),
            # Similar earlier requests on the staff request page (permohonan.serupa).
            GinIndex(
                SearchVector("rincian", config="indonesian"), name="permohonan_rincian_fts_idx"
            ),
        ]

    def __str__(self) -> str:
        return self.nomor

    def save(self, *args, **kwargs):
        catat_nama_asli(self, {"surat_kuasa": "nama_asli_kuasa"}, kwargs)
        super().save(*args, **kwargs)

    @property
    def batas_waktu_pertama(self) -> date:
        """The deadline the first notice had to meet: the extended one once extended
        (Pasal 22 ayat (7)–(8))."""
        return self.jatuh_tempo_perpanjangan or self.jatuh_tempo

    @property
    def batas_waktu(self) -> date:
        """The due date in force: after an accepted objection, the date to carry out the
        decision; else the extended one once extended."""
        return self.jatuh_tempo_pelaksanaan or self.jatuh_tempo_perpanjangan or self.jatuh_tempo

    @property
    def terbuka(self) -> bool:
        return self.status in self.STATUS_TERBUKA

    def terlambat(self, hari_ini: date) -> bool:
        """DOMAIN.md §4 rule 4: computed, never stored."""
        return self.terbuka and hari_ini > self.batas_waktu

    def hari_ini(self) -> date:
        """Today where the unit the request is addressed to is (DOMAIN.md §4 rule 7)."""
        return self.unit_kerja.hari_ini()

    class KetepatanWaktu(models.TextChoices):
        BERJALAN = "berjalan", _("Berjalan")
        MELEWATI_BATAS = "melewati_batas", _("Melewati batas waktu, belum dijawab")
        TEPAT_WAKTU = "tepat_waktu", _("Tepat waktu")
        TERLAMBAT = "terlambat", _("Terlambat")
        DICABUT = "dicabut", _("Dicabut pemohon")

    def ketepatan_waktu(self, hari_ini: date) -> str:
        """DOMAIN.md §4 rule 8: an open request is in progress until it is answered (or past
        its deadline); "on time" and "late" are for answered requests only, by the first
        written notice against the first deadline (extended, if it was)."""
        K = self.KetepatanWaktu
        if self.dijawab_pertama_pada is not None:
            dijawab = self.unit_kerja.tanggal_lokal(self.dijawab_pertama_pada)
            return K.TEPAT_WAKTU if dijawab <= self.batas_waktu_pertama else K.TERLAMBAT
        if self.status == self.Status.DICABUT:
            return K.DICABUT
        return K.MELEWATI_BATAS if self.terlambat(hari_ini) else K.BERJALAN
