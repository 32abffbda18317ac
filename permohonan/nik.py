"""Checks of the Nomor Induk Kependudukan (NIK), the 16-digit number on the KTP.

Layout (Permendagri on population administration): 2 digits province, 2 regency/city,
2 district, 6 date of birth as DDMMYY (women add 40 to the day), 4 serial number. Only the
format and plausibility are checked here; whether the NIK exists is for Dukcapil to say.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Province codes of Dukcapil (Aceh 11 … Papua provinces 9x).
KODE_PROVINSI = {
    11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63,
    64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97,
}  # fmt: skip


def validasi_nik(nik: str) -> None:
    if not re.fullmatch(r"[0-9]{16}", nik or ""):
        raise ValidationError(
            _("NIK terdiri atas 16 angka, seperti tertulis di KTP."), code="format"
        )
    hari, bulan = int(nik[6:8]), int(nik[8:10])
    if hari > 40:
        hari -= 40
    if (
        int(nik[:2]) not in KODE_PROVINSI
        or nik[2:4] == "00"
        or nik[4:6] == "00"
        or not 1 <= hari <= 31
        or not 1 <= bulan <= 12
        or nik[12:] == "0000"
    ):
        raise ValidationError(
            _("NIK ini tidak mungkin benar. Periksa kembali angka pada KTP Anda."),
            code="tidak_wajar",
        )
