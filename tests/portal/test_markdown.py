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
        # Event handlers on tags that are otherwise allowed.
        ('<a href="https://contoh.go.id" onclick="alert(1)">x</a>', "onclick"),
        ('<p onmouseover="alert(1)">x</p>', "onmouseover"),
        ('<svg onload="alert(1)"></svg>', "onload"),
        # Script URLs however they are spelt or encoded, and other non-web schemes.
        ("[klik](JaVaScRiPt:alert(1))", "alert(1)"),
        ("[klik](javascript&#58;alert(1))", "alert(1)"),
        ('<a href=" javascript:alert(1)">x</a>', "alert(1)"),
        ("[klik](vbscript:msgbox(1))", "vbscript"),
        ("[klik](data:text/html;base64,PHNjcmlwdD4=)", "data:"),
        ("<script>document.cookie</script>", "document.cookie"),  # no content left behind
        # Embedding and forms.
        ('<object data="x.swf"></object><embed src="x.swf">', "x.swf"),
        ('<form action="https://contoh.id"><input name="nik"></form>', "<input"),
        ("![foto](https://contoh.id/x.jpg)", "<img"),
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
