"""`make bench`: throughput of the public pages against a hello-world view, at two data sizes.

For each size in BENCH_SIZES (default "10000,100000" catalogue entries, with twice as many
requests and a fifth as many news items — DESIGN.md's budgets at the larger size) a separate
database `ppid_bench_<size>` on the local cluster is filled once with the demo data and the
project's synthetic data (kept for the next run; BENCH_REBUILD=1 fills it again). Then:
1. counts the SQL queries of each page as first built (Django test client, in process);
2. serves the portal with gunicorn and gunicorn.conf.py (its workers and threads) with the
   hello-world view `/bench/halo` routed (PORTAL_BENCH_HALO) and measures, for each page
   right after the hello-world view, requests per second under BENCH_CONNECTIONS (16)
   concurrent connections for BENCH_DURATION (10 s) — with `wrk` when installed, else a
   bounded Python client — twice: the same address again and again (stored pages: what
   visitors get after the first view), and each request with a new, unread parameter
   (every request a first view: built and stored, as a new filter combination would be);
3. times the streamed exports (first byte and whole download) and the sitemap parts;
4. prints a Markdown table: req/s as % of hello-world, p50/p99, queries, gzipped size, and
   the growth from the smaller to the larger size. Paste it into docs/benchmark.md.

These 2-core machines are noisy: compare ratios from one run, never absolute numbers, and
never in a test (DESIGN.md "Performance budgets").
"""

from __future__ import annotations

import http.client
import itertools
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import localpg  # noqa: E402

UKURAN = [int(n) for n in os.environ.get("BENCH_SIZES", "10000,100000").split(",")]
DURASI = int(os.environ.get("BENCH_DURATION", "10"))
KONEKSI = int(os.environ.get("BENCH_CONNECTIONS", "16"))
PORT = int(os.environ.get("BENCH_PORT", "8097"))
HALO = "/bench/halo"
ARTIKEL = "{artikel}"  # a synthetic news article, found in the database

# Pages that look the same to every anonymous visitor: stored after the first view.
TERSIMPAN = [
    "/",
    "/informasi/",
    "/informasi/kategori/berkala/",
    "/informasi/sintetis-bench-500/",
    "/informasi/dikecualikan/",
    "/berita/",
    ARTIKEL,
    "/permohonan/register/",
    "/statistik/",
    "/feed/informasi/",
    "/feed/berita/",
    "/sitemap.xml",
    "/sitemap-informasi.xml",
]
# Pages that redirect parameters they do not read: no first view by a made-up parameter.
TANPA_PARAMETER_LAIN = {"/statistik/"}
# First views of other filter combinations and deep pages, and every search (each query
# is new to the cache): measured with stored pages off.
LAIN = [
    "/informasi/?page=500",
    "/informasi/?unit=kpu-jateng&tahun=2024",
    "/permohonan/register/?page=200",
    "/berita/?kategori=kegiatan&bulan=2025-06",
]
CARI = [
    "/informasi/?q=pemilu",
    "/informasi/?q=daftar+pemilih",
    "/informasi/?q=permohonnan",
    "/berita/?q=pemilih",
    "/cari/?q=pemilu",
]
UNDUHAN = ["/informasi/dip.csv", "/informasi/dip.json"]


def _manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def _lingkungan(url_db: str, **extra) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": url_db,
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "bench-" + secrets.token_urlsafe(60),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "PORTAL_BENCH_HALO": "true",
        **extra,
    }


