"""Settings of the PPID portal, all read from environment variables.

Every variable is listed in README.md ("Configuration"). Defaults suit local development;
production sets DJANGO_DEBUG=false and a real DJANGO_SECRET_KEY, and then
`manage.py check --deploy` reports nothing.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=True)

_INSECURE_KEY = "django-insecure-local-development-only"
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default=_INSECURE_KEY)
if not DEBUG and (SECRET_KEY == _INSECURE_KEY or len(SECRET_KEY) < 50):
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be set to a random value of at least 50 characters "
        "when DJANGO_DEBUG=false."
    )

ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.syndication",
    "django_filters",
    "csp",
    "procrastinate.contrib.django",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "informasi",
    "permohonan",
    "portal",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.middleware.VaryPribadiMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.BahasaMiddleware",
    # Stored public pages, served before anything only a freshly built page needs.
    "portal.cache_halaman.CacheHalamanMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.masuk.Wajib2FAMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "portal.middleware.AdminSaringanMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Late, so it sees the login page's response and replaces it when the login is locked.
    "axes.middleware.AxesMiddleware",
    # Database away / disk full: a clear 503 page instead of the 500 (portal/middleware.py).
    "portal.middleware.GangguanMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "permohonan.context_processors.cakupan_libur",
                "portal.context_processors.situs",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# Database -------------------------------------------------------------------------------
# Without DATABASE_URL the project's own cluster in .pgdata/ is used (scripts/localpg.py),
# reached over its Unix socket.
LOCAL_PG_DIR = BASE_DIR / ".pgdata"
LOCAL_PG_PORT = env.int("LOCAL_PG_PORT", default=54329)
if "DATABASE_URL" in env:
    DATABASES = {"default": env.db("DATABASE_URL")}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "ppid",
            "USER": "postgres",
            "HOST": str(LOCAL_PG_DIR),
            "PORT": str(LOCAL_PG_PORT),
        }
    }
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Sessions and cache live in the database so app servers keep no local state (DESIGN.md).
SESSION_ENGINE = "django.contrib.sessions.backends.db"
CACHES = {"default": env.cache("CACHE_URL", default="dbcache://portal_cache")}
if CACHES["default"]["BACKEND"].endswith("DatabaseCache"):
    # Django culls a third of the table (by key order, expired or not) once it holds more than
    # MAX_ENTRIES (default 300): rate-limit counters of real visitors would be dropped by
    # anyone sending many distinct keys. A bound well above normal use keeps the table small
    # without that.
    CACHES["default"].setdefault("OPTIONS", {}).setdefault(
        "MAX_ENTRIES", env.int("CACHE_MAX_ENTRIES", default=50000)
    )
# Stored public pages (portal/cache_halaman.py) in their own table, so many pages never push
# out rate-limit counters; the version tokens of the pages live beside them (one read).
CACHES["halaman"] = env.cache("CACHE_HALAMAN_URL", default="dbcache://portal_cache_halaman")
if CACHES["halaman"]["BACKEND"].endswith("DatabaseCache"):
    CACHES["halaman"].setdefault("OPTIONS", {}).setdefault(
        "MAX_ENTRIES", env.int("CACHE_HALAMAN_MAX_ENTRIES", default=20000)
    )
# Pieces of pages (list rows, menu, footer) shared by the first views of many addresses, in
# each process's memory (portal/cache_halaman.py, {% tetap %}).
CACHES["fragmen"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "fragmen",
    "TIMEOUT": env.int("PORTAL_CACHE_HALAMAN_DETIK", default=600),
    "OPTIONS": {"MAX_ENTRIES": env.int("PORTAL_FRAGMEN_MAX_ENTRIES", default=5000)},
}
PORTAL_CACHE_HALAMAN = env.bool("PORTAL_CACHE_HALAMAN", default=True)
# How old a stored page may get: only figures counted without a signal (views of an entry
# or article, "most viewed" order) can be that old; content changes apply at once.
PORTAL_CACHE_HALAMAN_DETIK = env.int("PORTAL_CACHE_HALAMAN_DETIK", default=600)
# Views of stored pages are counted in the process and written together at most this often
# (portal/tertunda.py); a killed process loses at most these seconds of view counts.
PORTAL_HITUNGAN_TERTUNDA_DETIK = env.float("PORTAL_HITUNGAN_TERTUNDA_DETIK", default=2.0)
# Optional release name; stored pages of another release are never served (the code,
# template and static-file versions are part of the key anyway).
PORTAL_RILIS = env.str("PORTAL_RILIS", default="")
# `make bench` only: routes /bench/halo, a hello-world view to compare every page with.
PORTAL_BENCH_HALO = env.bool("PORTAL_BENCH_HALO", default=False)

# Staff login (portal/masuk.py) --------------------------------------------------------
# django-axes checks every login before the password: after PORTAL_LOGIN_GAGAL_MAKS failed
# attempts for one account, or (separately) from one address, further logins are refused
# for PORTAL_LOGIN_KUNCI_MENIT minutes; PPID Utama lifts a lock in the admin. Attempts are
# kept in the database (axes' database handler), so every app server sees them.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("PORTAL_LOGIN_GAGAL_MAKS", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("PORTAL_LOGIN_KUNCI_MENIT", default=30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "informasi.batas_laju.ip_klien"
AXES_LOCKOUT_CALLABLE = "portal.masuk.respons_terkunci"
# A successful login would otherwise also clear its address's failures (for any account).
AXES_RESET_ON_SUCCESS = False
AXES_VERBOSE = False
# Two-factor login (TOTP, django-otp): optional for every staff member; required for the
# roles that open identity scans when PORTAL_2FA_WAJIB is true (permohonan.akses.wajib_2fa).
PORTAL_2FA_WAJIB = env.bool("PORTAL_2FA_WAJIB", default=False)
OTP_TOTP_ISSUER = env.str("PORTAL_2FA_PENERBIT", default="Portal PPID")
# Staff sessions end after this many hours (set at login); visitors keep Django's default.
PORTAL_SESI_STAF_JAM = env.int("PORTAL_SESI_STAF_JAM", default=8)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Language and time ----------------------------------------------------------------------
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.str("DJANGO_TIME_ZONE", default="Asia/Jakarta")
USE_I18N = True
USE_TZ = True

# Static and uploaded files --------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "media")
# Identity scans and unreleased answers: never under MEDIA_URL, served by permission views.
PRIVATE_MEDIA_ROOT = env.path("DJANGO_PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private")
STORAGES = {
    # Django's folder storage, deleting what a full disk cut short (informasi.penyimpanan).
    "default": {"BACKEND": "informasi.penyimpanan.PenyimpananLokal"},
    "privat": {"BACKEND": "permohonan.penyimpanan.PenyimpananPrivatLokal"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Object storage (any S3-compatible service) instead of the two local folders, so several
# app servers share the uploads: public uploads under `publik/` of S3_BUCKET, private files
# in S3_BUCKET_PRIVAT (default: the same bucket, under `privat/`). Nothing is public on the
# bucket itself: the portal reads files through the storage API and serves them (public
# pictures at MEDIA_URL, everything else through its permission views).
S3_BUCKET = env.str("S3_BUCKET", default="")
if S3_BUCKET:
    _S3 = {
        "bucket_name": S3_BUCKET,
        "endpoint_url": env.str("S3_ENDPOINT_URL", default=None),
        "region_name": env.str("S3_REGION", default=None),
        "access_key": env.str("S3_ACCESS_KEY", default=None),
        "secret_key": env.str("S3_SECRET_KEY", default=None),
        "default_acl": None,
        "querystring_auth": True,
        "file_overwrite": False,
    }
    STORAGES["default"] = {
        "BACKEND": "portal.penyimpanan.PenyimpananObjekPublik",
        "OPTIONS": {**_S3, "location": "publik"},
    }
    STORAGES["privat"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_S3,
            "bucket_name": env.str("S3_BUCKET_PRIVAT", default=S3_BUCKET),
            "location": "privat",
        },
    }

# Catalogue (informasi) -------------------------------------------------------------------
INFORMASI_PER_HALAMAN = env.int("INFORMASI_PER_HALAMAN", default=20)
INFORMASI_FASET_DETIK = env.int("INFORMASI_FASET_DETIK", default=300)
# At most this many filter states keep their facet counts (the oldest and the expired go).
INFORMASI_FASET_MAKS = env.int("INFORMASI_FASET_MAKS", default=2000)
# A search ranks, counts and splits into facets at most about this many matches (the best
# by title, the newest, and corrected words for a typo); beyond it the page says "more than".
PENCARIAN_KANDIDAT = env.int("PENCARIAN_KANDIDAT", default=200)
INFORMASI_MAKS_UKURAN_MB = env.int("INFORMASI_MAKS_UKURAN_MB", default=50)
# Formats staff may upload (codes of informasi.berkas.FORMAT); default: all of them.
INFORMASI_FORMAT_DIIZINKAN = env.list("INFORMASI_FORMAT_DIIZINKAN", default=[])
# Review cycle: berkala at least every 6 months (UU 14/2008 Pasal 9 ayat (4)); others [P].
INFORMASI_TINJAU_BERKALA_BULAN = env.int("INFORMASI_TINJAU_BERKALA_BULAN", default=6)
INFORMASI_TINJAU_LAINNYA_BULAN = env.int("INFORMASI_TINJAU_LAINNYA_BULAN", default=12)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Requests (permohonan) ------------------------------------------------------------------
# Whether cuti bersama are days off for deadlines: interpretation, default yes (DOMAIN.md §4).
PERMOHONAN_CUTI_BERSAMA_LIBUR = env.bool("PERMOHONAN_CUTI_BERSAMA_LIBUR", default=True)
# Spam protection of the request form: submissions per IP address per hour and per e-mail
# address per day; lookups of the tracking page per IP address per hour.
PERMOHONAN_BATAS_IP_PER_JAM = env.int("PERMOHONAN_BATAS_IP_PER_JAM", default=10)
PERMOHONAN_BATAS_EMAIL_PER_HARI = env.int("PERMOHONAN_BATAS_EMAIL_PER_HARI", default=5)
PERMOHONAN_BATAS_LACAK_PER_JAM = env.int("PERMOHONAN_BATAS_LACAK_PER_JAM", default=30)
# Spam protection of the satisfaction survey and the public consultation form (per address).
SURVEI_BATAS_IP_PER_JAM = env.int("SURVEI_BATAS_IP_PER_JAM", default=20)
KONSULTASI_BATAS_IP_PER_JAM = env.int("KONSULTASI_BATAS_IP_PER_JAM", default=10)
# PDFs of the letters asked for per client address (staff: per account) per hour.
PERMOHONAN_BATAS_PDF_PER_JAM = env.int("PERMOHONAN_BATAS_PDF_PER_JAM", default=60)
# Uploads kept for a public form re-shown with errors, per day: MB per client address and
# MB for all addresses together (beyond them the form asks to attach the file again).
PERMOHONAN_SEMENTARA_MB_PER_ALAMAT = env.int("PERMOHONAN_SEMENTARA_MB_PER_ALAMAT", default=20)
PERMOHONAN_SEMENTARA_MB_TOTAL = env.int("PERMOHONAN_SEMENTARA_MB_TOTAL", default=1000)
# UU 27/2022 (DOMAIN.md §11): identity scans and powers of attorney are deleted this many
# months after the request and every objection and dispute on it are closed.
PERMOHONAN_RETENSI_IDENTITAS_BULAN = env.int("PERMOHONAN_RETENSI_IDENTITAS_BULAN", default=24)

# Mail -----------------------------------------------------------------------------------
_email = env.email_url("EMAIL_URL", default="consolemail://" if DEBUG else "smtp://localhost:25")
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST", "")
EMAIL_PORT = _email.get("EMAIL_PORT") or 25
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="PPID <ppid@localhost>")
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
# The portal's public address, for links in e-mails (the tracking link) sent by the worker,
# which has no request to take it from. E.g. https://ppid.kpu-semarang.go.id
PORTAL_URL = env.str("PORTAL_URL", default="http://127.0.0.1:8000").rstrip("/")
ADMINS = [("Admin", a) for a in env.list("DJANGO_ADMINS", default=[])]

# Background work (procrastinate): jobs live in the same PostgreSQL. Mail is deferred inside
# the transaction that caused it and delivered by `manage.py procrastinate worker`.
PROCRASTINATE_WORKER_DEFAULTS = {
    # A delivered e-mail's job (its arguments may hold a tracking link) is deleted.
    "delete_jobs": "successful",
}
# A worker whose heartbeat (written every 10 s into procrastinate_workers) is older than this
# is dead: /healthz/pekerja answers 503, and its unfinished jobs are queued again.
PEKERJA_BATAS_DETAK_MENIT = env.int("PEKERJA_BATAS_DETAK_MENIT", default=2)

# News (berita) --------------------------------------------------------------------------

# Security -------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
DJANGO_BEHIND_PROXY = env.bool("DJANGO_BEHIND_PROXY", default=False)
if DJANGO_BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if not DEBUG:
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz(/pekerja)?$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=True)

# Content Security Policy: nothing inline, nothing from other hosts.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Every line goes through portal.log_samar: secret tracking tokens never reach a log.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"samar": {"()": "portal.log_samar.FormatterSamar"}},
    "filters": {"hanya_produksi": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "samar"},
        "mail_admins": {
            "class": "portal.log_samar.AdminEmailSamar",
            "filters": ["hanya_produksi"],
            "formatter": "samar",
        },
    },
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {
        # Replaces Django's own handlers (an unmasked console in debug): the request log goes
        # to the masked console through the root logger, errors also to the administrators.
        "django": {"handlers": ["mail_admins"], "level": "INFO", "propagate": True},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.db.backends": {"level": "INFO"},
        # Job start/success lines are noise; retries and failures are warnings and errors.
        "procrastinate": {"level": env.str("PROCRASTINATE_LOG_LEVEL", default="WARNING")},
        # Failed logins and lockouts are warnings; each step of axes' bookkeeping is noise.
        "axes": {"level": "WARNING"},
    },
}
