"""State changes of requests, one function per legal act (STYLE.md).

Each runs in one transaction, checks that the change is allowed, saves with update_fields and
writes a Riwayat row. Nothing else assigns Permohonan.status.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from informasi.akses import ATASAN_PPID, PPID_UTAMA
from permohonan import kalender, surel
from permohonan.models import (
    Keberatan,
    Lampiran,
    NomorUrut,
    PemberitahuanTertulis,
    Pemohon,
    Permohonan,
    Riwayat,
    Sengketa,
    UjiKonsekuensi,
)
from permohonan.selectors import libur_aktif

# Days off are loaded for this many days after arrival: enough for the 10 + 7 working days of
# Pasal 22 however many holidays fall in between.
_JENDELA_LIBUR = timedelta(days=120)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class PermohonanDiterima:
    permohonan: Permohonan
    token: str  # the secret tracking token: shown/sent once, stored only as a hash


@transaction.atomic
def terima_permohonan(
    *,
    pemohon: Pemohon,
    permohonan: Permohonan,
    kanal: str,
    diterima_pada: datetime | None = None,
    oleh=None,
) -> PermohonanDiterima:
    """Register a request: number, receipt date and due date (UU 14/2008 Pasal 22 ayat (4)
    and (7); DOMAIN.md §4). `permohonan` is unsaved and carries the form's fields.

    Staff registering a request that came in person, by letter or e-mail pass its real
    `diterima_pada`; the deadline follows that date.
    """
    diterima_pada = diterima_pada or timezone.now()
    tanggal_tiba = timezone.localtime(diterima_pada).date()
    libur = libur_aktif(tanggal_tiba, tanggal_tiba + _JENDELA_LIBUR)
    tanggal_terima = kalender.tanggal_terima(tanggal_tiba, libur)

    pemohon.save()
    token = secrets.token_urlsafe(32)
    permohonan.pemohon = pemohon
    permohonan.kanal = kanal
    permohonan.diterima_pada = diterima_pada
    permohonan.tanggal_terima = tanggal_terima
    permohonan.jatuh_tempo = kalender.jatuh_tempo_pemberitahuan(tanggal_tiba, libur)
    permohonan.nomor = NomorUrut.berikutnya("P", tanggal_terima.year)
    permohonan.token_hash = hash_token(token)
    permohonan.status = Permohonan.Status.DITERIMA
    permohonan.save()
    Riwayat.objects.create(
        permohonan=permohonan,
        pelaku=oleh,
        peristiwa=Riwayat.Peristiwa.DITERIMA,
        keterangan=f"Nomor pendaftaran {permohonan.nomor}; jatuh tempo "
        f"{kalender.format_tanggal(permohonan.jatuh_tempo)}.",
        untuk_pemohon=True,
    )
    surel.permohonan_diterima(permohonan, token)
    return PermohonanDiterima(permohonan=permohonan, token=token)


class TransisiDitolak(Exception):
    """A change the rules do not allow; the message (Indonesian) is shown to the person."""


def _kunci(permohonan_id: int) -> Permohonan:
    return Permohonan.objects.select_for_update().get(pk=permohonan_id)


def _catat(permohonan, peristiwa, *, oleh, keterangan="", untuk_pemohon=True) -> Riwayat:
    return Riwayat.objects.create(
        permohonan=permohonan,
        pelaku=oleh,
        peristiwa=peristiwa,
        keterangan=keterangan,
        untuk_pemohon=untuk_pemohon,
    )


@transaction.atomic
def tugaskan_permohonan(*, permohonan_id: int, unit_kerja, petugas=None, oleh) -> Permohonan:
    """Assign a request to a unit (and officer); a new request is then being processed."""
    permohonan = _kunci(permohonan_id)
    if not permohonan.terbuka:
        raise TransisiDitolak(
            _("Permohonan yang sudah selesai atau dicabut tidak dapat ditugaskan lagi.")
        )
    permohonan.unit_kerja = unit_kerja
    permohonan.petugas = petugas
    if permohonan.status == Permohonan.Status.DITERIMA:
        permohonan.status = Permohonan.Status.DIPROSES
    permohonan.save(update_fields=["unit_kerja", "petugas", "status"])
    _catat(
        permohonan,
        Riwayat.Peristiwa.DITUGASKAN,
        oleh=oleh,
        keterangan=_("Diproses oleh %(unit)s.") % {"unit": unit_kerja.nama},
    )
    return permohonan


@transaction.atomic
def perpanjang_jangka_waktu(
    *, permohonan_id: int, alasan: str, oleh, hari_ini: date | None = None
) -> Permohonan:
    """Extend the deadline once by 7 working days with written reasons, only while the
    original deadline has not passed (UU 14/2008 Pasal 22 ayat (8); DOMAIN.md §4 rule 3)."""
    hari_ini = hari_ini or timezone.localdate()
    permohonan = _kunci(permohonan_id)
    if not permohonan.terbuka:
        raise TransisiDitolak(
            _("Permohonan yang sudah selesai atau dicabut tidak dapat diperpanjang.")
        )
    if permohonan.jatuh_tempo_perpanjangan:
        raise TransisiDitolak(
            _("Jangka waktu hanya dapat diperpanjang satu kali (UU 14/2008 Pasal 22 ayat 8).")
        )
    if hari_ini > permohonan.jatuh_tempo:
        raise TransisiDitolak(
            _("Jangka waktu sudah lewat (%(tanggal)s); perpanjangan hanya sebelum itu.")
            % {"tanggal": kalender.format_tanggal(permohonan.jatuh_tempo)}
        )
    if not alasan.strip():
        raise TransisiDitolak(
            _("Tuliskan alasan perpanjangan; alasan ini ditampilkan kepada pemohon.")
        )
    libur = libur_aktif(permohonan.jatuh_tempo, permohonan.jatuh_tempo + _JENDELA_LIBUR)
    permohonan.jatuh_tempo_perpanjangan = kalender.jatuh_tempo_perpanjangan(
        permohonan.jatuh_tempo, libur
    )
    permohonan.alasan_perpanjangan = alasan.strip()
    permohonan.status = Permohonan.Status.DIPERPANJANG
    permohonan.save(update_fields=["jatuh_tempo_perpanjangan", "alasan_perpanjangan", "status"])
    _catat(
        permohonan,
        Riwayat.Peristiwa.DIPERPANJANG,
        oleh=oleh,
        keterangan=_("Diperpanjang sampai %(tanggal)s. Alasan: %(alasan)s")
        % {
            "tanggal": kalender.format_tanggal(permohonan.jatuh_tempo_perpanjangan),
            "alasan": permohonan.alasan_perpanjangan,
        },
    )
    surel.jangka_waktu_diperpanjang(permohonan)
    return permohonan


@transaction.atomic
def cabut_permohonan(*, permohonan_id: int, alasan: str, oleh) -> Permohonan:
    """Withdraw a request on the requester's behalf [P]."""
    permohonan = _kunci(permohonan_id)
    if not permohonan.terbuka:
        raise TransisiDitolak(_("Permohonan ini sudah selesai atau dicabut."))
    permohonan.status = Permohonan.Status.DICABUT
    permohonan.selesai_pada = timezone.now()
    permohonan.save(update_fields=["status", "selesai_pada"])
    _catat(permohonan, Riwayat.Peristiwa.DICABUT, oleh=oleh, keterangan=alasan.strip())
    return permohonan


