# The two commands: `make run` (serve the portal with demo data) and `make test` (everything
# CI checks). Both do all set-up on a fresh Debian 12 machine. See README.md.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PY := .venv/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Links in e-mails (also those the demo data queues during set-up) follow HOST and PORT.
export PORTAL_URL ?= http://$(HOST):$(PORT)

# Production-mode settings used only to run `check --deploy` (never to serve anything).
DEPLOY_ENV := DJANGO_DEBUG=false DJANGO_ALLOWED_HOSTS=ppid.example.id PORTAL_URL=https://ppid.example.id \
	DJANGO_SECRET_KEY=check-deploy-$$(head -c 48 /dev/urandom | base64 | tr -d '/+=\n')

.PHONY: help run test setup venv node system-deps system-deps-test db db-stop db-reset \
	messages compilemessages lint format check-deploy pytest bench clean

help:
	@echo "make run        set everything up and serve the portal on http://$(HOST):$(PORT)"
	@echo "make test       set everything up and run the whole test suite (what CI runs)"
	@echo "make db-stop    stop the local PostgreSQL in .pgdata/"
	@echo "make db-reset   delete and recreate the local database (demo data is reloaded by make run)"
	@echo "make lint       ruff + djlint only;  make format  apply ruff's formatter"
	@echo "make messages   update locale/en/LC_MESSAGES/django.po after changing texts"
	@echo "make bench      throughput of the public pages vs a hello-world view (10k and 100k entries)"

# --- set-up ------------------------------------------------------------------------------
system-deps:
	@bash scripts/system-deps.sh run

system-deps-test:
	@bash scripts/system-deps.sh test

.venv/.installed: requirements.txt requirements-dev.txt | system-deps
	test -x $(PY) || python3 -m venv .venv
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

venv: .venv/.installed

node_modules/.installed: package.json package-lock.json | system-deps-test
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

node: node_modules/.installed

# Starts the project's own PostgreSQL unless DATABASE_URL points elsewhere.
db: venv
	@if [ -z "$${DATABASE_URL:-}" ]; then $(PY) scripts/localpg.py start; \
	else echo "DATABASE_URL is set: using that server."; fi

db-stop: venv
	$(PY) scripts/localpg.py stop

db-reset: venv
	$(PY) scripts/localpg.py reset

compilemessages: venv
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v0

messages: venv
	$(MANAGE) makemessages -l en --ignore=.venv --ignore=node_modules --ignore=staticfiles --no-obsolete

setup: venv db compilemessages
	$(MANAGE) migrate --no-input -v0
	$(MANAGE) createcachetable
	$(MANAGE) perbarui_hari_libur
	$(MANAGE) demo_data
	$(MANAGE) collectstatic --no-input -v0

# --- the two commands --------------------------------------------------------------------
# The background worker (mail, daily jobs) runs beside the web server and stops with it;
# `manage.py pekerja` starts it again whenever it exits (e.g. while PostgreSQL restarts).
run: setup
	@echo "Portal: http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) pekerja & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT; \
	$(MANAGE) runserver $(HOST):$(PORT)

test: setup node system-deps-test lint
	$(MANAGE) makemigrations --check --dry-run
	$(MAKE) --no-print-directory check-deploy
	$(PY) -m pytest

# --- pieces of `make test` ---------------------------------------------------------------
lint: venv
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m djlint templates --lint
	$(PY) -m djlint templates --check

format: venv
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .
	$(PY) -m djlint templates --reformat

check-deploy: venv
	$(DEPLOY_ENV) $(MANAGE) check --deploy --fail-level WARNING

pytest: venv node
	$(PY) -m pytest

# Latency and query counts at 100 000 catalogue entries (separate database; takes minutes).
bench: venv db compilemessages
	$(PY) scripts/bench.py

clean: db-stop
	rm -rf .venv node_modules staticfiles .pgtest-* .pytest_cache .ruff_cache test-artifacts
