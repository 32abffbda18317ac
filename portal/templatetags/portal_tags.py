from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from portal.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text: str) -> str:
    """Render staff-written Markdown; the output is sanitised by nh3, hence safe."""
    return mark_safe(render_markdown(text))  # noqa: S308 - sanitised by nh3 above


@register.filter
def isi_berita(berita) -> str:
    """A news item's body, its dateline ("Semarang, kota-semarang.kpu.go.id –") in bold at
    the start of the first paragraph, as KPU offices' articles print it."""
    html = render_markdown(berita.isi)
    if berita.dateline and "<p>" in html:
        awal = format_html('<p><strong class="dateline">{}</strong> ', berita.dateline.strip())
        html = html.replace("<p>", awal, 1)
    return mark_safe(html)  # noqa: S308 - sanitised by nh3; the dateline is escaped