def catat_catatan_internal(*, permohonan_id: int, catatan: str, oleh) -> Riwayat:
    """A note for staff only; never shown to the requester."""
    if not catatan.strip():
        raise TransisiDitolak(_("Catatan kosong."))
    permohonan = Permohonan.objects.get(pk=permohonan_id)
    return _catat(
        permohonan,
        Riwayat.Peristiwa.CATATAN,
        oleh=oleh,
        keterangan=catatan.strip(),
        untuk_pemohon=False,
    )


def catat_identitas_dilihat(*, permohonan: Permohonan, oleh, dokumen: str = "") -> None:
    """Every view of an identity document is logged (DOMAIN.md §11); `dokumen` names it
    when it is not the identity scan (e.g. the power of attorney)."""
    _catat(
        permohonan,
        Riwayat.Peristiwa.IDENTITAS_DILIHAT,
        oleh=oleh,
        keterangan=dokumen,
        untuk_pemohon=False,
    )


def _periksa_uji_konsekuensi(pemberitahuan: PemberitahuanTertulis) -> None:
    """Information may only be withheld after a consequence test (UU 14/2008 Pasal 2 ayat (4)
    and 19): the notice must cite a test in force whose legal basis covers every Pasal 17
    letter it cites."""
    # Read from the database (and lock) so a test revoked meanwhile cannot back a refusal.
    uji = (
        UjiKonsekuensi.objects.select_for_update()
        .filter(pk=pemberitahuan.uji_konsekuensi_id)
        .first()
    )
    if uji is None or not uji.berlaku(timezone.localdate()):
        raise TransisiDitolak(
            _(
                "Informasi hanya dapat dikecualikan berdasarkan uji konsekuensi yang sudah "
                "ditetapkan dan masih berlaku (UU 14/2008 Pasal 2 ayat 4 dan Pasal 19). Pilih "
                "uji konsekuensinya, atau mintakan penetapannya kepada PPID Utama."
            )
        )
    kurang = sorted(set(pemberitahuan.pasal_17) - set(uji.pasal_17))
    if kurang:
        raise TransisiDitolak(
            _(
                "Uji konsekuensi %(uji)s tidak mencakup Pasal 17 huruf %(huruf)s. Sebutkan "
                "hanya huruf yang diuji, atau pilih uji konsekuensi lain."
            )
            % {"uji": uji, "huruf": ", ".join(kurang)}
        )


