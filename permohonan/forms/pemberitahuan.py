"""The written notice form in the admin (UU 14/2008 Pasal 22 ayat (7))."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from informasi.berkas import periksa_berkas
from permohonan import akses
from permohonan.models import PemberitahuanTertulis, UjiKonsekuensi


class PemberitahuanForm(forms.ModelForm):
    """The written notice in the admin (Pasal 22 ayat (7)), with up to three released files."""

    pasal_17 = forms.MultipleChoiceField(
        label=_("Alasan pengecualian (Pasal 17 huruf)"),
        choices=PemberitahuanTertulis.Pasal17.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    informasi_terkait_teks = forms.CharField(
        label=_("Informasi publik terkait"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Alamat atau slug entri Daftar Informasi Publik, satu per baris."),
    )

    class Meta:
        model = PemberitahuanTertulis
        fields = [
            "hasil",
            "badan_lain",
            "pasal_17",
            "uji_konsekuensi",
            "alasan",
            "informasi_diberikan",
            "bagian_dihitamkan",
            "bentuk",
            "cara_penyampaian",
            "waktu_penyediaan",
            "biaya_salinan",
            "biaya_pengiriman",
            "biaya_lain",
            "nama_penandatangan",
            "jabatan_penandatangan",
            "nip_penandatangan",
        ]

    def __init__(self, *args, permohonan=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Only tests in force that exempt can back a refusal (services checks it again),
        # and of this request's units (permohonan.akses): a test of another unit's
        # information is neither offered nor accepted.
        if permohonan is not None:
            self.fields["uji_konsekuensi"].queryset = akses.uji_penopang_penolakan(permohonan)
        else:
            self.fields["uji_konsekuensi"].queryset = UjiKonsekuensi.objects.filter(
                status=UjiKonsekuensi.Status.DITETAPKAN,
                kesimpulan__in=UjiKonsekuensi.KESIMPULAN_MENGECUALIKAN,
            )
        self.fields["uji_konsekuensi"].label_from_instance = lambda uji: (
            f"{uji.informasi} — Pasal 17 huruf {', '.join(uji.pasal_17)} ({uji.nomor_keputusan})"
        )
        # A partial grant: each blacked-out part with the test that exempts it (huruf e).
        for n in range(1, 4):
            self.fields[f"bagian_{n}"] = forms.CharField(
                label=_("Bagian dihitamkan %(n)d") % {"n": n},
                required=False,
                max_length=500,
                help_text=_("mis. kolom NIK dan NKK pada halaman 2–40") if n == 1 else "",
            )
            self.fields[f"bagian_{n}_uji"] = forms.ModelChoiceField(
                label=_("Uji konsekuensi bagian %(n)d") % {"n": n},
                queryset=self.fields["uji_konsekuensi"].queryset,
                required=False,
            )
            self.fields[f"bagian_{n}_uji"].label_from_instance = self.fields[
                "uji_konsekuensi"
            ].label_from_instance
        # The parts right after the blacked-out text they detail.
        urutan = list(self.fields)
        i = urutan.index("bagian_dihitamkan") + 1
        bagian = [f for f in urutan if f.startswith("bagian_") and f != "bagian_dihitamkan"]
        self.order_fields([f for f in urutan[:i] if f not in bagian] + bagian)
        for n in range(1, 4):
            self.fields[f"lampiran_{n}_judul"] = forms.CharField(
                label=_("Judul lampiran %(n)d") % {"n": n}, required=False, max_length=200
            )
            self.fields[f"lampiran_{n}"] = forms.FileField(
                label=_("Berkas lampiran %(n)d") % {"n": n}, required=False
            )

    def clean_informasi_terkait_teks(self):
        from informasi.models import Informasi

        slugs = [
            baris.strip().rstrip("/").rsplit("/", 1)[-1]
            for baris in self.cleaned_data["informasi_terkait_teks"].splitlines()
            if baris.strip()
        ]
        ditemukan = list(Informasi.objects.publik().filter(slug__in=slugs))
        hilang = set(slugs) - {i.slug for i in ditemukan}
        if hilang:
            raise ValidationError(
                _("Entri tidak ditemukan atau belum terbit: %(daftar)s")
                % {"daftar": ", ".join(sorted(hilang))},
                code="entri_tidak_ada",
            )
        return ditemukan

    def bagian(self) -> list[tuple[str, object]]:
        """(blacked-out part, its consequence test) pairs that were filled in."""
        return [
            (self.cleaned_data[f"bagian_{n}"], self.cleaned_data[f"bagian_{n}_uji"])
            for n in range(1, 4)
            if self.cleaned_data.get(f"bagian_{n}")
        ]

    def lampiran(self) -> list[tuple[str, object]]:
        hasil = []
        for n in range(1, 4):
            berkas = self.cleaned_data.get(f"lampiran_{n}")
            if berkas:
                judul = self.cleaned_data.get(f"lampiran_{n}_judul") or berkas.name
                hasil.append((judul, berkas))
        return hasil

    def clean(self):
        data = super().clean()
        for n in range(1, 4):
            teks, uji = data.get(f"bagian_{n}"), data.get(f"bagian_{n}_uji")
            if teks and not uji:
                self.add_error(
                    f"bagian_{n}_uji",
                    ValidationError(_("Pilih uji konsekuensi bagian ini."), code="required"),
                )
            if uji and not teks:
                self.add_error(
                    f"bagian_{n}",
                    ValidationError(_("Sebutkan bagian yang dihitamkan."), code="required"),
                )
        for n in range(1, 4):
            berkas = data.get(f"lampiran_{n}")
            if isinstance(berkas, UploadedFile):
                try:
                    periksa_berkas(berkas)
                except ValidationError as exc:
                    self.add_error(f"lampiran_{n}", exc)
        return data
