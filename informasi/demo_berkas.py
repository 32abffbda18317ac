"""Small but real documents for the demo catalogue: PDF, CSV, DOCX and XLSX made in memory.

They open in ordinary readers and pass the same content checks as staff uploads.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from xml.sax.saxutils import escape


def _ascii(teks: str) -> str:
    teks = teks.replace("–", "-").replace("—", "-")
    return unicodedata.normalize("NFKD", teks).encode("ascii", "ignore").decode()


def buat_pdf(judul: str, baris: list[str]) -> bytes:
    """A one-page PDF with a title and some lines of text (Helvetica, ASCII)."""

    def teks_pdf(s: str) -> str:
        return _ascii(s).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    isi = ["BT", "/F1 16 Tf", "56 780 Td", f"({teks_pdf(judul)}) Tj", "/F1 11 Tf"]
    for teks in baris:
        isi += ["0 -22 Td", f"({teks_pdf(teks)}) Tj"]
    isi.append("ET")
    stream = "\n".join(isi).encode()
    objek = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    keluaran = io.BytesIO()
    keluaran.write(b"%PDF-1.4\n")
    posisi = []
    for nomor, badan in enumerate(objek, start=1):
        posisi.append(keluaran.tell())
        keluaran.write(b"%d 0 obj\n" % nomor + badan + b"\nendobj\n")
    xref = keluaran.tell()
    keluaran.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objek) + 1))
    for p in posisi:
        keluaran.write(b"%010d 00000 n \n" % p)
    keluaran.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objek) + 1, xref)
    )
    return keluaran.getvalue()


def buat_csv(baris: list[list[str]]) -> bytes:
    import csv

    keluaran = io.StringIO()
    csv.writer(keluaran).writerows(baris)
    return keluaran.getvalue().encode()


def _zip(berkas: dict[str, str]) -> bytes:
    keluaran = io.BytesIO()
    with zipfile.ZipFile(keluaran, "w", zipfile.ZIP_DEFLATED) as z:
        for nama, isi in berkas.items():
            z.writestr(nama, isi)
    return keluaran.getvalue()


_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
    '.org/officeDocument/2006/relationships/officeDocument" Target="{target}"/></Relationships>'
)


def buat_docx(judul: str, paragraf: list[str]) -> bytes:
    badan = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>" for p in [judul, *paragraf])
    return _zip(
        {
            "[Content_Types].xml": (
                '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                'openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
                'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/><Override '
                'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.wordprocessingml.document.main+xml"/></Types>'
            ),
            "_rels/.rels": _RELS.format(target="word/document.xml"),
            "word/document.xml": (
                '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
                'openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                f"{badan}</w:body></w:document>"
            ),
        }
    )


def buat_xlsx(baris: list[list[str]]) -> bytes:
    def sel(nilai: str) -> str:
        return f'<c t="inlineStr"><is><t>{escape(str(nilai))}</t></is></c>'

    data = "".join(f"<row>{''.join(sel(v) for v in b)}</row>" for b in baris)
    return _zip(
        {
            "[Content_Types].xml": (
                '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                'openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
                'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/><Override '
                'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
                'worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.spreadsheetml.worksheet+xml"/></Types>'
            ),
            "_rels/.rels": _RELS.format(target="xl/workbook.xml"),
            "xl/workbook.xml": (
                '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.'
                'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
                'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
                'name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
            ),
            "xl/_rels/workbook.xml.rels": (
                '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
            ),
            "xl/worksheets/sheet1.xml": (
                '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                'openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                f"{data}</sheetData></worksheet>"
            ),
        }
    )
