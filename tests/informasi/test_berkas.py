"""Upload checks look at the bytes, not the name."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from informasi.berkas import periksa_berkas
from informasi.demo_berkas import buat_csv, buat_docx, buat_pdf, buat_xlsx

ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x03\x00\x3e\x00" + b"\x00" * 200
MZ = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200


@pytest.mark.parametrize(
    ("nama", "isi", "format"),
    [
        ("laporan.pdf", buat_pdf("Laporan", ["a"]), "pdf"),
        ("DATA.CSV", buat_csv([["a", "b"], ["1", "2"]]), "csv"),
        ("surat.docx", buat_docx("Surat", ["isi"]), "docx"),
        ("rekap.xlsx", buat_xlsx([["a"], ["1"]]), "xlsx"),
    ],
)
def test_real_documents_are_accepted(nama, isi, format):
    hasil = periksa_berkas(SimpleUploadedFile(nama, isi))
    assert hasil.format == format
    assert hasil.ukuran == len(isi)
    assert len(hasil.sha256) == 64


@pytest.mark.parametrize(
    ("nama", "isi", "kode"),
    [
        ("laporan.pdf", ELF, "isi_tidak_sesuai"),  # a Linux executable renamed to .pdf
        ("rekap.xlsx", MZ, "isi_tidak_sesuai"),  # a Windows executable renamed to .xlsx
        ("surat.docx", buat_pdf("x", []), "isi_tidak_sesuai"),  # a PDF named .docx
        ("skrip.exe", MZ, "format_ditolak"),
        ("halaman.html", b"<html><script>alert(1)</script></html>", "format_ditolak"),
        ("tanpa-ekstensi", buat_pdf("x", []), "format_ditolak"),
        ("kosong.pdf", b"", "kosong"),
    ],
)
def test_disguised_or_unwanted_files_are_refused(nama, isi, kode):
    with pytest.raises(ValidationError) as excinfo:
        periksa_berkas(SimpleUploadedFile(nama, isi))
    assert excinfo.value.code == kode


def test_size_limit_comes_from_settings(settings):
    settings.INFORMASI_MAKS_UKURAN_MB = 1
    besar = buat_pdf("x", []) + b"0" * (1024 * 1024)
    with pytest.raises(ValidationError) as excinfo:
        periksa_berkas(SimpleUploadedFile("besar.pdf", besar))
    assert excinfo.value.code == "terlalu_besar"
    assert "Batasnya 1,0" in str(excinfo.value.messages) or "1.0" in str(excinfo.value.messages)


def test_allowed_formats_come_from_settings(settings):
    settings.INFORMASI_FORMAT_DIIZINKAN = ["pdf"]
    with pytest.raises(ValidationError) as excinfo:
        periksa_berkas(SimpleUploadedFile("data.csv", buat_csv([["a"]])))
    assert excinfo.value.code == "format_ditolak"
    assert "PDF" in excinfo.value.messages[0]
