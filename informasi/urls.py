from django.urls import path

from informasi import views
from portal.cache_halaman import tersimpan

# Stored for anonymous visitors (portal/cache_halaman.py); the exports stream instead.
katalog = tersimpan("informasi", "portal")

app_name = "informasi"

urlpatterns = [
    path("", katalog(views.InformasiListView.as_view()), name="daftar"),
    path("dip.csv", views.dip_csv, name="dip_csv"),
    path("dip.json", views.dip_json, name="dip_json"),
    path("kategori/<slug:kategori>/", katalog(views.KategoriView.as_view()), name="kategori"),
    path(
        "<slug:slug>/",
        tersimpan("informasi", "portal", saat_hit=views.dilihat_dari_cache)(
            views.InformasiDetailView.as_view()
        ),
        name="detail",
    ),
    path("<slug:slug>/dokumen/<int:pk>/", views.unduh, name="unduh"),
]
