from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from portal.cache_halaman import LINGKUP, fragmen, fragmen_kunci
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


class TetapNode(template.Node):
    def __init__(self, nodelist, lingkup: tuple[str, ...], bagian: list):
        self.nodelist, self.lingkup, self.bagian = nodelist, lingkup, bagian

    def render(self, context):
        request = context.get("request")
        kunci = fragmen_kunci(
            request,
            self.lingkup,
            # Where the tag is (a template may have several), then what it varies by.
            self.origin.name,
            self.token.lineno,
            *(b.resolve(context) for b in self.bagian),
        )
        return fragmen(kunci, lambda: self.nodelist.render(context))


@register.tag
def tetap(parser, token):
    """`{% tetap "informasi,portal" informasi.pk %}…{% endtetap %}`: the enclosed markup is
    built once per version of the named parts' data (portal/cache_halaman.py), language and
    the values after the parts — which must be everything it depends on besides that data
    (e.g. `request.path` for a menu marking the current page). Rendered as usual for staff
    and requester pages."""
    nama, lingkup, *bagian = token.split_contents()
    if not (lingkup[0] == lingkup[-1] and lingkup[0] in "\"'"):
        raise template.TemplateSyntaxError(f"{nama}: the parts are a quoted string")
    lingkup = tuple(lingkup[1:-1].split(","))
    if set(lingkup) - set(LINGKUP):
        raise template.TemplateSyntaxError(f"{nama}: unknown parts {lingkup}")
    nodelist = parser.parse(("endtetap",))
    parser.delete_first_token()
    return TetapNode(
        nodelist,
        lingkup,
        [parser.compile_filter(b) for b in bagian],
    )


@register.filter
def nilai_form(form) -> tuple:
    """What a form's markup depends on besides its choices: each field's value, as the key of
    `{% tetap %}` around it (errors follow from the values)."""
    return tuple((nama, form[nama].value()) for nama in form.fields)
