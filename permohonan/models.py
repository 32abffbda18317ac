"""Information requests, notices, objections and the working-day calendar.

The request workflow follows UU 14/2008 Pasal 22 and Perki 1/2021 (DOMAIN.md §3–4).
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from permohonan.penyimpanan import privat


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
    berkas_identitas = models.FileField(
        _("pindaian identitas"), storage=privat, upload_to="identitas/%Y/%m/", max_length=255
    )
    alamat = models.TextField(_("alamat"))
    telepon = models.CharField(_("telepon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"))
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
        upload_to="kuasa/%Y/%m/",
        max_length=255,
        blank=True,
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
            models.Index(fields=["-diterima_pada"], name="permohonan_diterima_idx"),
            models.Index(fields=["kanal"], name="permohonan_kanal_idx"),
            models.Index(fields=["hasil"], name="permohonan_hasil_idx"),
            models.Index(fields=["tanggal_terima"], name="permohonan_tanggal_idx"),
        ]

    def __str__(self) -> str:
        return self.nomor

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


class Riwayat(models.Model):
    """Append-only log of what happened to a request: who, when, what."""

    class Peristiwa(models.TextChoices):
        DITERIMA = "diterima", _("Permohonan diterima")
        DITUGASKAN = "ditugaskan", _("Ditugaskan")
        DIPERPANJANG = "diperpanjang", _("Jangka waktu diperpanjang")
        PEMBERITAHUAN = "pemberitahuan", _("Pemberitahuan tertulis dikirim")
        DICABUT = "dicabut", _("Permohonan dicabut")
        CATATAN = "catatan", _("Catatan internal")
        IDENTITAS_DILIHAT = "identitas_dilihat", _("Pindaian identitas dilihat")
        KEBERATAN_DIAJUKAN = "keberatan_diajukan", _("Keberatan diajukan")
        KEBERATAN_DIPROSES = "keberatan_diproses", _("Keberatan diproses")
        KEBERATAN_DIPUTUSKAN = "keberatan_diputuskan", _("Tanggapan atas keberatan")
        KEBERATAN_DICABUT = "keberatan_dicabut", _("Keberatan dicabut")
        DIBUKA_KEMBALI = "dibuka_kembali", _("Permohonan diproses kembali")
        SENGKETA = "sengketa", _("Sengketa informasi")

    permohonan = models.ForeignKey(
        Permohonan, verbose_name=_("permohonan"), on_delete=models.CASCADE, related_name="riwayat"
    )
    waktu = models.DateTimeField(_("waktu"), default=timezone.now)
    pelaku = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pelaku"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    peristiwa = models.CharField(_("peristiwa"), max_length=30, choices=Peristiwa.choices)
    keterangan = models.TextField(_("keterangan"), blank=True)
    untuk_pemohon = models.BooleanField(
        _("ditampilkan kepada pemohon"),
        default=False,
        help_text=_("Catatan internal tidak pernah ditampilkan kepada pemohon."),
    )

    class Meta:
        verbose_name = _("riwayat")
        verbose_name_plural = _("riwayat")
        ordering = ["waktu", "id"]

    def __str__(self) -> str:
        return f"{self.permohonan} — {self.get_peristiwa_display()}"


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
        upload_to="kuasa/%Y/%m/",
        max_length=255,
        blank=True,
    )
    kanal = models.CharField(_("kanal"), max_length=20, choices=Permohonan.Kanal.choices)
    diterima_pada = models.DateTimeField(_("diterima pada"))
    tanggal_terima = models.DateField(_("tanggal terima"))
    jatuh_tempo = models.DateField(_("jatuh tempo tanggapan"))
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
    diputuskan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ditanggapi oleh"),
        on_delete=models.PROTECT,
        null=True,
        editable=False,
        related_name="+",
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

    @property
    def terbuka(self) -> bool:
        return self.status in self.STATUS_TERBUKA

    def terlambat(self, hari_ini: date) -> bool:
        return self.terbuka and hari_ini > self.jatuh_tempo

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