def siapkan(env, jumlah: int) -> None:
    """Fill the benchmark database (skipped when it already holds this size)."""
    import psycopg

    _manage(env, "migrate", "--no-input", "-v0")
    _manage(env, "createcachetable")
    _manage(env, "perbarui_hari_libur")
    with psycopg.connect(env["DATABASE_URL"], autocommit=True) as conn:
        ada = conn.execute(
            "SELECT count(*) FROM informasi_informasi WHERE slug LIKE 'sintetis-bench-%%'"
        ).fetchone()[0]
    if ada < jumlah or os.environ.get("BENCH_REBUILD"):
        _manage({**env, "DJANGO_DEBUG": "true"}, "demo_data")
        _manage(env, "informasi_sintetis", "--count", str(jumlah), "--label", "bench")
        # DESIGN.md budgets: 200 000 requests and 20 000 news items beside the catalogue.
        _manage(env, "permohonan_sintetis", "--count", str(jumlah * 2), "--label", "bench")
        _manage(env, "berita_sintetis", "--count", str(jumlah // 5), "--label", "bench")
    _manage(env, "collectstatic", "--no-input", "-v0")
    # Bulk loads leave no statistics or visibility map; autovacuum would add them in
    # production, so measure after the same.
    with psycopg.connect(env["DATABASE_URL"], autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def hitung_query(env) -> tuple[dict[str, int], dict[str, float], str]:
    """Queries and gzipped KB of each page as first built; the article's address."""
    kode = """
import gzip, json, os, sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from portal.models import Berita
artikel = Berita.objects.tayang().filter(slug__startswith="sintetis").first()
client = Client(HTTP_HOST="127.0.0.1")
hasil = {"artikel": artikel.get_absolute_url(), "query": {}, "kb": {}}
for url in json.loads(sys.argv[1]):
    url = url.replace("{artikel}", hasil["artikel"])
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    isi = b"".join(response) if response.streaming else response.content
    hasil["query"][url] = len(ctx)
    hasil["kb"][url] = len(gzip.compress(isi)) / 1024
print(json.dumps(hasil))
"""
    import json

    urls = [u for u in TERSIMPAN + LAIN + CARI if u != ARTIKEL] + [ARTIKEL]
    keluaran = subprocess.run(
        [sys.executable, "-c", kode, json.dumps(urls)],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "portal.settings", "PORTAL_CACHE_HALAMAN": "false"},
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    ).stdout
    hasil = json.loads(keluaran.strip().splitlines()[-1])
    return hasil["query"], hasil["kb"], hasil["artikel"]


class Server:
    """gunicorn with gunicorn.conf.py on 127.0.0.1:PORT (its log in .bench-gunicorn.log)."""

    def __init__(self, env):
        self.env = {**env, "GUNICORN_BIND": f"127.0.0.1:{PORT}"}
        self.log = ROOT / ".bench-gunicorn.log"

    def __enter__(self):
        self.proses = subprocess.Popen(
            [str(ROOT / ".venv/bin/gunicorn"), "portal.wsgi", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("w"),
        )
        batas = time.monotonic() + 120
        while time.monotonic() < batas and self.proses.poll() is None:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}{HALO}", timeout=10).read()
                return self
            except OSError:
                time.sleep(0.5)
        self.proses.kill()
        raise SystemExit(f"gunicorn did not start; see {self.log}")

    def __exit__(self, *exc):
        self.proses.terminate()
        self.proses.wait(timeout=60)
        # The next server binds the same port: wait until nothing answers there.
        for _ in range(60):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}{HALO}", timeout=1)
            except OSError:
                return
            time.sleep(0.5)


# Every request a first view: a parameter no page reads, different each time, so each
# request misses the stored pages and its page is built and stored (as a new filter
# combination or a deep page would be).
_LUA_UNIK = """
local n = 0
request = function()
  n = n + 1
  local pisah = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format("GET", wrk.path .. pisah .. "_b=" .. n .. "-" .. math.random(1000000000))
end
"""


def _wrk(url: str, unik: bool) -> tuple[float, float, float, int]:
    perintah = ["wrk", "-t2", f"-c{KONEKSI}", f"-d{DURASI}s", "--latency", "--timeout", "30s"]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as lua:
        if unik:
            lua.write(_LUA_UNIK)
            lua.flush()
            perintah += ["-s", lua.name]
        keluaran = subprocess.run(
            [*perintah, url], capture_output=True, text=True, check=True
        ).stdout

    def ms(label):
        nilai = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\b", keluaran, re.M)
        angka, satuan = float(nilai[1]), nilai[2]
        return angka / 1000 if satuan == "us" else angka * 1000 if satuan == "s" else angka

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", keluaran)[1])
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", keluaran)
    return rps, ms("50%"), ms("99%"), int(non2xx[1]) if non2xx else 0


def _klien_python(url: str, unik: bool) -> tuple[float, float, float, int]:
    """KONEKSI threads with keep-alive connections for DURASI seconds (no wrk here)."""
    alamat = urllib.parse.urlsplit(url)
    jalur = alamat.path + (f"?{alamat.query}" if alamat.query else "")
    nomor = itertools.count()
    waktu: list[float] = []
    gagal = [0]
    batas = time.monotonic() + DURASI

    def kerja():
        conn = http.client.HTTPConnection(alamat.hostname, alamat.port, timeout=30)
        while time.monotonic() < batas:
            mulai = time.perf_counter()
            pisah = "&" if "?" in jalur else "?"
            conn.request("GET", f"{jalur}{pisah}_b={next(nomor)}" if unik else jalur)
            response = conn.getresponse()
            response.read()
            waktu.append((time.perf_counter() - mulai) * 1000)
            if response.status >= 400:
                gagal[0] += 1

    threads = [threading.Thread(target=kerja) for _ in range(KONEKSI)]
    mulai = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    waktu.sort()
    return (
        len(waktu) / (time.monotonic() - mulai),
        statistics.median(waktu),
        waktu[int(len(waktu) * 0.99) - 1],
        gagal[0],
    )


def beban(url: str, unik: bool = False) -> tuple[float, float, float]:
    """(req/s, p50 ms, p99 ms) under KONEKSI connections; every answer must be a 2xx."""
    ukur = _wrk if shutil.which("wrk") else _klien_python
    urllib.request.urlopen(url, timeout=60).read()  # noqa: S310 - loopback; stores the page
    rps, p50, p99, gagal = ukur(url, unik)
    if gagal:
        raise SystemExit(f"{url}: {gagal} answers were not 2xx")
    return rps, p50, p99


def ukur_halaman(env, urls: list[str], unik: bool) -> dict[str, tuple[float, float, float, float]]:
    """Each page right after the hello-world view: (req/s, % of hello-world, p50, p99);
    `unik`: every request a first view."""
    hasil = {}
    with Server(env):
        for url in urls:
            halo = beban(f"http://127.0.0.1:{PORT}{HALO}")[0]
            rps, p50, p99 = beban(f"http://127.0.0.1:{PORT}{url}", unik)
            hasil[url] = (rps, 100 * rps / halo, p50, p99)
            print(f"  {url:45} {rps:8.1f} req/s {100 * rps / halo:6.1f} % p99 {p99:7.1f} ms")
    return hasil


def ukur_unduhan(env, urls: list[str]) -> dict[str, tuple[float, float, float]]:
    """(ms to the first byte, ms for the whole file, MB) of one download each."""
    hasil = {}
    with Server(env):
        for url in urls:
            mulai = time.perf_counter()
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{url}", timeout=120) as r:
                r.read(1)
                pertama = time.perf_counter()
                ukuran = 1 + len(r.read())
            hasil[url] = (
                (pertama - mulai) * 1000,
                (time.perf_counter() - mulai) * 1000,
                ukuran / 1e6,
            )
    return hasil


def main() -> int:
    localpg.start(localpg.DEFAULT_DIR, localpg.DEFAULT_PORT)
    semua = {}
    for jumlah in UKURAN:
        nama_db = f"ppid_bench_{jumlah}"
        localpg.start(localpg.DEFAULT_DIR, localpg.DEFAULT_PORT, dbname=nama_db)
        env = _lingkungan(localpg.url(localpg.DEFAULT_PORT, nama_db))
        print(f"\n== {jumlah} entries: preparing {nama_db}")
        siapkan(env, jumlah)
        query, kb, artikel = hitung_query(env)
        tersimpan = [artikel if u == ARTIKEL else u for u in TERSIMPAN]
        print("stored pages (hits):")
        hit = ukur_halaman(env, tersimpan, unik=False)
        print("first views (each request a new address: built and stored):")
        # /statistik/ redirects parameters it does not read (portal/cache_halaman.py), so a
        # made-up one cannot force a first view: it has none to measure this way.
        pertama = [u for u in tersimpan if u not in TANPA_PARAMETER_LAIN]
        miss = ukur_halaman(env, pertama + LAIN + CARI, unik=True)
        unduhan = ukur_unduhan(env, UNDUHAN)
        semua[jumlah] = {"query": query, "kb": kb, "hit": hit, "miss": miss, "unduh": unduhan}
        semua[jumlah]["urutan"] = tersimpan + LAIN + CARI

    alat = "wrk" if shutil.which("wrk") else "Python client"
    print(f"\n{time.strftime('%Y-%m-%d')}, {alat} {KONEKSI} connections × {DURASI} s per page")
    for jumlah, data in semua.items():
        print(f"\n### {jumlah} entries\n")
        print(
            "| page | queries | gzip KB | stored: % hello | p99 ms | first view: % hello "
            "| p99 ms |"
        )
        print("|---|---|---|---|---|---|---|")
        for i, url in enumerate(data["urutan"]):
            label = TERSIMPAN[i] if i < len(TERSIMPAN) else url
            label = "a news article" if label == ARTIKEL else f"`{label}`"
            hit = data["hit"].get(url)
            miss = data["miss"].get(url)
            kolom_miss = f"{miss[1]:.1f} | {miss[3]:.0f}" if miss else "— (redirected) | —"
            kolom_hit = f"{hit[1]:.1f} | {hit[3]:.0f}" if hit else "— | —"
            print(
                f"| {label} | {data['query'][url]} | {data['kb'][url]:.1f} | {kolom_hit} "
                f"| {kolom_miss} |"
            )
        print("\n| download | first byte ms | whole ms | MB |\n|---|---|---|---|")
        for url, (pertama, total, mb) in data["unduh"].items():
            print(f"| `{url}` | {pertama:.0f} | {total:.0f} | {mb:.1f} |")
    if len(semua) > 1:
        kecil, besar = min(semua), max(semua)
        print(f"\n### Growth {kecil} → {besar} entries (first views; ≤ 1.3× is the budget)\n")
        print("| page | slower by |\n|---|---|")
        for i, url_besar in enumerate(semua[besar]["urutan"]):
            url_kecil = semua[kecil]["urutan"][i]
            label = TERSIMPAN[i] if i < len(TERSIMPAN) else url_besar
            label = "a news article" if label == ARTIKEL else f"`{label}`"
            if url_besar not in semua[besar]["miss"]:
                continue
            faktor = semua[kecil]["miss"][url_kecil][1] / semua[besar]["miss"][url_besar][1]
            print(f"| {label} | {faktor:.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
