"""The consequence-test record in the admin (DOMAIN.md §5, "The record")."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from informasi.berkas import periksa_berkas
from permohonan.models import UjiKonsekuensi


class UjiKonsekuensiForm(forms.ModelForm):
    pasal_17 = forms.MultipleChoiceField(
        label=_("Dasar hukum (Pasal 17 huruf)"),
        choices=UjiKonsekuensi._meta.get_field("pasal_17").base_field.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = UjiKonsekuensi
        fields = [
            "informasi",
            "dokumen",
            "unit_kerja",
            "informasi_terkait",
            "pemicu",
            "permohonan",
            "pasal_17",
            "dasar_hukum_lain",
            "analisis_konsekuensi",
            "analisis_kepentingan_publik",
            "ringkasan",
            "kesimpulan",
            "berlaku_sampai",
            "berlaku_syarat",
            "nama_pemutus",
            "jabatan_pemutus",
            "nama_penyetuju",
            "jabatan_penyetuju",
            "nomor_keputusan",
            "tanggal_keputusan",
            "tempat",
            "berkas_ttd",
        ]

    def clean_berkas_ttd(self):

        berkas = self.cleaned_data.get("berkas_ttd")
        if berkas and hasattr(berkas, "content_type"):
            periksa_berkas(berkas, format=["pdf", "jpg", "png"], maks_mb=10)
        return berkas
