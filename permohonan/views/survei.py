"""Public pages of the satisfaction survey (PermenPAN-RB 14/2017; DOMAIN.md §10) and of the
public consultation forum (forum konsultasi publik).

The survey of a request is reached like its status page: this browser must have proven it
may follow the request (secret link, or number + e-mail: `permohonan.akses`). No account,
and nothing about the person stored with the answers beyond the link to the request.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from informasi.batas_laju import ip_klien, melebihi_batas
from informasi.models import UnitKerja
from permohonan import akses, selectors_ikm
from permohonan.forms import MasukanKonsultasiForm, SurveiForm
from permohonan.models import Survei, TopikKonsultasi
from permohonan.services import (
    SurveiSudahDiisi,
    TransisiDitolak,
    isi_survei,
    kirim_masukan,
    survei_dibuka,
)
from permohonan.views._pribadi import pribadi

TAHUN_PERTAMA = 2008  # UU 14/2008: no service, so no survey, before it


def _tahun(nilai: str, tahun_ini: int) -> int:
    """The year asked for, or this year for anything that is not a sensible year."""
    if nilai.isascii() and nilai.isdigit() and len(nilai) == 4:
        tahun = int(nilai)
        if TAHUN_PERTAMA <= tahun <= tahun_ini:
            return tahun
    return tahun_ini


def _unit(slug: str):
    if not slug or len(slug) > 200 or "\x00" in slug:
        return None
    return UnitKerja.objects.filter(slug=slug).first()


def _terlalu_sering(request, jenis: str, batas: int) -> bool:
    return melebihi_batas(jenis, ip_klien(request), batas=batas, detik=3600)


def indeks(request):
    """What the survey is, the IKM of a year for the whole body and, chosen by a plain GET
    selector, for one unit with its sub-units; the suggestions staff published.

    Template `permohonan/survei_indeks.html`; context: `tahun`, `daftar_tahun`, `unit`,
    `daftar_unit`, `ikm_badan`, `ikm_unit`, `saran`. Bad parameters fall back to the defaults.
    """
    tahun_ini = timezone.localdate().year
    tahun = _tahun(request.GET.get("tahun", ""), tahun_ini)
    unit = _unit(request.GET.get("unit", ""))
    return render(
        request,
        "permohonan/survei_indeks.html",
        {
            "tahun": tahun,
            "daftar_tahun": range(tahun_ini, max(TAHUN_PERTAMA, tahun_ini - 5) - 1, -1),
            "unit": unit,
            "daftar_unit": UnitKerja.objects.kantor().order_by("jalur").only("slug", "nama"),
            "ikm_badan": selectors_ikm.ikm(tahun),
            "ikm_unit": selectors_ikm.ikm(tahun, unit) if unit else None,
            "saran": selectors_ikm.saran_terbit(tahun, unit),
        },
    )


@pribadi
def isi(request, nomor: str):
    """The survey of request `nomor`, for the browser that follows it.

    Template `permohonan/survei_isi.html`; context: `permohonan`, `keadaan` ("belum": the
    notice is not sent yet; "sudah": answered already; "isi": the form), `form`.
    """
    try:
        permohonan = akses.permohonan_untuk_pemohon(request, nomor)
    except akses.TidakDitemukan:
        return render(
            request, "permohonan/survei_tanpa_akses.html", {"nomor": nomor[:20]}, status=404
        )
    konteks = {
        "permohonan": permohonan,
        "crumbs": [
            (_("Survei kepuasan"), reverse("survei:indeks")),
            (permohonan.nomor, reverse("permohonan:status", args=[permohonan.nomor])),
        ],
    }
    if not survei_dibuka(permohonan):
        return render(request, "permohonan/survei_isi.html", {**konteks, "keadaan": "belum"})
    if Survei.objects.filter(permohonan=permohonan).exists():
        return render(request, "permohonan/survei_isi.html", {**konteks, "keadaan": "sudah"})
    form = SurveiForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if _terlalu_sering(request, "survei-ip", settings.SURVEI_BATAS_IP_PER_JAM):
            form.add_error(
                None,
                _(
                    "Terlalu banyak survei dikirim dari alamat ini. Jawaban Anda tetap di "
                    "halaman ini; kirim lagi dalam satu jam."
                ),
            )
        else:
            try:
                isi_survei(
                    permohonan_id=permohonan.pk,
                    jawaban=form.jawaban(),
                    saran=form.cleaned_data["saran"],
                )
            except SurveiSudahDiisi:
                pass  # answered in another tab meanwhile: the same thanks
            except TransisiDitolak as galat:
                form.add_error(None, str(galat))
            else:
                messages.success(
                    request, _("Terima kasih, jawaban survei Anda sudah kami terima.")
                )
            if not form.errors:
                return redirect("survei:isi", nomor=permohonan.nomor)
    return render(
        request, "permohonan/survei_isi.html", {**konteks, "keadaan": "isi", "form": form}
    )


def konsultasi(request):
    """The consultation topics open today, and those closed with a published summary.

    Template `permohonan/konsultasi_daftar.html`; context: `terbuka`, `selesai`.
    """
    hari_ini = timezone.localdate()
    topik = TopikKonsultasi.objects.select_related("unit_kerja").filter(dibuka__lte=hari_ini)
    return render(
        request,
        "permohonan/konsultasi_daftar.html",
        {
            "terbuka": topik.filter(ditutup__gte=hari_ini).order_by("ditutup", "judul"),
            "selesai": topik.filter(ditutup__lt=hari_ini)
            .exclude(ringkasan_terbit="")
            .order_by("-ditutup")[:20],
            "crumbs": [(_("Survei kepuasan"), reverse("survei:indeks"))],
        },
    )


def konsultasi_topik(request, pk: int):
    """One consultation topic: its description, the feedback form while it is open, and
    what staff published (rewritten without personal data, no names).

    Template `permohonan/konsultasi_topik.html`; context: `topik`, `terbuka`, `form`,
    `masukan`.
    """
    hari_ini = timezone.localdate()
    topik = (
        TopikKonsultasi.objects.select_related("unit_kerja")
        .filter(pk=pk, dibuka__lte=hari_ini)
        .first()
    )
    if topik is None:
        raise Http404
    terbuka = topik.terbuka(hari_ini)
    form = MasukanKonsultasiForm(request.POST or None)
    # A closed topic: the page says so, and shows back what was typed (nothing lost).
    if request.method == "POST" and terbuka and form.is_valid():
        if _terlalu_sering(request, "konsultasi-ip", settings.KONSULTASI_BATAS_IP_PER_JAM):
            form.add_error(
                None,
                _(
                    "Terlalu banyak masukan dikirim dari alamat ini. Isian Anda tetap di "
                    "halaman ini; kirim lagi dalam satu jam."
                ),
            )
        else:
            try:
                kirim_masukan(
                    topik_id=topik.pk,
                    isi=form.cleaned_data["isi"],
                    nama=form.cleaned_data["nama"],
                    hari_ini=hari_ini,
                )
            except TransisiDitolak as galat:
                form.add_error(None, str(galat))
            else:
                messages.success(
                    request,
                    _(
                        "Terima kasih, masukan Anda sudah kami terima. Masukan dibaca "
                        "petugas dan tidak ditampilkan beserta nama Anda."
                    ),
                )
                return redirect("survei:konsultasi_topik", pk=topik.pk)
    return render(
        request,
        "permohonan/konsultasi_topik.html",
        {
            "topik": topik,
            "terbuka": terbuka,
            "form": form,
            "masukan": selectors_ikm.masukan_terbit(topik),
            "crumbs": [
                (_("Survei kepuasan"), reverse("survei:indeks")),
                (_("Konsultasi publik"), reverse("survei:konsultasi")),
            ],
        },
    )
