import pytest
from django.core.exceptions import ValidationError

from permohonan.nik import validasi_nik


@pytest.mark.parametrize(
    "nik",
    [
        "3374015708900002",  # Kota Semarang, woman born 17-08-1990
        "3174021203850001",  # Jakarta Selatan, man born 12-03-1985
        "1101010101000001",  # Aceh, born 01-01-2000
    ],
)
def test_plausible_niks_pass(nik):
    validasi_nik(nik)


@pytest.mark.parametrize(
    ("nik", "kode"),
    [
        ("337401570890000", "format"),  # 15 digits
        ("3374 0157 0890 0002", "format"),
        ("33740157089O0002", "format"),  # letter O
        ("9974015708900002", "tidak_wajar"),  # no province 99
        ("3374013208900002", "tidak_wajar"),  # day 32
        ("3374015713900002", "tidak_wajar"),  # month 13
        ("3374015708900000", "tidak_wajar"),  # serial 0000
        ("3300015708900002", "tidak_wajar"),  # regency 00
    ],
)
def test_implausible_niks_are_refused(nik, kode):
    with pytest.raises(ValidationError) as excinfo:
        validasi_nik(nik)
    assert excinfo.value.code == kode
