from django import template

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
