"""Sending the written notice from the admin (UU 14/2008 Pasal 22 ayat (7)) and the letters
of a request for staff (receipt, extension, notice: `permohonan.surat`)."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from permohonan import services, surat
from permohonan.forms import PemberitahuanForm


class PemberitahuanAdminMixin:
    """For PermohonanAdmin (with AksiAdminMixin)."""

    def urls_pemberitahuan(self):
        return [
            self.url_aksi(
                "<int:pk>/surat/", self.surat_view, "permohonan_permohonan_surat", aksi="surat"
            ),
            self.url_aksi(
                "<int:pk>/surat/<str:kode>/",
                self.surat_view,
                "permohonan_permohonan_surat_kode",
                aksi="surat",
            ),
            self.url_aksi(
                "<int:pk>/pemberitahuan/",
                self.pemberitahuan_view,
                "permohonan_permohonan_pemberitahuan",
                aksi="pemberitahuan",
            ),
        ]

    def surat_view(self, request, permohonan, kode: str = "pemberitahuan"):
        """A letter of this request as a printable page / PDF: by default the latest written
        notice; also the receipt ("bukti") and the extension notice ("perpanjangan")."""
        if kode == "pemberitahuan":
            objek = permohonan.daftar_pemberitahuan.order_by("dikirim_pada").last()
        elif kode in ("bukti", "perpanjangan"):
            objek = permohonan
        else:
            objek = None
        if objek is None:
            raise Http404
        tambahan = {}
        baru = request.session.get("bukti_staf") or {}
        if kode == "bukti" and baru.get("id") == permohonan.pk:
            tambahan["url_lacak_rahasia"] = settings.PORTAL_URL + reverse(
                "permohonan:lacak_tautan", args=[permohonan.nomor, baru["token"]]
            )
        return surat.respons(
            request, kode, objek, kembali_url=self.url_objek(permohonan), tambahan=tambahan
        )

    def pemberitahuan_view(self, request, permohonan):
        """Send the written notice: every point of Pasal 22 ayat (7), released files."""
        petugas = getattr(request.user, "petugas", None)
        form = PemberitahuanForm(
            request.POST or None,
            request.FILES or None,
            permohonan=permohonan,
            initial={
                "nama_penandatangan": request.user.get_full_name(),
                "jabatan_penandatangan": petugas.jabatan if petugas else "",
                "nip_penandatangan": petugas.nip if petugas else "",
                "cara_penyampaian": permohonan.cara_salinan,
            },
        )
        return self.halaman_aksi(
            request,
            permohonan,
            judul=_("Pemberitahuan tertulis"),
            form=form,
            jalankan=lambda d: services.kirim_pemberitahuan(
                permohonan_id=permohonan.pk,
                pemberitahuan=form.save(commit=False),
                lampiran=form.lampiran(),
                bagian=form.bagian(),
                informasi_terkait=d["informasi_terkait_teks"],
                oleh=request.user,
            ),
            berhasil=_("Pemberitahuan tertulis terkirim.")
            if permohonan.pemohon.email
            else _(
                "Pemberitahuan tertulis tercatat. Pemohon tidak memiliki e-mail: cetak suratnya "
                "(Surat pemberitahuan) dan kirimkan lewat pos ke alamatnya."
            ),
            konteks={"permohonan": permohonan},
        )
