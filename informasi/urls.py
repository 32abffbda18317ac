from django.urls import path

from informasi import views

app_name = "informasi"

urlpatterns = [
    path("", views.InformasiListView.as_view(), name="daftar"),
    path("dip.csv", views.dip_csv, name="dip_csv"),
    path("dip.json", views.dip_json, name="dip_json"),
    path("kategori/<slug:kategori>/", views.KategoriView.as_view(), name="kategori"),
    path("<slug:slug>/", views.InformasiDetailView.as_view(), name="detail"),
    path("<slug:slug>/dokumen/<int:pk>/", views.unduh, name="unduh"),
]