@transaction.atomic
def kirim_pemberitahuan(
    *,
    permohonan_id: int,
    pemberitahuan: PemberitahuanTertulis,
    lampiran: list[tuple[str, object]] = (),
    informasi_terkait=(),
    oleh,
) -> PemberitahuanTertulis:
    """Send the written notice (UU 14/2008 Pasal 22 ayat (7)) and close the request.

    `pemberitahuan` is unsaved and carries the decision; `lampiran` are (title, file) pairs of
    released files. Refuses a notice that lacks what the article requires for its outcome.
    """
    permohonan = _kunci(permohonan_id)
    if not permohonan.terbuka:
        raise TransisiDitolak(
            _("Permohonan ini sudah selesai atau dicabut; pemberitahuan tidak dapat dikirim.")
        )
    H = Permohonan.Hasil
    hasil = pemberitahuan.hasil
    if hasil == H.DITOLAK and not (pemberitahuan.pasal_17 and pemberitahuan.alasan.strip()):
        # Pasal 22 ayat (7) huruf c: a refusal states its Pasal 17 ground(s).
        raise TransisiDitolak(
            _("Penolakan wajib menyebut huruf Pasal 17 yang menjadi dasar dan alasannya.")
        )
    if hasil == H.DIKABULKAN_SEBAGIAN and not (
        pemberitahuan.bagian_dihitamkan.strip() and pemberitahuan.pasal_17
    ):
        # Pasal 22 ayat (7) huruf e: the blacked-out parts and why (their Pasal 17 ground).
        raise TransisiDitolak(
            _(
                "Sebutkan bagian yang dihitamkan, alasannya, dan huruf Pasal 17 yang menjadi "
                "dasarnya (Pasal 22 ayat 7 huruf e)."
            )
        )
    if hasil in (H.DITOLAK, H.DIKABULKAN_SEBAGIAN):
        _periksa_uji_konsekuensi(pemberitahuan)
    if hasil in (H.DIKABULKAN_SELURUHNYA, H.DIKABULKAN_SEBAGIAN) and not (
        pemberitahuan.informasi_diberikan.strip() and pemberitahuan.bentuk
    ):
        # Pasal 22 ayat (7) huruf d and f: what is provided, and in what form.
        raise TransisiDitolak(
            _("Sebutkan informasi yang diberikan dan bentuknya (Pasal 22 ayat 7 huruf d, f).")
        )
    pemberitahuan.dikuasai = hasil != H.TIDAK_DIKUASAI
    pemberitahuan.permohonan = permohonan
    pemberitahuan.dikirim_oleh = oleh
    pemberitahuan.dikirim_pada = timezone.now()
    pemberitahuan.save()
    pemberitahuan.informasi_terkait.set(informasi_terkait)
    for judul, berkas in lampiran:
        Lampiran.objects.create(
            pemberitahuan=pemberitahuan,
            judul=judul,
            berkas=berkas,
            ukuran=berkas.size,
            tipe_mime=getattr(berkas, "content_type", "") or "",
        )
    permohonan.status = Permohonan.Status.SELESAI
    permohonan.hasil = hasil
    permohonan.selesai_pada = pemberitahuan.dikirim_pada
    permohonan.save(update_fields=["status", "hasil", "selesai_pada"])
    _catat(
        permohonan,
        Riwayat.Peristiwa.PEMBERITAHUAN,
        oleh=oleh,
        keterangan=pemberitahuan.get_hasil_display(),
    )
    surel.pemberitahuan_dikirim(pemberitahuan)
    return pemberitahuan


