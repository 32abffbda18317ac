"""The satisfaction survey form (PermenPAN-RB 14/2017) and the public consultation feedback
form. Every answer is checked on the server; messages are Indonesian."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from permohonan.models import UNSUR
from permohonan.models.survei import MAKS_ISI_MASUKAN, MAKS_NAMA_MASUKAN, MAKS_SARAN


class SurveiForm(forms.Form):
    """The nine elements, each a radio group of the four answers (1–4), and a suggestion."""

    required_css_class = "wajib"

    saran = forms.CharField(
        label=_("Saran untuk perbaikan layanan (boleh kosong)"),
        required=False,
        max_length=MAKS_SARAN,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": _("Saran paling banyak %(limit_value)d karakter (kini %(show_value)d).")
        },
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        saran = self.fields.pop("saran")
        saran.help_text = _(
            "Paling banyak %(n)s karakter. Jangan menulis data pribadi (NIK, alamat, telepon): "
            "saran hanya dibaca petugas, dan baru ditampilkan setelah ditulis ulang tanpa data "
            "pribadi."
        ) % {"n": MAKS_SARAN}
        for nomor, unsur in enumerate(UNSUR, start=1):
            self.fields[unsur.field] = forms.TypedChoiceField(
                label=f"{nomor}. {unsur.nama}",
                help_text=unsur.pertanyaan,
                choices=[(str(i), j) for i, j in enumerate(unsur.jawaban, start=1)],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Pilih salah satu jawaban."),
                    "invalid_choice": _("Pilih salah satu dari empat jawaban."),
                },
            )
        self.fields["saran"] = saran

    def clean_saran(self) -> str:
        return self.cleaned_data["saran"].strip()

    def jawaban(self) -> dict[str, int]:
        return {u.field: self.cleaned_data[u.field] for u in UNSUR}


class MasukanKonsultasiForm(forms.Form):
    """Feedback on a consultation topic: the text, and a name only if the person wishes."""

    required_css_class = "wajib"

    nama = forms.CharField(
        label=_("Nama (boleh kosong)"),
        required=False,
        max_length=MAKS_NAMA_MASUKAN,
        help_text=_("Nama tidak pernah ditampilkan di halaman publik."),
        error_messages={"max_length": _("Nama paling banyak %(limit_value)d karakter.")},
    )
    isi = forms.CharField(
        label=_("Masukan"),
        max_length=MAKS_ISI_MASUKAN,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Tuliskan masukan Anda."),
            "max_length": _(
                "Masukan paling banyak %(limit_value)d karakter (kini %(show_value)d)."
            ),
        },
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["isi"].help_text = _("Paling banyak %(n)s karakter.") % {"n": MAKS_ISI_MASUKAN}

    def clean_nama(self) -> str:
        return self.cleaned_data["nama"].strip()

    def clean_isi(self) -> str:
        isi = self.cleaned_data["isi"].strip()
        if not isi:
            raise forms.ValidationError(_("Tuliskan masukan Anda."), code="required")
        return isi
