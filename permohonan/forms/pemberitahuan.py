"""The written notice form in the admin (UU 14/2008 Pasal 22 ayat (7))."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from informasi.berkas import periksa_berkas
from permohonan import akses
from permohonan.forms._umum import BerkasTersimpanMixin, berkas_tersimpan_dibuka
from permohonan.models import PemberitahuanTertulis, Permohonan, UjiKonsekuensi

H = Permohonan.Hasil
_PENYAMPAIAN = {
    "informasi_diberikan",
    "bentuk",
    "cara_penyampaian",
    "waktu_penyediaan",
    "biaya_salinan",
    "biaya_pengiriman",
    "biaya_lain",
    "informasi_terkait_teks",
    *(f"lampiran_{n}{a}" for n in range(1, 4) for a in ("", "_judul")),
}
_PENGECUALIAN = {"pasal_17", "uji_konsekuensi"}
_BAGIAN = {"bagian_dihitamkan", *(f"bagian_{n}{a}" for n in range(1, 4) for a in ("", "_uji"))}
# The fields each decision needs (Pasal 22 ayat (7)): the Pasal 17 letters and the
# consequence test only for refusals and partial grants, the holding body only when the
# information is not held; delivery only when something is given.
BIDANG_KEPUTUSAN: dict[str, set[str]] = {
    H.DIKABULKAN_SELURUHNYA: {"alasan", *_PENYAMPAIAN},
    H.DIKABULKAN_SEBAGIAN: {"alasan", *_PENYAMPAIAN, *_PENGECUALIAN, *_BAGIAN},
    H.DITOLAK: {"alasan", *_PENGECUALIAN},
    H.TIDAK_DIKUASAI: {"alasan", "badan_lain"},
    H.BELUM_DIDOKUMENTASIKAN: {"alasan", "waktu_penyediaan"},
}
_SELALU = {"hasil", "nama_penandatangan", "jabatan_penandatangan", "nip_penandatangan"}
# The guided form's sections, in the order of the letter's points (Pasal 22 ayat (7)).
KELOMPOK = [
    (_("Keputusan (huruf a–c)"), ["badan_lain", "alasan"]),
    (_("Pengecualian (Pasal 17)"), ["pasal_17", "uji_konsekuensi"]),
    (
        _("Bagian yang dihitamkan (huruf e)"),
        ["bagian_dihitamkan", *(f"bagian_{n}{a}" for n in range(1, 4) for a in ("", "_uji"))],
    ),
    (
        _("Informasi yang diberikan dan penyampaiannya (huruf d, f)"),
        [
            "informasi_diberikan",
            "bentuk",
            "cara_penyampaian",
            "waktu_penyediaan",
            "biaya_salinan",
            "biaya_pengiriman",
            "biaya_lain",
            "informasi_terkait_teks",
        ],
    ),
    (_("Lampiran"), [f"lampiran_{n}{a}" for n in range(1, 4) for a in ("_judul", "")]),
    (_("Penandatangan"), ["nama_penandatangan", "jabatan_penandatangan", "nip_penandatangan"]),
]


class PemberitahuanForm(BerkasTersimpanMixin, forms.ModelForm):
    """The written notice in the admin (Pasal 22 ayat (7)), with up to three released files.

    With `keputusan` (a Permohonan.Hasil), only the fields that decision needs remain and
    the decision is fixed (the guided form: decision first, then its fields, preview,
    confirm). Released files survive the preview step like the public forms' uploads."""

    BERKAS = ("lampiran_1", "lampiran_2", "lampiran_3")

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

    def __init__(self, *args, keputusan: str | None = None, permohonan=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.keputusan = keputusan
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
        if keputusan in BIDANG_KEPUTUSAN:
            tetap = _SELALU | BIDANG_KEPUTUSAN[keputusan]
            for nama in [n for n in self.fields if n not in tetap]:
                del self.fields[nama]
            self.fields["hasil"].widget = forms.HiddenInput()
            self.fields["hasil"].initial = keputusan
            if keputusan in (H.DITOLAK, H.DIKABULKAN_SEBAGIAN):
                self.fields["pasal_17"].required = True
            if keputusan == H.DITOLAK:
                self.fields["alasan"].required = True
            if keputusan in (H.DIKABULKAN_SELURUHNYA, H.DIKABULKAN_SEBAGIAN):
                self.fields["informasi_diberikan"].required = True
                self.fields["bentuk"].required = True

    def kelompok(self) -> list[tuple[str, list]]:
        """The sections that have fields for this decision, each with its bound fields."""
        kelompok = [
            (judul, [self[n] for n in nama if n in self.fields])
            for judul, nama in KELOMPOK
            if any(n in self.fields for n in nama)
        ]
        dikelompokkan = {n for _judul, nama in KELOMPOK for n in nama}
        sisa = [f for f in self.visible_fields() if f.name not in dikelompokkan]
        return kelompok + ([(_("Lainnya"), sisa)] if sisa else [])

    def clean_hasil(self):
        hasil = self.cleaned_data["hasil"]
        if self.keputusan and hasil != self.keputusan:
            raise ValidationError(_("Keputusan berubah; mulai lagi dari pilihan keputusan."))
        return hasil

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
            if not berkas and f"lampiran_{n}" in self.berkas_tersimpan:
                berkas = berkas_tersimpan_dibuka(self.berkas_tersimpan[f"lampiran_{n}"])
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