# --- Consequence tests (DOMAIN.md §5) ----------------------------------------------------


def _dalam_grup(user, grup: str) -> bool:
    return user.is_superuser or user.groups.filter(name=grup).exists()


def _kunci_uji(uji_id: int) -> UjiKonsekuensi:
    return UjiKonsekuensi.objects.select_for_update().get(pk=uji_id)


@transaction.atomic
def tetapkan_uji_konsekuensi(*, uji_id: int, oleh) -> UjiKonsekuensi:
    """Set a consequence test in force. At KPU consequence tests are decided centrally by
    KPU RI's PPID (PKPU 22/2023 Pasal 24–26; DOMAIN.md §5): only PPID Utama may do this.
    The record must hold every element of the lembar uji konsekuensi."""
    if not _dalam_grup(oleh, PPID_UTAMA):
        raise TransisiDitolak(_("Hanya PPID Utama yang dapat menetapkan uji konsekuensi."))
    uji = _kunci_uji(uji_id)
    if uji.status != UjiKonsekuensi.Status.DRAF:
        raise TransisiDitolak(_("Hanya uji konsekuensi berstatus draf yang dapat ditetapkan."))
    kurang = [
        str(UjiKonsekuensi._meta.get_field(f).verbose_name)
        for f in (
            "nama_pemutus",
            "jabatan_pemutus",
            "nama_penyetuju",
            "jabatan_penyetuju",
            "nomor_keputusan",
            "tanggal_keputusan",
            "tempat",
        )
        if not getattr(uji, f)
    ]
    if uji.mengecualikan and not uji.pasal_17:
        kurang.append(str(UjiKonsekuensi._meta.get_field("pasal_17").verbose_name))
    if uji.mengecualikan and not (uji.berlaku_sampai or uji.berlaku_syarat.strip()):
        kurang.append(_("jangka waktu pengecualian (tanggal berakhir atau syarat)"))
    if kurang:
        raise TransisiDitolak(_("Lengkapi dulu: %(kurang)s.") % {"kurang": ", ".join(kurang)})
    uji.status = UjiKonsekuensi.Status.DITETAPKAN
    uji.ditetapkan_oleh = oleh
    uji.ditetapkan_pada = timezone.now()
    uji.save(update_fields=["status", "ditetapkan_oleh", "ditetapkan_pada"])
    return uji


@transaction.atomic
def cabut_uji_konsekuensi(*, uji_id: int, alasan: str, oleh) -> UjiKonsekuensi:
    """Revoke a consequence test in force (e.g. after a Komisi Informasi ruling): the
    information is open again. PPID Utama only, with reasons."""
    if not _dalam_grup(oleh, PPID_UTAMA):
        raise TransisiDitolak(_("Hanya PPID Utama yang dapat mencabut uji konsekuensi."))
    uji = _kunci_uji(uji_id)
    if uji.status != UjiKonsekuensi.Status.DITETAPKAN:
        raise TransisiDitolak(_("Hanya uji konsekuensi yang berlaku yang dapat dicabut."))
    if not alasan.strip():
        raise TransisiDitolak(_("Tuliskan alasan pencabutan."))
    uji.status = UjiKonsekuensi.Status.DICABUT
    uji.alasan_dicabut = alasan.strip()
    uji.selesai_pada = timezone.localdate()
    uji.save(update_fields=["status", "alasan_dicabut", "selesai_pada"])
    return uji


