"""Pages that show a requester's personal data or their request (UU 27/2022; DOMAIN.md §11)
are never stored by a browser or a shared proxy: `Cache-Control: no-store, private` (with
Django's never_cache: max-age=0, no-cache, must-revalidate too)."""

from django.views.decorators.cache import never_cache

# A named alias, so the views say why they are not cached.
pribadi = never_cache
