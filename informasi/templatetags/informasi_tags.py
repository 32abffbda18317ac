import re

from django import template
from django.utils.translation import get_language

from informasi.pencarian import sorot as _sorot

register = template.Library()


@register.filter
def sorot(teks: str):
    """Highlighted search snippet (escaped, matches in <mark>)."""
    return _sorot(teks)


@register.filter
def format_dokumen(informasi) -> list[str]:
    """Distinct formats of an entry's current documents (uses the prefetched list)."""
    return sorted({d.format for d in informasi.dokumen.all() if d.format != "tautan"})


_SATUAN = {
    "tahun": ("year", "years"),
    "bulan": ("month", "months"),
    "minggu": ("week", "weeks"),
    "hari": ("day", "days"),
}
_DURASI = re.compile(r"\b(\d+)\s+(tahun|bulan|minggu|hari)\b", re.IGNORECASE)


@register.filter
def durasi(teks: str) -> str:
    """A duration staff typed in Indonesian ("10 tahun", "5 tahun setelah tidak berlaku"),
    with its numbers and units in English for visitors who chose English; the rest of what
    they wrote stays as written."""
    if not (get_language() or "").startswith("en") or not teks:
        return teks

    def ganti(m):
        satu, banyak = _SATUAN[m.group(2).lower()]
        return f"{m.group(1)} {satu if m.group(1) == '1' else banyak}"

    return _DURASI.sub(ganti, teks)
