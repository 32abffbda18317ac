"""Objections to the Atasan PPID and disputes before the Komisi Informasi (UU 14/2008
Pasal 35–38; Perki 1/2021 Pasal 39–41; DOMAIN.md §6–7): the filing windows, filing, taking
up, answering, withdrawing, and recording a dispute."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from permohonan import akses, kalender, surel
from permohonan.models import Keberatan, NomorUrut, Permohonan, Riwayat, Sengketa
from permohonan.selectors import foto_libur, libur_aktif
from permohonan.services._umum import TransisiDitolak, catat
from permohonan.surat import unit_penerbit


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
        permohonan.unit_kerja.tanggal_lokal(pemberitahuan.dikirim_pada) if pemberitahuan else None
    )
    menolak = pemberitahuan is not None and pemberitahuan.hasil in (
        Permohonan.Hasil.DITOLAK,
        Permohonan.Hasil.DIKABULKAN_SEBAGIAN,
    )
    mulai = min(d for d in (permohonan.batas_waktu, tanggal_pemberitahuan, tanggal_diketahui) if d)
    libur = libur_aktif(mulai)
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


PENJELASAN_BELUM_TIMBUL = {
    "a": gettext_lazy("belum ada pemberitahuan tertulis yang menolak permohonan."),
    "b": gettext_lazy("isi tanggal Anda mengetahui informasi berkala itu tidak disediakan."),
    "c": gettext_lazy("batas waktu jawaban belum lewat, atau sudah dijawab tepat waktu."),
    "d": gettext_lazy("belum ada pemberitahuan tertulis."),
    "e": gettext_lazy("belum ada pemberitahuan tertulis."),
    "f": gettext_lazy("belum ada pemberitahuan tertulis."),
    "g": gettext_lazy("informasi belum disampaikan melewati batas waktu."),
}


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
    grounds and case. Each ground must have arisen and its 30-working-day window be open.

    `oleh` is None for the requester (the view checked their proof, permohonan.akses), or
    the staff member typing in an objection that arrived on paper."""
    diterima_pada = diterima_pada or timezone.now()
    if oleh is None:
        permohonan = Permohonan.objects.select_for_update().get(pk=keberatan.permohonan_id)
    else:
        akses.periksa(oleh, akses.KEBERATAN, "catat")
        permohonan = akses.permohonan_untuk_staf(
            oleh, keberatan.permohonan_id, aksi="lihat", kunci=True
        )
    hari_ini = permohonan.unit_kerja.tanggal_lokal(diterima_pada)
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
    libur = libur_aktif(hari_ini)
    keberatan.permohonan = permohonan
    keberatan.kanal = kanal
    keberatan.diterima_pada = diterima_pada
    keberatan.tanggal_terima = kalender.tanggal_terima(hari_ini, libur)
    keberatan.jatuh_tempo = kalender.jatuh_tempo_tanggapan_keberatan(hari_ini, libur)
    keberatan.libur_dihitung = foto_libur(libur, hari_ini, keberatan.jatuh_tempo)
    keberatan.nomor = NomorUrut.berikutnya("K", keberatan.tanggal_terima.year)
    keberatan.status = Keberatan.Status.DIAJUKAN
    keberatan.save()
    catat(
        Riwayat.Peristiwa.KEBERATAN_DIAJUKAN,
        keberatan=keberatan,
        oleh=oleh,
        waktu=diterima_pada,
        jatuh_tempo=keberatan.jatuh_tempo,
    )
    surel.keberatan_diterima(keberatan)
    return keberatan


@transaction.atomic
def proses_keberatan(*, keberatan_id: int, oleh) -> Keberatan:
    """The Atasan PPID takes up an objection."""
    keberatan = akses.keberatan_untuk_staf(oleh, keberatan_id, aksi="proses", kunci=True)
    if keberatan.status != Keberatan.Status.DIAJUKAN:
        raise TransisiDitolak(_("Keberatan ini sudah diproses, selesai, atau dicabut."))
    keberatan.status = Keberatan.Status.DIPROSES
    keberatan.save(update_fields=["status"])
    catat(Riwayat.Peristiwa.KEBERATAN_DIPROSES, keberatan=keberatan, oleh=oleh)
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
    keberatan = akses.keberatan_untuk_staf(oleh, keberatan_id, aksi="putuskan", kunci=True)
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
    keberatan.nomor_surat_tanggapan = NomorUrut.nomor_surat(
        unit_penerbit(oleh, keberatan.permohonan.unit_kerja), keberatan.permohonan.hari_ini()
    )
    keberatan.status = Keberatan.Status.SELESAI
    if keberatan.permohonan.pemohon.email:
        # Sent by e-mail with this change: received the day it is sent (Pasal 37 ayat 2).
        keberatan.tanggapan_disampaikan_melalui = Keberatan.CaraPenyampaian.EMAIL
        keberatan.tanggapan_diterima_pada = keberatan.permohonan.hari_ini()
    keberatan.save(
        update_fields=[
            "keputusan",
            "pertimbangan",
            "nama_atasan",
            "jabatan_atasan",
            "diputuskan_pada",
            "diputuskan_oleh",
            "nomor_surat_tanggapan",
            "status",
            "tanggapan_disampaikan_melalui",
            "tanggapan_diterima_pada",
        ]
    )
    catat(
        Riwayat.Peristiwa.KEBERATAN_DIPUTUSKAN,
        keberatan=keberatan,
        oleh=oleh,
        keputusan=keputusan,
    )
    if keputusan == K.DITERIMA:
        _buka_kembali(keberatan, oleh=oleh)
    surel.keberatan_ditanggapi(keberatan)
    return keberatan


