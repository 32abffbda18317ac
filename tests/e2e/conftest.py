"""Real-browser tests: Playwright driving Debian's Chromium, checked with axe and Nu."""

import json
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from scripts.localpg import PROJECT_DIR
from tests.conftest import _free_port

CHROMIUM = "/usr/lib/chromium/chromium"
AXE_JS = PROJECT_DIR / "node_modules/axe-core/axe.min.js"
VNU_JAR = PROJECT_DIR / "node_modules/vnu-jar/build/dist/vnu.jar"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
ARTIFACTS = PROJECT_DIR / "test-artifacts"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def vnu_url():
    """The Nu HTML Checker as a local web service (one JVM for the whole session)."""
    port = _free_port()
    proc = subprocess.Popen(
        ["java", "-Xss1m", "-cp", str(VNU_JAR), "nu.validator.servlet.Main", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).close()
            break
        except (urllib.error.URLError, ConnectionError):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("The Nu HTML Checker did not start.") from None
            time.sleep(0.3)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def html_errors(vnu_url: str, html: str) -> list[str]:
    request = urllib.request.Request(  # noqa: S310 - loopback only
        vnu_url + "?out=json",
        data=html.encode(),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
        messages = json.load(response)["messages"]
    return [
        f"line {m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error" or m.get("subType") == "fatal"
    ]


def axe_violations(page) -> list[str]:
    # evaluate() is not blocked by the page's CSP, unlike add_script_tag().
    page.evaluate(AXE_JS.read_text())
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(n["target"][0] if n["target"] else "?" for n in v["nodes"][:5])
        for v in result["violations"]
    ]


@pytest.fixture
def periksa_halaman(vnu_url):
    """Check the page as it is now: zero axe violations (WCAG 2.x A/AA), zero HTML errors.

    On failure the page's HTML and a screenshot are kept in test-artifacts/.
    """

    def periksa(page, nama: str) -> None:
        html = page.content()
        problems = [f"axe: {v}" for v in axe_violations(page)]
        problems += [f"html: {e}" for e in html_errors(vnu_url, html)]
        if problems:
            ARTIFACTS.mkdir(exist_ok=True)
            Path(ARTIFACTS / f"{nama}.html").write_text(html)
            page.screenshot(path=str(ARTIFACTS / f"{nama}.png"), full_page=True)
        assert not problems, f"{nama} ({page.url}):\n" + "\n".join(problems)

    return periksa
