"""The public request form (DOMAIN.md §3): every field of Perki 1/2021's form."""

from __future__ import annotations

import secrets
from pathlib import PurePath

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from informasi.berkas import periksa_berkas
from informasi.models import UnitKerja
from permohonan.models import Keberatan, PemberitahuanTertulis, Pemohon, Permohonan, UjiKonsekuensi
from permohonan.nik import validasi_nik
from permohonan.penyimpanan import privat
from permohonan.services import terima_permohonan

FORMAT_IDENTITAS = ["pdf", "jpg", "png"]
MAKS_IDENTITAS_MB = 5
_SIGNER = signing.Signer(salt="permohonan.berkas-sementara")


class BerkasTersimpanMixin:
    """Uploaded files survive a re-display with errors: they are kept in private storage and
    referred to by a signed hidden field (`<name>_tersimpan`). BERKAS names the file fields."""

    BERKAS: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        # Files kept from an earlier submission: field name -> (signed reference, file name).
        self.berkas_tersimpan: dict[str, tuple[str, str]] = {}
        for nama in self.BERKAS:
            tanda = (self.data or {}).get(f"{nama}_tersimpan", "")
            if tanda:
                try:
                    path = _SIGNER.unsign(tanda)
                except signing.BadSignature:
                    continue
                if path.startswith("sementara/") and privat.exists(path):
                    self.berkas_tersimpan[nama] = (tanda, PurePath(path).name.split("-", 1)[-1])

    def _periksa_berkas(self, data, nama: str, *, wajib: bool) -> None:
        berkas = data.get(nama)
        if isinstance(berkas, UploadedFile):
            try:
                periksa_berkas(berkas, format=FORMAT_IDENTITAS, maks_mb=MAKS_IDENTITAS_MB)
            except ValidationError as exc:
                self.add_error(nama, exc)
                data[nama] = None
        elif nama in self.berkas_tersimpan:
            path = _SIGNER.unsign(self.berkas_tersimpan[nama][0])
            data[nama] = File(privat.open(path), name=self.berkas_tersimpan[nama][1])
        elif wajib:
            self.add_error(nama, ValidationError(_("Unggah berkasnya."), code="required"))

    def simpan_berkas_sementara(self) -> None:
        """Keep valid uploads of a submission that had errors, so nobody uploads twice."""
        for nama in self.BERKAS:
            berkas = self.cleaned_data.get(nama) if hasattr(self, "cleaned_data") else None
            if isinstance(berkas, UploadedFile) and nama not in self.errors:
                path = privat.save(f"sementara/{secrets.token_hex(8)}-{berkas.name}", berkas)
                self.berkas_tersimpan[nama] = (_SIGNER.sign(path), berkas.name)

    def hapus_berkas_sementara(self) -> None:
        for tanda, _nama in self.berkas_tersimpan.values():
            privat.delete(_SIGNER.unsign(tanda))


class PermohonanForm(BerkasTersimpanMixin, forms.Form):
    """Requester, proxy and request; uploads are kept across re-display."""

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
        help_text=_("16 angka pada KTP. Untuk kelompok orang: NIK wakil kelompok."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    nomor_badan_hukum = forms.CharField(
        label=_("Nomor pengesahan badan hukum"),
        max_length=100,
        required=False,
        help_text=_("Nomor keputusan Menteri Hukum tentang pengesahan badan hukum Anda."),
    )
    berkas_identitas = forms.FileField(
        label=_("Pindaian KTP atau akta badan hukum"),
        required=False,
        help_text=_("PDF, JPG atau PNG, paling besar 5 MB. Hanya dilihat petugas PPID."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}),
    )
    alamat = forms.CharField(label=_("Alamat"), widget=forms.Textarea(attrs={"rows": 3}))
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
    nama_kuasa = forms.CharField(label=_("Nama kuasa"), max_length=200, required=False)
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
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Sebutkan sejelas mungkin: jenis dokumen, periode, wilayah."),
    )
    tujuan = forms.CharField(
        label=_("Tujuan penggunaan informasi"), widget=forms.Textarea(attrs={"rows": 3})
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
        help_text=_("Diisi bila Anda meminta salinan."),
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
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only tests in force that exempt can back a refusal (services checks it again).
        self.fields["uji_konsekuensi"].queryset = UjiKonsekuensi.objects.filter(
            status=UjiKonsekuensi.Status.DITETAPKAN,
            kesimpulan__in=UjiKonsekuensi.KESIMPULAN_MENGECUALIKAN,
        )
        self.fields["uji_konsekuensi"].label_from_instance = lambda uji: (
            f"{uji.informasi} — Pasal 17 huruf {', '.join(uji.pasal_17)} ({uji.nomor_keputusan})"
        )
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
            berkas = data.get(f"lampiran_{n}")
            if isinstance(berkas, UploadedFile):
                try:
                    periksa_berkas(berkas)
                except ValidationError as exc:
                    self.add_error(f"lampiran_{n}", exc)
        return data


class KeberatanForm(BerkasTersimpanMixin, forms.Form):
    """An objection to the Atasan PPID (UU 14/2008 Pasal 35–36): grounds in plain words, the
    case, and a proxy with a special power of attorney."""

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
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Bila keputusan PPID dikuatkan, tuliskan alasannya (UU 14/2008 Pasal 36 ayat 2)."
        ),
    )
    nama_atasan = forms.CharField(label=_("Nama atasan PPID"), max_length=200)
    jabatan_atasan = forms.CharField(label=_("Jabatan"), max_length=200)


class DiterimaPetugasMixin(forms.Form):
    """For papers that arrived in person, by letter or e-mail, typed in by staff with their
    real arrival time: deadlines follow that time (DOMAIN.md §4)."""

    kanal = forms.ChoiceField(
        label=_("Diterima melalui"),
        choices=[c for c in Permohonan.Kanal.choices if c[0] != Permohonan.Kanal.ONLINE],
    )
    diterima_pada = forms.DateTimeField(
        label=_("Diterima pada"),
        help_text=_("Tanggal dan jam permohonan tiba, waktu setempat."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The requester signed the paper form; staff cannot tick the statement for them.
        self.fields["pernyataan"].required = False
        self.fields.pop("situs_web", None)

    def clean_diterima_pada(self):
        from django.utils import timezone

        diterima = self.cleaned_data["diterima_pada"]
        if diterima > timezone.now():
            raise ValidationError(
                _("Waktu penerimaan tidak boleh di masa depan."), code="masa_depan"
            )
        return diterima


class PermohonanPetugasForm(DiterimaPetugasMixin, PermohonanForm):
    """A request that arrived on paper, typed in by staff."""

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        if units is not None:
            self.fields["unit_kerja"].queryset = self.fields["unit_kerja"].queryset & units


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
