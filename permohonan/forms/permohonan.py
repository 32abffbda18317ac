"""Forms of a request (UU 14/2008 Pasal 22; DOMAIN.md §3): the public form with every field
of Perki 1/2021's form, tracking by number + e-mail, staff entry of paper requests, and the
staff actions on a request (assign, extend, withdraw, internal note)."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from informasi.models import UnitKerja
from permohonan import akses
from permohonan.forms._umum import BerkasTersimpanMixin, BerkasWajibField, DiterimaPetugasMixin
from permohonan.models import Pemohon, Permohonan
from permohonan.nik import validasi_nik
from permohonan.services import terima_permohonan


class PermohonanForm(BerkasTersimpanMixin, forms.Form):
    """Requester, proxy and request; uploads are kept across re-display. Required fields are
    marked on their label before anything is sent (`required_css_class`); fields required
    only for some requesters say which in their help text."""

    required_css_class = "wajib"

    BERKAS = ("berkas_identitas", "surat_kuasa")

    jenis = forms.ChoiceField(
        label=_("Anda mengajukan sebagai"),
        choices=Pemohon.Jenis.choices,
        widget=forms.RadioSelect,
        initial=Pemohon.Jenis.PERORANGAN,
    )
    nama = forms.CharField(
        label=_("Nama lengkap"),
        max_length=200,
        help_text=_("Nama sesuai KTP, atau nama badan hukum/kelompok."),
    )
    nik = forms.CharField(
        label=_("NIK"),
        max_length=16,
        required=False,
        help_text=_(
            "Wajib untuk perorangan dan kelompok orang: 16 angka pada KTP (kelompok orang: NIK "
            "wakil kelompok)."
        ),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    nomor_badan_hukum = forms.CharField(
        label=_("Nomor pengesahan badan hukum"),
        max_length=100,
        required=False,
        help_text=_(
            "Wajib untuk badan hukum: nomor keputusan Menteri Hukum tentang pengesahan badan "
            "hukum Anda."
        ),
    )
    berkas_identitas = BerkasWajibField(
        label=_("Pindaian KTP atau akta badan hukum"),
        help_text=_(
            "Perorangan dan kelompok orang: KTP; badan hukum: akta pengesahan. PDF, JPG atau PNG, "
            "paling besar 5 MB. Hanya dilihat petugas PPID."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}),
    )
    alamat = forms.CharField(
        label=_("Alamat"), max_length=500, widget=forms.Textarea(attrs={"rows": 3})
    )
    telepon = forms.CharField(
        label=_("Nomor telepon/WhatsApp"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        help_text=_("Kami menghubungi Anda dan mengirim jawaban melalui alamat ini."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    pekerjaan = forms.CharField(label=_("Pekerjaan"), max_length=100, required=False)

    melalui_kuasa = forms.BooleanField(
        label=_("Saya mengajukan sebagai kuasa dari pemohon"), required=False
    )
    nama_kuasa = forms.CharField(
        label=_("Nama kuasa"),
        max_length=200,
        required=False,
        help_text=_("Wajib bila Anda mengajukan sebagai kuasa."),
    )
    surat_kuasa = forms.FileField(
        label=_("Surat kuasa khusus"),
        required=False,
        help_text=_("Wajib bila Anda mengajukan sebagai kuasa. PDF, JPG atau PNG."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}),
    )

    unit_kerja = forms.ModelChoiceField(
        label=_("Permohonan ditujukan kepada"),
        queryset=UnitKerja.objects.kantor(),
        empty_label=_("— pilih kantor KPU —"),
        help_text=_("Kantor yang Anda perkirakan menguasai informasinya."),
    )
    rincian = forms.CharField(
        label=_("Rincian informasi yang dibutuhkan"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Sebutkan sejelas mungkin: jenis dokumen, periode, wilayah."),
    )
    tujuan = forms.CharField(
        label=_("Tujuan penggunaan informasi"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    cara_memperoleh = forms.ChoiceField(
        label=_("Cara memperoleh informasi"),
        choices=Permohonan.CaraMemperoleh.choices,
        widget=forms.RadioSelect,
    )
    cara_salinan = forms.ChoiceField(
        label=_("Cara mendapatkan salinan"),
        choices=Permohonan.CaraSalinan.choices,
        widget=forms.RadioSelect,
        required=False,
        help_text=_("Wajib bila Anda meminta salinan."),
    )
    pernyataan = forms.BooleanField(
        label=_(
            "Saya menyatakan data yang saya isi benar dan informasi yang diperoleh akan "
            "digunakan sesuai ketentuan peraturan perundang-undangan."
        )
    )
    # Honeypot: hidden from people (CSS and aria-hidden), filled in by form-filling robots.
    situs_web = forms.CharField(required=False, label=_("Jangan diisi"))

    def clean_nik(self):
        return self.cleaned_data["nik"].strip()

    def clean(self):
        data = super().clean()
        if "situs_web" in self.fields and data.get("situs_web"):
            raise ValidationError(_("Permohonan tidak dapat diproses."), code="honeypot")
        jenis = data.get("jenis")
        if jenis in (Pemohon.Jenis.PERORANGAN, Pemohon.Jenis.KELOMPOK_ORANG):
            try:
                validasi_nik(data.get("nik", ""))
            except ValidationError as exc:
                self.add_error("nik", exc)
        if jenis == Pemohon.Jenis.BADAN_HUKUM and not data.get("nomor_badan_hukum"):
            self.add_error(
                "nomor_badan_hukum",
                ValidationError(_("Isi nomor pengesahan badan hukum."), code="required"),
            )
        if data.get("melalui_kuasa") and not data.get("nama_kuasa"):
            self.add_error("nama_kuasa", ValidationError(_("Isi nama kuasa."), code="required"))
        cara = data.get("cara_memperoleh", "")
        if cara.startswith("salinan") and not data.get("cara_salinan"):
            self.add_error(
                "cara_salinan",
                ValidationError(_("Pilih cara mendapatkan salinan."), code="required"),
            )
        self._periksa_berkas(data, "berkas_identitas", wajib=True)
        self._periksa_berkas(data, "surat_kuasa", wajib=bool(data.get("melalui_kuasa")))
        return data

    def terima(self, *, kanal: str, diterima_pada=None, oleh=None):
        """Register the request a PermohonanForm describes (the public form and staff entry)."""
        data = self.cleaned_data
        badan_hukum = data["jenis"] == Pemohon.Jenis.BADAN_HUKUM
        kuasa = data["melalui_kuasa"]
        return terima_permohonan(
            pemohon=Pemohon(
                jenis=data["jenis"],
                nama=data["nama"],
                nik="" if badan_hukum else data["nik"],
                nomor_badan_hukum=data["nomor_badan_hukum"] if badan_hukum else "",
                berkas_identitas=data["berkas_identitas"],
                alamat=data["alamat"],
                telepon=data["telepon"],
                email=data["email"],
                pekerjaan=data["pekerjaan"],
            ),
            permohonan=Permohonan(
                unit_kerja=data["unit_kerja"],
                rincian=data["rincian"],
                tujuan=data["tujuan"],
                cara_memperoleh=data["cara_memperoleh"],
                cara_salinan=data["cara_salinan"],
                nama_kuasa=data["nama_kuasa"] if kuasa else "",
                surat_kuasa=data["surat_kuasa"] if kuasa else None,
            ),
            kanal=kanal,
            diterima_pada=diterima_pada,
            oleh=oleh,
        )


class LacakForm(forms.Form):
    """Find a request by its number and the requester's e-mail address."""

    required_css_class = "wajib"

    nomor = forms.CharField(
        label=_("Nomor pendaftaran"),
        max_length=20,
        help_text=_("Seperti tertulis pada bukti permohonan, mis. P-2026-00042."),
    )
    email = forms.EmailField(
        label=_("E-mail yang Anda isi pada permohonan"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean_nomor(self):
        return self.cleaned_data["nomor"].strip().upper()


class PermohonanPetugasForm(DiterimaPetugasMixin, PermohonanForm):
    """A request that arrived on paper, typed in by staff. The requester may have no e-mail
    address: a postal address is always there, and a phone number helps; the notices then
    go by post and the printed receipt carries the tracking link."""

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        if units is not None:
            self.fields["unit_kerja"].queryset = self.fields["unit_kerja"].queryset & units
        self.fields["email"].required = False
        self.fields["email"].help_text = _(
            "Kosongkan bila pemohon tidak memiliki e-mail: pemberitahuan dikirim lewat pos ke "
            "alamatnya, dan bukti yang dicetak memuat tautan pelacakan."
        )


class AlasanForm(forms.Form):
    """The reasons of an action that needs them (an extension, a withdrawal, a revocation)."""

    alasan = forms.CharField(
        label=_("Alasan"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )


class CatatanForm(forms.Form):
    catatan = forms.CharField(
        label=_("Catatan internal"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Tidak pernah ditampilkan kepada pemohon."),
    )


class TugaskanForm(forms.Form):
    """Assign a request to one of the units (and officers) the user reaches."""

    unit_kerja = forms.ModelChoiceField(label=_("Unit kerja"), queryset=UnitKerja.objects.none())
    petugas = forms.ModelChoiceField(
        label=_("Petugas"), queryset=None, required=False, empty_label=_("— belum ditentukan —")
    )

    def __init__(self, *args, user, **kwargs):
        from django.contrib.auth import get_user_model

        super().__init__(*args, **kwargs)
        self.fields["unit_kerja"].queryset = akses.unit_pilihan(user)
        self.fields["petugas"].queryset = get_user_model().objects.filter(
            is_staff=True,
            is_active=True,
            petugas__unit_kerja__in=self.fields["unit_kerja"].queryset,
        )
