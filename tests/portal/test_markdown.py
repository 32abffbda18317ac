import pytest

from portal.markdown import render_markdown


@pytest.mark.parametrize(
    ("source", "forbidden"),
    [
        ("<script>alert(1)</script>", "<script"),
        ('<img src="x" onerror="alert(1)">', "onerror"),
        ("[klik](javascript:alert(1))", "javascript:"),
        ('<iframe src="https://contoh.id"></iframe>', "<iframe"),
        ('<p style="position:fixed">x</p>', "style="),
    ],
)
def test_dangerous_markup_is_removed(source, forbidden):
    assert forbidden not in render_markdown(source)


def test_ordinary_markdown_survives():
    html = render_markdown(
        "## Biaya\n\n**Gratis**, lihat [maklumat](https://contoh.go.id/m).\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |"
    )
    assert "<h2>Biaya</h2>" in html
    assert "<strong>Gratis</strong>" in html
    assert 'href="https://contoh.go.id/m"' in html
    assert 'rel="noopener noreferrer"' in html
    assert "<td>1</td>" in html
