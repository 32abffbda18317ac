"""Server-rendered bar charts (inline SVG, no JavaScript, no chart library): the geometry
is computed here, the markup is templates/components/_grafik_batang.html."""

from __future__ import annotations

from django import template
from django.utils.text import Truncator

register = template.Library()

# The chart is drawn in a 360-unit-wide viewBox and scaled to its container (width 100%,
# CSS max-width): readable on a 360 px phone without sideways scrolling.
LEBAR = 360
LEBAR_BATANG = 290  # room on the right for the printed value
TINGGI_BARIS = 50


@register.inclusion_tag("components/_grafik_batang.html")
def grafik_batang(tabel, id_awalan: str = "grafik") -> dict:
    """A horizontal bar chart of `tabel` (permohonan.statistik.Tabel): each row's label
    above its bar, its value printed after the bar (a withheld cell shows "< 3" and no
    bar), so nothing depends on colour."""
    maks = tabel.maksimum
    batang = []
    for i, b in enumerate(tabel.baris):
        y = i * TINGGI_BARIS
        lebar = round(LEBAR_BATANG * (b.nilai or 0) / maks) if maks else 0
        if b.nilai:
            lebar = max(lebar, 2)  # a non-zero value always shows a bar
        batang.append(
            {
                "label": Truncator(b.label).chars(40),
                "nilai": b.nilai,
                "disembunyikan": b.disembunyikan,
                "y_label": y + 17,
                "y_batang": y + 24,
                "y_nilai": y + 40,
                "lebar": lebar,
                "x_nilai": lebar + 6,
            }
        )
    return {
        "tabel": tabel,
        "id": f"{id_awalan}-{tabel.kunci}",
        "batang": batang,
        "lebar": LEBAR,
        "tinggi": len(batang) * TINGGI_BARIS + 4,
    }