def _buka_kembali(keberatan: Keberatan, *, oleh) -> None:
    """An accepted objection reopens its request: the PPID carries out the decision within
    10 working days [P]."""
    permohonan = Permohonan.objects.select_for_update().get(pk=keberatan.permohonan_id)
    hari_ini = permohonan.hari_ini()
    permohonan.jatuh_tempo_pelaksanaan = kalender.tambah_hari_kerja(
        hari_ini, kalender.BATAS_PEMBERITAHUAN, libur_aktif(hari_ini)
    )
    permohonan.status = Permohonan.Status.DIPROSES
    permohonan.hasil = ""
    permohonan.selesai_pada = None
    permohonan.save(update_fields=["jatuh_tempo_pelaksanaan", "status", "hasil", "selesai_pada"])
    catat(
        Riwayat.Peristiwa.DIBUKA_KEMBALI,
        keberatan=keberatan,
        permohonan=permohonan,
        oleh=oleh,
        jatuh_tempo=permohonan.jatuh_tempo_pelaksanaan,
    )


@transaction.atomic
def cabut_keberatan(*, keberatan_id: int, alasan: str, oleh) -> Keberatan:
    """Record that the objector withdrew their objection [P]. Only the Atasan PPID, to whom
    the objection is addressed (Pasal 35), records it."""
    keberatan = akses.keberatan_untuk_staf(oleh, keberatan_id, aksi="cabut", kunci=True)
    if not keberatan.terbuka:
        raise TransisiDitolak(_("Keberatan ini sudah ditanggapi atau dicabut."))
    keberatan.status = Keberatan.Status.DICABUT
    keberatan.save(update_fields=["status"])
    catat(
        Riwayat.Peristiwa.KEBERATAN_DICABUT,
        keberatan=keberatan,
        oleh=oleh,
        alasan=alasan.strip(),
    )
    return keberatan


def periksa_sengketa_boleh(keberatan: Keberatan, hari_ini: date | None = None) -> None:
    """A dispute follows the Atasan PPID's answer (UU 14/2008 Pasal 37), or the lapse of the
    30 working days to give one (DOMAIN.md §7 [B]); before either there is nothing to
    dispute yet."""
    hari_ini = hari_ini or keberatan.permohonan.hari_ini()
    if keberatan.status == Keberatan.Status.DICABUT:
        raise TransisiDitolak(
            _("Keberatan ini sudah dicabut; tidak ada yang dapat disengketakan.")
        )
    if keberatan.status != Keberatan.Status.SELESAI and not keberatan.terlambat(hari_ini):
        raise TransisiDitolak(
            _(
                "Sengketa dicatat setelah atasan PPID menanggapi keberatan, atau setelah batas "
                "waktu tanggapannya (%(tanggal)s) lewat tanpa tanggapan."
            )
            % {"tanggal": kalender.format_tanggal(keberatan.jatuh_tempo)}
        )


@transaction.atomic
def catat_sengketa(*, sengketa: Sengketa, oleh) -> Sengketa:
    """Record a dispute at the Komisi Informasi or its next stage (UU 14/2008 Pasal 37–38).
    The portal does not run disputes; the requester sees each stage on the tracking page."""
    keberatan = akses.keberatan_untuk_staf(oleh, sengketa.keberatan_id, aksi="sengketa")
    if sengketa.pk is None:
        periksa_sengketa_boleh(keberatan)
    sengketa.save()
    catat(
        Riwayat.Peristiwa.SENGKETA,
        keberatan=keberatan,
        oleh=oleh,
        komisi=sengketa.komisi,
        tahap=sengketa.tahap,
        nomor_register=sengketa.nomor_register,
    )
    return sengketa
