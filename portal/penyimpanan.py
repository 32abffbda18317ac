"""Public uploads in S3-compatible object storage (settings: S3_*): the bucket stays private
and pages address the files through the portal's own MEDIA_URL (`portal.views.media_publik`),
so addresses never expire and cached pages stay valid."""

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage


class PenyimpananObjekPublik(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + filepath_to_uri(name)
