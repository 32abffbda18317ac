"""What the request and objection forms share: uploads that survive a form re-shown with
errors (kept privately, referred to by a signed hidden field), and the fields of papers that
arrived in person, by letter or e-mail and are typed in by staff."""

from __future__ import annotations

import mimetypes
import secrets
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from informasi.batas_laju import kembalikan_kuota, pakai_kuota
from informasi.berkas import periksa_berkas
from permohonan.models import Permohonan
from permohonan.penyimpanan import nama_asli, privat

FORMAT_IDENTITAS = ["pdf", "jpg", "png"]
MAKS_IDENTITAS_MB = 5
_SIGNER = signing.Signer(salt="permohonan.berkas-sementara")


def _kuota_sementara(ip: str, ukuran: int) -> bool:
    """Count `ukuran` bytes against the day's quotas of kept uploads: this address's, then
    everybody's; True if both had room."""
    mb = 1024 * 1024
    if not pakai_kuota(
        "sementara-ip",
        ip,
        jumlah=ukuran,
        batas=settings.PERMOHONAN_SEMENTARA_MB_PER_ALAMAT * mb,
        detik=86400,
    ):
        return False
    if not pakai_kuota(
        "sementara-total",
        "semua",
        jumlah=ukuran,
        batas=settings.PERMOHONAN_SEMENTARA_MB_TOTAL * mb,
        detik=86400,
    ):
        kembalikan_kuota("sementara-ip", ip, jumlah=ukuran)
        return False
    return True


def _simpan_sementara(berkas: UploadedFile) -> tuple[str, str]:
    """Keep an upload in private storage under a random name: the citizen's file name (often
    their name and NIK) travels only in the signed reference back to the form. Returns (the
    signed value of `<name>_tersimpan`, the original name)."""
    nama_berkas = nama_asli(berkas.name)
    akhiran = PurePath(nama_berkas).suffix.lower()[:9]
    path = privat.save(f"sementara/{secrets.token_hex(16)}{akhiran}", berkas)
    return _SIGNER.sign_object([path, nama_berkas]), nama_berkas


def simpan_unggahan_sementara(berkas: UploadedFile) -> str | None:
    """Keep one upload of a submission that could not be processed at all (the database was
    away: portal.middleware), as a re-shown form keeps it: the signed value of the form's
    `<name>_tersimpan` field. None when the file is not an acceptable identity scan or power
    of attorney (nothing else is kept), or cannot be stored. (No quota: the quotas live in
    the database that is away; this happens only during an outage.)"""
    try:
        periksa_berkas(berkas, format=FORMAT_IDENTITAS, maks_mb=MAKS_IDENTITAS_MB)
        return _simpan_sementara(berkas)[0]
    except (ValidationError, OSError):
        return None


class BerkasWajibField(forms.FileField):
    """A required upload that may also have been kept from an earlier submission: marked
    required on the page, while its presence is checked by the form's clean(), which also
    accepts the kept file (`BerkasTersimpanMixin._periksa_berkas`)."""

    def __init__(self, **kwargs):
        kwargs["required"] = True
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        return super().clean(data, initial) if data else None


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
                    path, nama_berkas = _SIGNER.unsign_object(tanda)
                except (signing.BadSignature, ValueError, TypeError):
                    continue
                if path.startswith("sementara/") and privat.exists(path):
                    self.berkas_tersimpan[nama] = (tanda, nama_berkas)

    def _periksa_berkas(self, data, nama: str, *, wajib: bool) -> None:
        berkas = data.get(nama)
        if isinstance(berkas, UploadedFile):
            try:
                periksa_berkas(berkas, format=FORMAT_IDENTITAS, maks_mb=MAKS_IDENTITAS_MB)
            except ValidationError as exc:
                self.add_error(nama, exc)
                data[nama] = None
        elif nama in self.berkas_tersimpan:
            path = _SIGNER.unsign_object(self.berkas_tersimpan[nama][0])[0]
            data[nama] = File(privat.open(path), name=self.berkas_tersimpan[nama][1])
        elif wajib:
            self.add_error(nama, ValidationError(_("Unggah berkasnya."), code="required"))

    def simpan_berkas_sementara(self, *, ip: str | None = None) -> None:
        """Keep valid uploads of a submission that had errors, so nobody uploads twice.

        From the public (`ip` = the client's address) only within two daily quotas: per
        address and for all addresses together (PERMOHONAN_SEMENTARA_MB_PER_ALAMAT,
        PERMOHONAN_SEMENTARA_MB_TOTAL), so nobody fills the disk with forms that are never
        sent. Beyond them nothing is stored and the form asks to attach the file again.
        Staff (`ip` None) are not limited."""
        for nama in self.BERKAS:
            berkas = self.cleaned_data.get(nama) if hasattr(self, "cleaned_data") else None
            if isinstance(berkas, UploadedFile) and nama not in self.errors:
                if ip is not None and not _kuota_sementara(ip, berkas.size):
                    self.add_error(
                        nama,
                        ValidationError(
                            _(
                                "Berkas ini tidak dapat kami simpan sementara. Lampirkan "
                                "lagi berkasnya saat mengirim ulang formulir."
                            ),
                            code="kuota_sementara",
                        ),
                    )
                    continue
                self.berkas_tersimpan[nama] = _simpan_sementara(berkas)

    def hapus_berkas_sementara(self) -> None:
        for tanda, _nama in self.berkas_tersimpan.values():
            privat.delete(_SIGNER.unsign_object(tanda)[0])


def berkas_tersimpan_dibuka(tersimpan: tuple[str, str]) -> File:
    """A kept upload (signed reference, original name) opened for saving elsewhere."""
    tanda, nama = tersimpan
    berkas = File(privat.open(_SIGNER.unsign_object(tanda)[0]), name=nama)
    berkas.content_type = mimetypes.guess_type(nama)[0] or ""
    return berkas


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

        diterima = self.cleaned_data["diterima_pada"]
        if diterima > timezone.now():
            raise ValidationError(
                _("Waktu penerimaan tidak boleh di masa depan."), code="masa_depan"
            )
        if diterima.year < 2000:
            raise ValidationError(_("Periksa tahunnya."), code="terlalu_lama")
        return diterima
