"""Objection forms (UU 14/2008 Pasal 35–36; DOMAIN.md §6): the public form, the Atasan
PPID's answer, and staff entry of objections that arrived on paper."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from permohonan.forms._umum import BerkasTersimpanMixin, DiterimaPetugasMixin
from permohonan.models import Keberatan, Permohonan


class KeberatanForm(BerkasTersimpanMixin, forms.Form):
    """An objection to the Atasan PPID (UU 14/2008 Pasal 35–36): grounds in plain words, the
    case, and a proxy with a special power of attorney."""

    required_css_class = "wajib"

    BERKAS = ("surat_kuasa",)
    PENJELASAN = {
        "a": _("Informasi yang Anda minta tidak diberikan karena dinyatakan dikecualikan."),
        "b": _("Badan publik tidak mengumumkan informasi yang wajib diumumkan secara berkala."),
        "c": _("Sampai batas waktu, Anda tidak menerima pemberitahuan tertulis."),
        "d": _("Jawaban yang diberikan tidak sesuai dengan yang Anda minta."),
        "e": _("Permohonan dijawab, tetapi informasinya tidak diberikan."),
        "f": _("Biaya yang diminta untuk salinan atau pengiriman tidak wajar."),
        "g": _("Informasi diberikan setelah batas waktu lewat."),
    }

    alasan = forms.MultipleChoiceField(
        label=_("Alasan keberatan"),
        choices=Keberatan.Alasan.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Pilih satu atau lebih (UU 14/2008 Pasal 35 ayat 1)."),
        error_messages={"required": _("Pilih paling sedikit satu alasan keberatan.")},
    )
    tanggal_diketahui = forms.DateField(
        label=_("Tanggal Anda mengetahui informasi berkala tidak disediakan"),
        required=False,
        help_text=_("Hanya untuk alasan b."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    kasus_posisi = forms.CharField(
        label=_("Kasus posisi"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Ceritakan apa yang terjadi dan apa yang Anda harapkan dari atasan PPID."),
    )
    melalui_kuasa = forms.BooleanField(
        label=_("Saya mengajukan sebagai kuasa dari pemohon"), required=False
    )
    nama_kuasa = forms.CharField(label=_("Nama kuasa"), max_length=200, required=False)
    surat_kuasa = forms.FileField(
        label=_("Surat kuasa khusus"),
        required=False,
        help_text=_("Wajib bila Anda mengajukan sebagai kuasa. PDF, JPG atau PNG."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}),
    )
    pernyataan = forms.BooleanField(label=_("Saya menyatakan keterangan yang saya isi benar."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["alasan"].choices = [
            (kode, f"{label} — {self.PENJELASAN[kode]}")
            for kode, label in Keberatan.Alasan.choices
        ]

    def clean_tanggal_diketahui(self):
        """The day the requester found out: not in the future, and a date a deadline can be
        counted from (a 9999 date would overflow the calendar)."""
        tanggal = self.cleaned_data["tanggal_diketahui"]
        if tanggal and tanggal > timezone.localdate():
            raise ValidationError(_("Tanggal ini belum terjadi."), code="masa_depan")
        if tanggal and tanggal.year < 2000:
            raise ValidationError(_("Periksa tahunnya."), code="terlalu_lama")
        return tanggal

    def clean(self):
        data = super().clean()
        if "b" in (data.get("alasan") or []) and not data.get("tanggal_diketahui"):
            self.add_error(
                "tanggal_diketahui",
                ValidationError(_("Isi tanggalnya untuk alasan b."), code="required"),
            )
        if data.get("melalui_kuasa") and not data.get("nama_kuasa"):
            self.add_error("nama_kuasa", ValidationError(_("Isi nama kuasa."), code="required"))
        self._periksa_berkas(data, "surat_kuasa", wajib=bool(data.get("melalui_kuasa")))
        return data

    def keberatan(self, permohonan: Permohonan) -> Keberatan:
        """The unsaved objection this form describes."""
        data = self.cleaned_data
        kuasa = data["melalui_kuasa"]
        return Keberatan(
            permohonan=permohonan,
            alasan=sorted(data["alasan"]),
            tanggal_diketahui=data["tanggal_diketahui"] if "b" in data["alasan"] else None,
            kasus_posisi=data["kasus_posisi"],
            nama_kuasa=data["nama_kuasa"] if kuasa else "",
            surat_kuasa=data["surat_kuasa"] if kuasa else None,
        )


class PutusanKeberatanForm(forms.Form):
    """The Atasan PPID's decision on an objection, signed by name and position."""

    keputusan = forms.ChoiceField(
        label=_("Keputusan"), choices=Keberatan.Keputusan.choices, widget=forms.RadioSelect
    )
    pertimbangan = forms.CharField(
        label=_("Pertimbangan"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Bila keputusan PPID dikuatkan, tuliskan alasannya (UU 14/2008 Pasal 36 ayat 2)."
        ),
    )
    nama_atasan = forms.CharField(label=_("Nama atasan PPID"), max_length=200)
    jabatan_atasan = forms.CharField(label=_("Jabatan"), max_length=200)


class KeberatanPetugasForm(DiterimaPetugasMixin, KeberatanForm):
    """An objection that arrived on paper (Pasal 35: in writing, in person or by e-mail),
    typed in by staff; its windows and deadline follow its real arrival time."""

    nomor_permohonan = forms.CharField(
        label=_("Nomor pendaftaran permohonan"),
        max_length=20,
        help_text=_("mis. P-2026-00042"),
    )

    field_order = ["nomor_permohonan", "kanal", "diterima_pada"]

    def __init__(self, *args, permohonan_qs, **kwargs):
        super().__init__(*args, **kwargs)
        self.permohonan_qs = permohonan_qs
        self.fields["diterima_pada"].help_text = _(
            "Tanggal dan jam keberatan tiba, waktu setempat."
        )

    def clean_nomor_permohonan(self):
        nomor = self.cleaned_data["nomor_permohonan"].strip().upper()
        self.permohonan = self.permohonan_qs.filter(nomor=nomor).first()
        if self.permohonan is None:
            raise ValidationError(
                _("Tidak ada permohonan bernomor itu di unit Anda."), code="tidak_ada"
            )
        return nomor