def akhiri_uji_konsekuensi(*, hari_ini: date) -> int:
    """Mark the exemptions whose end date has come as berakhir: the information becomes
    public automatically when the exemption ends (DOMAIN.md §5, expiry). Returns how many."""
    return UjiKonsekuensi.objects.filter(
        status=UjiKonsekuensi.Status.DITETAPKAN, berlaku_sampai__lte=hari_ini
    ).update(status=UjiKonsekuensi.Status.BERAKHIR, selesai_pada=F("berlaku_sampai"))


# --- Objections (DOMAIN.md §6) -----------------------------------------------------------


@dataclass(frozen=True)
class JendelaKeberatan:
    """When one objection ground arose for a request and the last day to file on it."""

    alasan: str
    timbul: date | None
    batas: date | None

    def terbuka(self, hari_ini: date) -> bool:
        return self.timbul is not None and self.timbul <= hari_ini <= self.batas


def jendela_keberatan(
    permohonan: Permohonan, *, tanggal_diketahui: date | None = None
) -> dict[str, JendelaKeberatan]:
    """Each ground of Pasal 35 ayat (1) with its 30-working-day filing window (Pasal 36
    ayat (1)) for this request, from its latest written notice and its deadline."""
    pemberitahuan = permohonan.daftar_pemberitahuan.order_by("-dikirim_pada").first()
    tanggal_pemberitahuan = (
        timezone.localtime(pemberitahuan.dikirim_pada).date() if pemberitahuan else None
    )
    menolak = pemberitahuan is not None and pemberitahuan.hasil in (
        Permohonan.Hasil.DITOLAK,
        Permohonan.Hasil.DIKABULKAN_SEBAGIAN,
    )
    mulai = min(d for d in (permohonan.batas_waktu, tanggal_pemberitahuan, tanggal_diketahui) if d)
    libur = libur_aktif(mulai, mulai + _JENDELA_LIBUR)
    hasil = {}
    for alasan in kalender.ALASAN_KEBERATAN:
        timbul = kalender.alasan_keberatan_timbul(
            alasan,
            batas_waktu=permohonan.batas_waktu,
            tanggal_pemberitahuan=tanggal_pemberitahuan,
            menolak=menolak,
            tanggal_diketahui=tanggal_diketahui,
        )
        batas = kalender.batas_pengajuan_keberatan(timbul, libur) if timbul else None
        hasil[alasan] = JendelaKeberatan(alasan, timbul, batas)
    return hasil


def _catat_keberatan(keberatan, peristiwa, *, oleh, keterangan="", untuk_pemohon=True):
    return _catat(
        keberatan.permohonan,
        peristiwa,
        oleh=oleh,
        keterangan=f"{keberatan.nomor}: {keterangan}" if keterangan else keberatan.nomor,
        untuk_pemohon=untuk_pemohon,
    )


@transaction.atomic
def ajukan_keberatan(
    *,
    keberatan: Keberatan,
    kanal: str,
    diterima_pada: datetime | None = None,
    oleh=None,
) -> Keberatan:
    """Register an objection to the Atasan PPID (UU 14/2008 Pasal 35–36): number, receipt
    date and the 30-working-day answer deadline. `keberatan` is unsaved, with its request,
    grounds and case. Each ground must have arisen and its 30-working-day window be open."""
    diterima_pada = diterima_pada or timezone.now()
    hari_ini = timezone.localtime(diterima_pada).date()
    permohonan = _kunci(keberatan.permohonan_id)
    if permohonan.status == Permohonan.Status.DICABUT:
        raise TransisiDitolak(_("Permohonan ini sudah dicabut; keberatan tidak dapat diajukan."))
    if permohonan.keberatan.filter(status__in=Keberatan.STATUS_TERBUKA).exists():
        raise TransisiDitolak(
            _("Keberatan atas permohonan ini masih diproses; tunggu tanggapan atasan PPID.")
        )
    if not keberatan.alasan:
        raise TransisiDitolak(_("Pilih paling sedikit satu alasan keberatan."))
    jendela = jendela_keberatan(permohonan, tanggal_diketahui=keberatan.tanggal_diketahui)
    for alasan in keberatan.alasan:
        j = jendela[alasan]
        if j.timbul is None or j.timbul > hari_ini:
            raise TransisiDitolak(
                _("Alasan huruf %(huruf)s belum terjadi pada permohonan ini: %(penjelasan)s")
                % {"huruf": alasan, "penjelasan": PENJELASAN_BELUM_TIMBUL[alasan]}
            )
        if hari_ini > j.batas:
            raise TransisiDitolak(
                _(
                    "Batas waktu keberatan dengan alasan huruf %(huruf)s sudah lewat pada "
                    "%(tanggal)s (30 hari kerja, UU 14/2008 Pasal 36 ayat 1)."
                )
                % {"huruf": alasan, "tanggal": kalender.format_tanggal(j.batas)}
            )
    libur = libur_aktif(hari_ini, hari_ini + _JENDELA_LIBUR)
    keberatan.permohonan = permohonan
    keberatan.kanal = kanal
    keberatan.diterima_pada = diterima_pada
    keberatan.tanggal_terima = kalender.tanggal_terima(hari_ini, libur)
    keberatan.jatuh_tempo = kalender.jatuh_tempo_tanggapan_keberatan(hari_ini, libur)
    keberatan.nomor = NomorUrut.berikutnya("K", keberatan.tanggal_terima.year)
    keberatan.status = Keberatan.Status.DIAJUKAN
    keberatan.save()
    _catat_keberatan(
        keberatan,
        Riwayat.Peristiwa.KEBERATAN_DIAJUKAN,
        oleh=oleh,
        keterangan=_("tanggapan atasan PPID paling lambat %(tanggal)s.")
        % {"tanggal": kalender.format_tanggal(keberatan.jatuh_tempo)},
    )
    surel.keberatan_diterima(keberatan)
    return keberatan


