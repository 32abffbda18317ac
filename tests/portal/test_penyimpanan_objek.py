"""Object storage (S3-compatible) for several app servers: public pictures and private files
each in their own place, neither under a public address of the bucket. The S3 endpoint is
moto's server, spoken to over real HTTP by boto3 (no S3 service is reachable here)."""

import datetime as dt
from io import BytesIO

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.urls import reverse
from django.utils import timezone
from moto.server import ThreadedMotoServer
from PIL import Image

from informasi.akses import PPID_UTAMA
from informasi.demo_berkas import buat_pdf
from permohonan.models import Permohonan
from permohonan.penyimpanan import privat
from permohonan.services import terima_permohonan
from portal.gambar import buat_rendisi
from portal.models import Berita, KategoriBerita
from tests.factories import PetugasFactory, UserFactory, pemohon_baru, permohonan_baru

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def s3_server():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3(settings, s3_server):
    klien = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name="us-east-1",
        aws_access_key_id="uji",
        aws_secret_access_key="uji",
    )
    for bucket in ("ppid-publik", "ppid-privat"):
        klien.create_bucket(Bucket=bucket)
    umum = {
        "endpoint_url": s3_server,
        "region_name": "us-east-1",
        "access_key": "uji",
        "secret_key": "uji",
        "default_acl": None,
        "querystring_auth": True,
        "file_overwrite": False,
    }
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "portal.penyimpanan.PenyimpananObjekPublik",
            "OPTIONS": {**umum, "bucket_name": "ppid-publik", "location": "publik"},
        },
        "privat": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {**umum, "bucket_name": "ppid-privat", "location": "privat"},
        },
    }
    yield klien
    for bucket in ("ppid-publik", "ppid-privat"):
        for obj in klien.list_objects_v2(Bucket=bucket).get("Contents", []):
            klien.delete_object(Bucket=bucket, Key=obj["Key"])
        klien.delete_bucket(Bucket=bucket)


def _kunci(klien, bucket):
    return sorted(o["Key"] for o in klien.list_objects_v2(Bucket=bucket).get("Contents", []))


def test_news_pictures_live_in_the_bucket_and_load_from_the_portal(client, s3, pohon):
    assert default_storage.__class__.__name__ == "PenyimpananObjekPublik"
    foto = BytesIO()
    Image.new("RGB", (1600, 900), "#1e3a8a").save(foto, "JPEG")
    berita = Berita.objects.create(
        judul="Rapat Pleno",
        slug="rapat-pleno",
        lead="Rapat pleno terbuka.",
        isi="Isi.",
        kategori=KategoriBerita.objects.get(slug="kegiatan"),
        unit_kerja=pohon["semarang"],
        status=Berita.Status.TERBIT,
        terbit_pada=timezone.now() - dt.timedelta(hours=1),
        gambar=ContentFile(foto.getvalue(), name="foto.jpg"),
        alt_gambar="Peserta rapat pleno.",
    )
    buat_rendisi(berita)
    berita.save()
    kunci = _kunci(s3, "ppid-publik")
    assert f"publik/{berita.gambar_halaman.name}" in kunci
    assert all(k.startswith("publik/berita/") for k in kunci)
    # Pages link the portal's own address, not a signed bucket URL that would expire.
    html = client.get(berita.get_absolute_url()).content.decode()
    alamat = reverse("media", args=[berita.gambar_halaman.name])
    assert f'src="{alamat}"' in html
    response = client.get(alamat)
    assert response.status_code == 200
    assert b"".join(response.streaming_content)[:2] == b"\xff\xd8"  # a JPEG


def test_identity_scans_go_to_the_private_bucket_and_only_staff_open_them(client, s3, pohon):
    assert storages["privat"].bucket_name == "ppid-privat"
    p = terima_permohonan(
        pemohon=pemohon_baru(berkas_identitas=ContentFile(buat_pdf("KTP", []), name="k.pdf")),
        permohonan=permohonan_baru(pohon["semarang"]),
        kanal=Permohonan.Kanal.ONLINE,
    ).permohonan
    nama = p.pemohon.berkas_identitas.name
    assert _kunci(s3, "ppid-privat") == [f"privat/{nama}"]
    assert _kunci(s3, "ppid-publik") == []
    assert privat.exists(nama)
    with pytest.raises(ValueError):
        p.pemohon.berkas_identitas.url  # noqa: B018 - a private file has no address
    client.force_login(
        PetugasFactory(unit_kerja=pohon["ri"], user=UserFactory(groups=[PPID_UTAMA])).user
    )
    response = client.get(reverse("admin:permohonan_permohonan_identitas", args=[p.pk]))
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
