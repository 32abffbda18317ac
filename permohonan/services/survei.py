"""The satisfaction survey (PermenPAN-RB 14/2017; DOMAIN.md §10) and the public consultation
forum: filling in the survey, sending feedback, and staff publishing a text rewritten without
personal data (UU 27/2022; DOMAIN.md §11)."""

from __future__ import annotations

from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from permohonan import akses
from permohonan.models import FIELD_UNSUR, MasukanKonsultasi, Permohonan, Survei, TopikKonsultasi
from permohonan.services._umum import TransisiDitolak


class SurveiSudahDiisi(TransisiDitolak):
    """One survey per request: this one was answered already."""


def survei_dibuka(permohonan: Permohonan) -> bool:
    """The survey opens once the request is finished with a written notice sent (UU 14/2008
    Pasal 22 ayat (7)): the service has then been delivered and can be judged."""
    return (
        permohonan.status == Permohonan.Status.SELESAI
        and permohonan.dijawab_pertama_pada is not None
    )


@transaction.atomic
def isi_survei(*, permohonan_id: int, jawaban: dict[str, int], saran: str = "") -> Survei:
    """Record the requester's answers to the nine elements (each 1–4) and the optional
    suggestion. Nothing about the person is stored beyond the link to the request."""
    permohonan = (
        Permohonan.objects.select_for_update(of=("self",)).filter(pk=permohonan_id).first()
    )
    if permohonan is None:
        raise akses.TidakDitemukan
    if not survei_dibuka(permohonan):
        raise TransisiDitolak(
            _("Survei dapat diisi setelah pemberitahuan tertulis atas permohonan ini dikirim.")
        )
    if Survei.objects.filter(permohonan=permohonan).exists():
        raise SurveiSudahDiisi(_("Survei untuk permohonan ini sudah diisi. Terima kasih."))
    nilai = {f: int(jawaban[f]) for f in FIELD_UNSUR}
    if any(not 1 <= v <= 4 for v in nilai.values()):
        raise TransisiDitolak(_("Setiap unsur dinilai 1 sampai 4."))
    try:
        with transaction.atomic():
            return Survei.objects.create(permohonan=permohonan, saran=saran.strip(), **nilai)
    except IntegrityError as galat:  # the unique row, should the lock ever be bypassed
        raise SurveiSudahDiisi(
            _("Survei untuk permohonan ini sudah diisi. Terima kasih.")
        ) from galat


@transaction.atomic
def terbitkan_saran(*, survei_id: int, teks: str, tampilkan: bool, oleh) -> Survei:
    """Staff publish (or withdraw) a suggestion as the text they rewrote without personal
    data; the requester's own words are never published."""
    survei = akses.survei_untuk_staf(oleh, survei_id, aksi="terbitkan", kunci=True)
    teks = teks.strip()
    if tampilkan and not teks:
        raise TransisiDitolak(
            _("Tulis dulu teks saran yang akan ditampilkan (tanpa data pribadi).")
        )
    survei.saran_terbit = teks
    survei.saran_ditampilkan = tampilkan
    survei.save(update_fields=["saran_terbit", "saran_ditampilkan"])
    return survei


@transaction.atomic
def kirim_masukan(
    *, topik_id: int, isi: str, nama: str = "", hari_ini: date | None = None
) -> MasukanKonsultasi:
    """A participant's feedback on an open consultation topic."""
    topik = TopikKonsultasi.objects.filter(pk=topik_id).first()
    if topik is None:
        raise akses.TidakDitemukan
    hari_ini = hari_ini or timezone.localdate()
    if not topik.terbuka(hari_ini):
        raise TransisiDitolak(
            _("Konsultasi untuk topik ini sudah ditutup; masukan baru tidak diterima lagi.")
            if hari_ini > topik.ditutup
            else _("Konsultasi untuk topik ini belum dibuka.")
        )
    return MasukanKonsultasi.objects.create(topik=topik, isi=isi.strip(), nama=nama.strip())


@transaction.atomic
def terbitkan_masukan(*, masukan_id: int, teks: str, tampilkan: bool, oleh) -> MasukanKonsultasi:
    """Staff publish (or withdraw) a feedback as the text they rewrote, without the name."""
    masukan = akses.masukan_untuk_staf(oleh, masukan_id, aksi="terbitkan", kunci=True)
    teks = teks.strip()
    if tampilkan and not teks:
        raise TransisiDitolak(
            _("Tulis dulu teks masukan yang akan ditampilkan (tanpa data pribadi).")
        )
    masukan.isi_terbit = teks
    masukan.ditampilkan = tampilkan
    masukan.save(update_fields=["isi_terbit", "ditampilkan"])
    return masukan
