"""The satisfaction survey (survei kepuasan masyarakat, PermenPAN-RB 14/2017; DOMAIN.md §10)
and the public consultation forum (forum konsultasi publik).

Privacy (UU 27/2022; DOMAIN.md §11): an answer holds nothing about the person beyond the
link to their request; what the public ever reads of a suggestion or a feedback is the text
staff wrote for publication (`*_terbit`), never the raw one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from permohonan.models.permohonan import Permohonan

MAKS_SARAN = 1000
MAKS_NAMA_MASUKAN = 100
MAKS_ISI_MASUKAN = 2000


@dataclass(frozen=True)
class Unsur:
    """One of the nine service elements: the answer field, its name, the question and the
    four answers from 1 (worst) to 4 (best)."""

    field: str
    nama: str
    pertanyaan: str
    jawaban: tuple[str, str, str, str]


# The nine elements of PermenPAN-RB 14/2017 Lampiran (Bab II huruf B, "Ruang Lingkup"), in its
# order, with the questions and answers of its sample questionnaire (Lampiran, "Kuesioner"),
# each answer scored 1–4 (a = 1 … d = 4).
UNSUR: tuple[Unsur, ...] = (
    Unsur(
        "persyaratan",
        _("Persyaratan"),
        _(
            "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan "
            "jenis pelayanannya?"
        ),
        (_("Tidak sesuai"), _("Kurang sesuai"), _("Sesuai"), _("Sangat sesuai")),
    ),
    Unsur(
        "prosedur",
        _("Sistem, mekanisme, dan prosedur"),
        _("Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?"),
        (_("Tidak mudah"), _("Kurang mudah"), _("Mudah"), _("Sangat mudah")),
    ),
    Unsur(
        "waktu",
        _("Waktu penyelesaian"),
        _("Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?"),
        (_("Tidak cepat"), _("Kurang cepat"), _("Cepat"), _("Sangat cepat")),
    ),
    Unsur(
        "biaya",
        _("Biaya/tarif"),
        _("Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?"),
        (_("Sangat mahal"), _("Cukup mahal"), _("Murah"), _("Gratis")),
    ),
    Unsur(
        "produk",
        _("Produk spesifikasi jenis pelayanan"),
        _(
            "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang "
            "tercantum dalam standar pelayanan dengan hasil yang diberikan?"
        ),
        (_("Tidak sesuai"), _("Kurang sesuai"), _("Sesuai"), _("Sangat sesuai")),
    ),
    Unsur(
        "kompetensi",
        _("Kompetensi pelaksana"),
        _("Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?"),
        (_("Tidak kompeten"), _("Kurang kompeten"), _("Kompeten"), _("Sangat kompeten")),
    ),
    Unsur(
        "perilaku",
        _("Perilaku pelaksana"),
        _(
            "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait "
            "kesopanan dan keramahan?"
        ),
        (
            _("Tidak sopan dan ramah"),
            _("Kurang sopan dan ramah"),
            _("Sopan dan ramah"),
            _("Sangat sopan dan ramah"),
        ),
    ),
    Unsur(
        "pengaduan",
        _("Penanganan pengaduan, saran, dan masukan"),
        _("Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?"),
        (
            _("Tidak ada"),
            _("Ada tetapi tidak berfungsi"),
            _("Berfungsi kurang maksimal"),
            _("Dikelola dengan baik"),
        ),
    ),
    Unsur(
        "sarana",
        _("Sarana dan prasarana"),
        _("Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?"),
        (_("Buruk"), _("Cukup"), _("Baik"), _("Sangat baik")),
    ),
)
FIELD_UNSUR = tuple(u.field for u in UNSUR)


def _nilai(unsur: Unsur) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        unsur.nama, choices=[(i, j) for i, j in enumerate(unsur.jawaban, start=1)]
    )


class Survei(models.Model):
    """One requester's answers on one finished request (one survey per request)."""

    permohonan = models.OneToOneField(
        Permohonan,
        on_delete=models.CASCADE,
        related_name="survei",
        verbose_name=_("permohonan"),
    )
    persyaratan = _nilai(UNSUR[0])
    prosedur = _nilai(UNSUR[1])
    waktu = _nilai(UNSUR[2])
    biaya = _nilai(UNSUR[3])
    produk = _nilai(UNSUR[4])
    kompetensi = _nilai(UNSUR[5])
    perilaku = _nilai(UNSUR[6])
    pengaduan = _nilai(UNSUR[7])
    sarana = _nilai(UNSUR[8])
    saran = models.TextField(
        _("saran (asli, hanya petugas)"), max_length=MAKS_SARAN, blank=True, editable=False
    )
    saran_terbit = models.TextField(
        _("saran untuk ditampilkan"),
        max_length=MAKS_SARAN,
        blank=True,
        help_text=_(
            "Tulis ulang saran tanpa data pribadi (nama, NIK, alamat, telepon, e-mail, nomor "
            "permohonan). Hanya teks ini yang tampil di halaman publik."
        ),
    )
    saran_ditampilkan = models.BooleanField(_("tampilkan saran"), default=False)
    diisi_pada = models.DateTimeField(_("diisi pada"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("survei kepuasan")
        verbose_name_plural = _("survei kepuasan")
        ordering = ["-diisi_pada"]
        constraints = [
            *(
                models.CheckConstraint(
                    condition=Q(**{f"{f}__gte": 1, f"{f}__lte": 4}), name=f"survei_{f}_1_4"
                )
                for f in FIELD_UNSUR
            ),
            # Only a text staff wrote is ever published.
            models.CheckConstraint(
                condition=Q(saran_ditampilkan=False) | ~Q(saran_terbit=""),
                name="survei_tampil_perlu_teks",
            ),
        ]
        indexes = [models.Index(fields=["diisi_pada"], name="survei_diisi_idx")]

    def __str__(self) -> str:
        return str(_("Survei %(nomor)s") % {"nomor": self.permohonan.nomor})


class TopikKonsultasi(models.Model):
    """A topic of the public consultation forum that staff open for a period."""

    judul = models.CharField(_("judul"), max_length=200)
    uraian = models.TextField(_("uraian"), help_text=_("Apa yang ingin diketahui dari publik."))
    unit_kerja = models.ForeignKey(
        "informasi.UnitKerja",
        on_delete=models.PROTECT,
        verbose_name=_("unit kerja"),
        related_name="topik_konsultasi",
    )
    dibuka = models.DateField(_("dibuka"))
    ditutup = models.DateField(_("ditutup"), help_text=_("Hari terakhir masukan diterima."))
    ringkasan_terbit = models.TextField(
        _("ringkasan untuk ditampilkan"),
        blank=True,
        help_text=_(
            "Ringkasan hasil konsultasi, tanpa data pribadi peserta; tampil di halaman topik."
        ),
    )
    dibuat_pada = models.DateTimeField(_("dibuat pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("topik konsultasi publik")
        verbose_name_plural = _("topik konsultasi publik")
        ordering = ["-dibuka", "judul"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ditutup__gte=models.F("dibuka")), name="topik_tutup_setelah_buka"
            ),
        ]

    def __str__(self) -> str:
        return self.judul

    def terbuka(self, hari_ini: date) -> bool:
        """Whether feedback is accepted on `hari_ini` (both dates count)."""
        return self.dibuka <= hari_ini <= self.ditutup


class MasukanKonsultasi(models.Model):
    """One participant's feedback on a consultation topic; read by staff only."""

    topik = models.ForeignKey(
        TopikKonsultasi,
        on_delete=models.CASCADE,
        related_name="masukan",
        verbose_name=_("topik"),
    )
    nama = models.CharField(
        _("nama (boleh kosong)"), max_length=MAKS_NAMA_MASUKAN, blank=True, editable=False
    )
    isi = models.TextField(_("masukan (asli, hanya petugas)"), max_length=MAKS_ISI_MASUKAN)
    isi_terbit = models.TextField(
        _("masukan untuk ditampilkan"),
        max_length=MAKS_ISI_MASUKAN,
        blank=True,
        help_text=_(
            "Tulis ulang masukan tanpa data pribadi. Hanya teks ini yang tampil di halaman "
            "publik, tanpa nama pengirim."
        ),
    )
    ditampilkan = models.BooleanField(_("tampilkan"), default=False)
    dikirim_pada = models.DateTimeField(_("dikirim pada"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("masukan konsultasi publik")
        verbose_name_plural = _("masukan konsultasi publik")
        ordering = ["-dikirim_pada"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ditampilkan=False) | ~Q(isi_terbit=""),
                name="masukan_tampil_perlu_teks",
            ),
        ]

    def __str__(self) -> str:
        return str(_("Masukan #%(pk)s") % {"pk": self.pk})
