"""Fetching a letter's PDF as a reader does: the first request queues its build and asks to
reload (202); once the worker has run, the stored PDF is served."""

from __future__ import annotations


def unduh_pdf(client, url: str, antrean) -> tuple[object, bytes]:
    """The PDF response and its bytes, after the worker (`antrean`) has built it."""
    pertama = client.get(url, {"format": "pdf"})
    assert pertama.status_code == 202, pertama.status_code
    assert "sedang disiapkan" in pertama.content.decode()
    antrean()
    response = client.get(url, {"format": "pdf"})
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    return response, b"".join(response.streaming_content)