PENJELASAN_BELUM_TIMBUL = {
    "a": gettext_lazy("belum ada pemberitahuan tertulis yang menolak permohonan."),
    "b": gettext_lazy("isi tanggal Anda mengetahui informasi berkala itu tidak disediakan."),
    "c": gettext_lazy("batas waktu jawaban belum lewat, atau sudah dijawab tepat waktu."),
    "d": gettext_lazy("belum ada pemberitahuan tertulis."),
    "e": gettext_lazy("belum ada pemberitahuan tertulis."),
    "f": gettext_lazy("belum ada pemberitahuan tertulis."),
    "g": gettext_lazy("informasi belum disampaikan melewati batas waktu."),
}


def _kunci_keberatan(keberatan_id: int) -> Keberatan:
    return Keberatan.objects.select_for_update().select_related("permohonan").get(pk=keberatan_id)


@transaction.atomic
def proses_keberatan(*, keberatan_id: int, oleh) -> Keberatan:
    """The Atasan PPID takes up an objection."""
    if not _dalam_grup(oleh, ATASAN_PPID):
        raise TransisiDitolak(_("Hanya atasan PPID yang menangani keberatan."))
    keberatan = _kunci_keberatan(keberatan_id)
    if keberatan.status != Keberatan.Status.DIAJUKAN:
        raise TransisiDitolak(_("Keberatan ini sudah diproses, selesai, atau dicabut."))
    keberatan.status = Keberatan.Status.DIPROSES
    keberatan.save(update_fields=["status"])
    _catat_keberatan(keberatan, Riwayat.Peristiwa.KEBERATAN_DIPROSES, oleh=oleh)
    return keberatan


