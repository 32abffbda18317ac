from django import template

register = template.Library()


@register.inclusion_tag("permohonan/_berkas.html")
def berkas_tersimpan(form, nama: str) -> dict:
    """A file field that may already hold a file kept from an earlier submission."""
    tersimpan = form.berkas_tersimpan.get(nama)
    return {"field": form[nama], "nama": nama, "tersimpan": tersimpan}


@register.simple_tag(takes_context=True)
def dasbor(context) -> list:
    """The admin home's blocks for the signed-in staff member (permohonan.dasbor)."""
    from permohonan.dasbor import blok_untuk

    return blok_untuk(context["request"].user)
