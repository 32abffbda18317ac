"""The written notice that answers a request and closes it (UU 14/2008 Pasal 22 ayat (7));
a refusal or a partial grant rests on a consequence test in force (Pasal 2 ayat (4), 19)."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from permohonan import akses, surel
from permohonan.models import (
    BagianDihitamkan,
    Lampiran,
    NomorUrut,
    PemberitahuanTertulis,
    Permohonan,
    Riwayat,
    UjiKonsekuensi,
)
from permohonan.services._umum import TransisiDitolak, catat
from permohonan.surat import unit_penerbit


def _periksa_uji_konsekuensi(
    pemberitahuan: PemberitahuanTertulis, permohonan: Permohonan, informasi_terkait, uji_id=None
) -> None:
    """Information may only be withheld after a consequence test *of that information*
    (UU 14/2008 Pasal 2 ayat (4) and 19; Perki 1/2021 Pasal 49; DOMAIN.md §5): the notice
    must cite a test in force that was run for this request, or that classified a catalogue
    entry the notice names; whose legal basis covers every Pasal 17 letter it cites; and a
    test that exempts only part of a document backs only a partial grant."""
    # Read from the database (and lock) so a test revoked meanwhile cannot back a refusal.
    uji = (
        UjiKonsekuensi.objects.select_for_update()
        .filter(pk=uji_id or pemberitahuan.uji_konsekuensi_id)
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
    entri = {getattr(i, "pk", i) for i in informasi_terkait}
    untuk_permohonan_ini = uji.permohonan_id == permohonan.pk
    if not untuk_permohonan_ini and not uji.informasi_terkait.filter(pk__in=entri).exists():
        raise TransisiDitolak(
            _(
                "Uji konsekuensi %(uji)s menguji informasi lain, bukan yang diminta dalam "
                "permohonan ini. Sebutkan entri Daftar Informasi Publik yang diuji di "
                "“Informasi publik terkait”, atau mulai uji konsekuensi untuk permohonan ini "
                "(jangka waktu permohonan tetap berjalan)."
            )
            % {"uji": uji}
        )
    if (
        pemberitahuan.hasil == Permohonan.Hasil.DITOLAK
        and uji.kesimpulan == UjiKonsekuensi.Kesimpulan.DIKECUALIKAN_SEBAGIAN
    ):
        raise TransisiDitolak(
            _(
                "Uji konsekuensi %(uji)s mengecualikan sebagian informasi saja: berikan "
                "informasinya dengan bagian yang dikecualikan dihitamkan (dikabulkan sebagian), "
                "bukan penolakan seluruhnya."
            )
            % {"uji": uji}
        )
    if uji_id is not None:
        return  # a blacked-out part's test: in force and of this information is enough
    kurang = sorted(set(pemberitahuan.pasal_17) - set(uji.pasal_17))
    if kurang:
        raise TransisiDitolak(
            _(
                "Uji konsekuensi %(uji)s tidak mencakup Pasal 17 huruf %(huruf)s. Sebutkan "
                "hanya huruf yang diuji, atau pilih uji konsekuensi lain."
            )
            % {"uji": uji, "huruf": ", ".join(kurang)}
        )


def _periksa_isi(
    pemberitahuan: PemberitahuanTertulis, permohonan, informasi_terkait, ada_bagian=False
) -> None:
    """What Pasal 22 ayat (7) requires the notice to state for its outcome. A partial grant
    names its blacked-out parts either as one text with one test, or part by part, each
    with its own test (`ada_bagian`)."""
    H = Permohonan.Hasil
    hasil = pemberitahuan.hasil
    if hasil == H.DITOLAK and not (pemberitahuan.pasal_17 and pemberitahuan.alasan.strip()):
        # Pasal 22 ayat (7) huruf c: a refusal states its Pasal 17 ground(s).
        raise TransisiDitolak(
            _("Penolakan wajib menyebut huruf Pasal 17 yang menjadi dasar dan alasannya.")
        )
    if hasil == H.DIKABULKAN_SEBAGIAN and not (
        (ada_bagian or pemberitahuan.bagian_dihitamkan.strip()) and pemberitahuan.pasal_17
    ):
        # Pasal 22 ayat (7) huruf e: the blacked-out parts and why (their Pasal 17 ground).
        raise TransisiDitolak(
            _(
                "Sebutkan bagian yang dihitamkan, alasannya, dan huruf Pasal 17 yang menjadi "
                "dasarnya (Pasal 22 ayat 7 huruf e)."
            )
        )
    if hasil == H.DITOLAK or (
        hasil == H.DIKABULKAN_SEBAGIAN and (pemberitahuan.uji_konsekuensi_id or not ada_bagian)
    ):
        _periksa_uji_konsekuensi(pemberitahuan, permohonan, informasi_terkait)
    if hasil in (H.DIKABULKAN_SELURUHNYA, H.DIKABULKAN_SEBAGIAN) and not (
        pemberitahuan.informasi_diberikan.strip() and pemberitahuan.bentuk
    ):
        # Pasal 22 ayat (7) huruf d and f: what is provided, and in what form.
        raise TransisiDitolak(
            _("Sebutkan informasi yang diberikan dan bentuknya (Pasal 22 ayat 7 huruf d, f).")
        )


@transaction.atomic
def kirim_pemberitahuan(
    *,
    permohonan_id: int,
    pemberitahuan: PemberitahuanTertulis,
    lampiran: list[tuple[str, object]] = (),
    informasi_terkait=(),
    bagian: list[tuple[str, UjiKonsekuensi]] = (),
    oleh,
) -> PemberitahuanTertulis:
    """Send the written notice (UU 14/2008 Pasal 22 ayat (7)) and close the request.

    `pemberitahuan` is unsaved and carries the decision; `lampiran` are (title, file) pairs of
    released files; `bagian` are (blacked-out part, its consequence test) pairs of a partial
    grant. Refuses a notice that lacks what the article requires for its outcome.
    """
    permohonan = akses.permohonan_untuk_staf(oleh, permohonan_id, aksi="pemberitahuan", kunci=True)
    if not permohonan.terbuka:
        raise TransisiDitolak(
            _("Permohonan ini sudah selesai atau dicabut; pemberitahuan tidak dapat dikirim.")
        )
    informasi_terkait = list(informasi_terkait)
    bagian = list(bagian)
    _periksa_isi(pemberitahuan, permohonan, informasi_terkait, ada_bagian=bool(bagian))
    if bagian and pemberitahuan.hasil != Permohonan.Hasil.DIKABULKAN_SEBAGIAN:
        raise TransisiDitolak(_("Bagian yang dihitamkan hanya untuk pengabulan sebagian."))
    for _teks, uji in bagian:
        _periksa_uji_konsekuensi(pemberitahuan, permohonan, informasi_terkait, uji_id=uji.pk)
    hasil = pemberitahuan.hasil
    pemberitahuan.dikuasai = hasil != Permohonan.Hasil.TIDAK_DIKUASAI
    pemberitahuan.permohonan = permohonan
    pemberitahuan.dikirim_oleh = oleh
    pemberitahuan.dikirim_pada = timezone.now()
    # Numbered by the unit that issues it: the signing officer's (permohonan.surat).
    pemberitahuan.nomor_surat = NomorUrut.nomor_surat(
        unit_penerbit(oleh, permohonan.unit_kerja), permohonan.hari_ini()
    )
    pemberitahuan.save()
    pemberitahuan.informasi_terkait.set(informasi_terkait)
    BagianDihitamkan.objects.bulk_create(
        BagianDihitamkan(pemberitahuan=pemberitahuan, bagian=teks.strip(), uji_konsekuensi=uji)
        for teks, uji in bagian
    )
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
    permohonan.dijawab_pertama_pada = permohonan.dijawab_pertama_pada or pemberitahuan.dikirim_pada
    permohonan.save(update_fields=["status", "hasil", "selesai_pada", "dijawab_pertama_pada"])
    catat(
        Riwayat.Peristiwa.PEMBERITAHUAN,
        permohonan=permohonan,
        oleh=oleh,
        hasil=hasil,
        pemberitahuan_id=pemberitahuan.pk,
    )
    surel.pemberitahuan_dikirim(pemberitahuan)
    return pemberitahuan
