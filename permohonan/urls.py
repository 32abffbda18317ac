from django.urls import path

from permohonan.views import pemberitahuan, permohonan
from portal.cache_halaman import tersimpan

app_name = "permohonan"

urlpatterns = [
    path("ajukan/", permohonan.AjukanView.as_view(), name="ajukan"),
    path("bukti/", permohonan.bukti, name="bukti"),
    path("lacak/", permohonan.lacak, name="lacak"),
    path(
        "register/",
        tersimpan("informasi", "permohonan", "portal")(permohonan.RegisterView.as_view()),
        name="register",
    ),
    path("lacak/<str:nomor>/", permohonan.status, name="status"),
    path("lacak/<str:nomor>/lampiran/<int:pk>/", pemberitahuan.lampiran, name="lampiran"),
    path("lacak/<str:nomor>/bukti/", permohonan.surat_bukti, name="surat_bukti"),
    path(
        "lacak/<str:nomor>/perpanjangan/",
        pemberitahuan.surat_perpanjangan,
        name="surat_perpanjangan",
    ),
    path(
        "lacak/<str:nomor>/pemberitahuan/<int:pk>/",
        pemberitahuan.surat_pemberitahuan,
        name="surat_pemberitahuan",
    ),
    path("lacak/<str:nomor>/<str:token>/", permohonan.lacak_tautan, name="lacak_tautan"),
]
