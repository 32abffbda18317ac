from django import template
from django.utils.safestring import mark_safe

from portal.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text: str) -> str:
    """Render staff-written Markdown; the output is sanitised by nh3, hence safe."""
    return mark_safe(render_markdown(text))  # noqa: S308 - sanitised by nh3 above