@transaction.atomic
def putuskan_keberatan(
    *,
    keberatan_id: int,
    keputusan: str,
    pertimbangan: str,
    nama_atasan: str,
    jabatan_atasan: str,
    oleh,
) -> Keberatan:
    """The Atasan PPID's written answer (UU 14/2008 Pasal 36 ayat (2)). Accepted: the PPID is
    ordered to provide the information and the request is open again, with 10 working days
    [P] to carry it out. Rejected: the reasons go with the answer. Agreement (musyawarah):
    only for grounds b–g (DOMAIN.md §6)."""
    if not _dalam_grup(oleh, ATASAN_PPID):
        raise TransisiDitolak(_("Hanya atasan PPID yang dapat memutus keberatan."))
    keberatan = _kunci_keberatan(keberatan_id)
    if not keberatan.terbuka:
        raise TransisiDitolak(_("Keberatan ini sudah ditanggapi atau dicabut."))
    K = Keberatan.Keputusan
    if keputusan not in K.values:
        raise TransisiDitolak(_("Pilih keputusan."))
    if keputusan == K.MUSYAWARAH and not set(keberatan.alasan) <= kalender.ALASAN_MUSYAWARAH:
        raise TransisiDitolak(
            _("Keberatan atas penolakan (alasan huruf a) tidak dapat diselesaikan musyawarah.")
        )
    if not (pertimbangan.strip() and nama_atasan.strip() and jabatan_atasan.strip()):
        raise TransisiDitolak(
            _("Tuliskan pertimbangan, nama, dan jabatan atasan PPID yang menandatangani.")
        )
    keberatan.keputusan = keputusan
    keberatan.pertimbangan = pertimbangan.strip()
    keberatan.nama_atasan = nama_atasan.strip()
    keberatan.jabatan_atasan = jabatan_atasan.strip()
    keberatan.diputuskan_pada = timezone.now()
    keberatan.diputuskan_oleh = oleh
    keberatan.status = Keberatan.Status.SELESAI
    keberatan.save(
        update_fields=[
            "keputusan",
            "pertimbangan",
            "nama_atasan",
            "jabatan_atasan",
            "diputuskan_pada",
            "diputuskan_oleh",
            "status",
        ]
    )
    _catat_keberatan(
        keberatan,
        Riwayat.Peristiwa.KEBERATAN_DIPUTUSKAN,
        oleh=oleh,
        keterangan=keberatan.get_keputusan_display(),
    )
    if keputusan == K.DITERIMA:
        _buka_kembali(keberatan, oleh=oleh)
    surel.keberatan_ditanggapi(keberatan)
    return keberatan


def _buka_kembali(keberatan: Keberatan, *, oleh) -> None:
    permohonan = _kunci(keberatan.permohonan_id)
    hari_ini = timezone.localdate()
    libur = libur_aktif(hari_ini, hari_ini + _JENDELA_LIBUR)
    permohonan.jatuh_tempo_pelaksanaan = kalender.tambah_hari_kerja(
        hari_ini, kalender.BATAS_PEMBERITAHUAN, libur
    )
    permohonan.status = Permohonan.Status.DIPROSES
    permohonan.hasil = ""
    permohonan.selesai_pada = None
    permohonan.save(update_fields=["jatuh_tempo_pelaksanaan", "status", "hasil", "selesai_pada"])
    _catat(
        permohonan,
        Riwayat.Peristiwa.DIBUKA_KEMBALI,
        oleh=oleh,
        keterangan=_(
            "Keberatan %(nomor)s diterima: PPID memberikan informasinya paling lambat %(tanggal)s."
        )
        % {
            "nomor": keberatan.nomor,
            "tanggal": kalender.format_tanggal(permohonan.jatuh_tempo_pelaksanaan),
        },
    )


@transaction.atomic
def cabut_keberatan(*, keberatan_id: int, alasan: str, oleh) -> Keberatan:
    """Withdraw an objection on the objector's behalf [P]."""
    keberatan = _kunci_keberatan(keberatan_id)
    if not keberatan.terbuka:
        raise TransisiDitolak(_("Keberatan ini sudah ditanggapi atau dicabut."))
    keberatan.status = Keberatan.Status.DICABUT
    keberatan.save(update_fields=["status"])
    _catat_keberatan(
        keberatan, Riwayat.Peristiwa.KEBERATAN_DICABUT, oleh=oleh, keterangan=alasan.strip()
    )
    return keberatan


@transaction.atomic
def catat_sengketa(*, sengketa: Sengketa, oleh) -> Sengketa:
    """Record a dispute at the Komisi Informasi or its next stage (UU 14/2008 Pasal 37–38).
    The portal does not run disputes; the requester sees each stage on the tracking page."""
    keberatan = Keberatan.objects.select_related("permohonan").get(pk=sengketa.keberatan_id)
    if sengketa.pk is None and keberatan.status != Keberatan.Status.SELESAI:
        raise TransisiDitolak(_("Sengketa dicatat setelah atasan PPID menanggapi keberatannya."))
    sengketa.save()
    _catat(
        keberatan.permohonan,
        Riwayat.Peristiwa.SENGKETA,
        oleh=oleh,
        keterangan=f"{sengketa.komisi}: {sengketa.get_tahap_display()}"
        + (f" ({sengketa.nomor_register})" if sengketa.nomor_register else ""),
    )
    return sengketa
