from django.urls import path

from permohonan import views

app_name = "permohonan"

urlpatterns = [
    path("ajukan/", views.AjukanView.as_view(), name="ajukan"),
    path("bukti/", views.bukti, name="bukti"),
    path("lacak/", views.lacak, name="lacak"),
    path("register/", views.RegisterView.as_view(), name="register"),
    path("lacak/<str:nomor>/", views.status, name="status"),
    path("lacak/<str:nomor>/lampiran/<int:pk>/", views.lampiran, name="lampiran"),
    path("lacak/<str:nomor>/bukti/", views.surat_bukti, name="surat_bukti"),
    path(
        "lacak/<str:nomor>/pemberitahuan/<int:pk>/",
        views.surat_pemberitahuan,
        name="surat_pemberitahuan",
    ),
    path("lacak/<str:nomor>/<str:token>/", views.lacak_tautan, name="lacak_tautan"),
]
