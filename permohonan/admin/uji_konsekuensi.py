"""Consequence tests in the admin (UU 14/2008 Pasal 19; Perki 1/2021 Pasal 49; PKPU 22/2023
Pasal 24–26; DOMAIN.md §5): any PPID drafts one for their unit; only PPID Utama sets it in
force or revokes it. A decided test is read-only; its sheet is a letter (`permohonan.surat`).
"""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from permohonan import akses, services, surat
from permohonan.admin._aksi import AksiAdminMixin, berkas_pribadi
from permohonan.admin._tenggat import BerakhirFilter
from permohonan.forms import AlasanForm, UjiKonsekuensiForm
from permohonan.models import UjiKonsekuensi


@admin.register(UjiKonsekuensi)
class UjiKonsekuensiAdmin(AksiAdminMixin, admin.ModelAdmin):
    """Consequence tests: any PPID drafts one for their unit; only PPID Utama sets it in force
    (services.tetapkan_uji_konsekuensi). A decided test is read-only."""

    form = UjiKonsekuensiForm
    list_display = ["informasi", "unit_kerja", "kesimpulan", "pasal", "berlaku_sampai", "status"]
    list_filter = [BerakhirFilter, "status", "kesimpulan", "pemicu"]
    search_fields = ["informasi", "dokumen", "nomor_keputusan"]
    list_select_related = ["unit_kerja"]
    autocomplete_fields = ["informasi_terkait", "permohonan"]
    fieldsets = [
        (
            _("Informasi yang diuji"),
            {
                "fields": [
                    "informasi",
                    "dokumen",
                    "unit_kerja",
                    "informasi_terkait",
                    "pemicu",
                    "permohonan",
                ]
            },
        ),
        (
            _("Pengujian"),
            {
                "fields": [
                    "pasal_17",
                    "dasar_hukum_lain",
                    "analisis_konsekuensi",
                    "analisis_kepentingan_publik",
                    "ringkasan",
                ]
            },
        ),
        (
            _("Kesimpulan dan jangka waktu"),
            {"fields": ["kesimpulan", "berlaku_sampai", "berlaku_syarat"]},
        ),
        (
            _("Keputusan"),
            {
                "fields": [
                    "nama_pemutus",
                    "jabatan_pemutus",
                    "nama_penyetuju",
                    "jabatan_penyetuju",
                    "nomor_keputusan",
                    "tanggal_keputusan",
                    "tempat",
                    "berkas_ttd",
                ]
            },
        ),
    ]

    @admin.display(description=_("Pasal 17"))
    def pasal(self, obj):
        return ", ".join(obj.pasal_17)

    def ambil_untuk(self, user, pk, *, aksi):
        return akses.uji_untuk_staf(user, pk, aksi=aksi)

    def get_queryset(self, request):
        return akses.uji_terjangkau(request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "unit_kerja":
            kwargs["queryset"] = akses.unit_pilihan(request.user)
        if db_field.name == "permohonan":
            kwargs["queryset"] = akses.permohonan_terjangkau(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "informasi_terkait":
            kwargs["queryset"] = akses.informasi_terjangkau(request.user)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def has_module_permission(self, request):
        return akses.boleh(request.user, akses.UJI, "lihat")

    def has_view_permission(self, request, obj=None):
        return akses.boleh(request.user, akses.UJI, "lihat")

    def has_add_permission(self, request):
        return akses.boleh(request.user, akses.UJI, "tambah")

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.status != UjiKonsekuensi.Status.DRAF:
            return False  # decided: read-only, changed only by revoking it
        return akses.boleh(request.user, akses.UJI, "ubah")

    def has_delete_permission(self, request, obj=None):
        return (
            obj is not None
            and obj.status == UjiKonsekuensi.Status.DRAF
            and akses.boleh(request.user, akses.UJI, "hapus")
        )

    def get_urls(self):
        def u(rute, view, nama, aksi):
            return self.url_aksi(rute, view, f"permohonan_ujikonsekuensi_{nama}", aksi=aksi)

        return [
            u("<int:pk>/tetapkan/", self.tetapkan_view, "tetapkan", "tetapkan"),
            u("<int:pk>/cabut/", self.cabut_view, "cabut", "cabut"),
            u("<int:pk>/lembar/", self.lembar_view, "lembar", "lihat"),
            u("<int:pk>/berkas/", self.berkas_view, "berkas", "lihat"),
            *super().get_urls(),
        ]

    def tetapkan_view(self, request, uji):
        return self.post_aksi(
            request,
            uji,
            lambda: services.tetapkan_uji_konsekuensi(uji_id=uji.pk, oleh=request.user),
            _("Uji konsekuensi ditetapkan."),
        )

    def cabut_view(self, request, uji):
        return self.halaman_aksi(
            request,
            uji,
            judul=_("Cabut uji konsekuensi"),
            form=AlasanForm(request.POST or None),
            jalankan=lambda d: services.cabut_uji_konsekuensi(
                uji_id=uji.pk, alasan=d["alasan"], oleh=request.user
            ),
        )

    def lembar_view(self, request, uji):
        return surat.respons(request, "uji_konsekuensi", uji, kembali_url=self.url_objek(uji))

    def berkas_view(self, request, uji):
        return berkas_pribadi(uji.berkas_ttd, f"uji-konsekuensi-{uji.pk}-ttd")
