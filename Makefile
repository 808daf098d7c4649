# Two commands do all set-up on a fresh machine with Python 3.11+ and make:
#   make run    the site with demo content on SQLite, at http://127.0.0.1:8000
#   make test   every check and test, in a real Chromium, on SQLite and PostgreSQL
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CHROMIUM ?= $(or $(CHROMIUM_PATH),/usr/bin/chromium)
JAVA := /usr/bin/java
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# pip-tools (make lock) and pip-audit (make audit-packages) live in a venv of
# their own, apart from the site's packages. The locks are compiled on the
# oldest Python the site runs on, Debian 12's 3.11.2 (docs/deploy.md): a newer
# one leaves out what older ones need (redis needs async-timeout below 3.11.3)
# and picks releases they cannot install (soupsieve 4 needs 3.11.5).
TOOLS := $(VENV)/tools
LOCK_PYTHON ?= $(or $(wildcard /usr/bin/python3.11),$(PYTHON))
TOOL_PACKAGES := pip-tools==7.6.2 pip-audit==2.10.1
LOCK_OPTIONS := --quiet --upgrade --generate-hashes --allow-unsafe --strip-extras \
	--no-emit-index-url --no-emit-find-links

.PHONY: run test lint format check servers bench audit lock audit-packages

# Emails from the admin (approvals, review reminders) link to the running site:
# Wagtail's admin links use WAGTAILADMIN_BASE_URL, its page links the default Site.
RUN_ADDRESS := 127.0.0.1:8000
run: export WAGTAILADMIN_BASE_URL := http://$(RUN_ADDRESS)
# The demo comes in English and Spanish. English is en-gb, the default of a
# one-language clinic, so the database still works without this setting (a
# database made by an earlier run keeps its English pages: languages/locales.py).
run: export CLINIC_LANGUAGES ?= en-gb,es
run: $(VENV)/.installed ## Serve the demo site on http://127.0.0.1:8000
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo_content
	$(PY) manage.py set_site_address
	$(PY) manage.py ensure_admin
	@echo "Admin: http://$(RUN_ADDRESS)/admin/"
	$(PY) manage.py runserver $(RUN_ADDRESS)


# The whole suite on SQLite (DATABASE_URL emptied), then every test but the
# browser and HTML-checker ones again on a private PostgreSQL; both use one
# private Redis. The HTML checker (vnu-jar) comes from npm and runs on Java.
test: $(VENV)/.installed-dev $(CHROMIUM) servers $(JAVA) node_modules/.installed check ## Lint, checks and the whole test suite
	scripts/with-test-services.sh sh -c '\
		DATABASE_URL= $(PY) -m pytest && \
		echo "Again on PostgreSQL (browser and HTML-checker tests excluded):" && \
		DATABASE_URL="$$TEST_DATABASE_URL" $(PY) -m pytest -m "not browser and not vnu"'

bench: $(VENV)/.installed ## Speed of the production set-up on loopback (bench/README.md)
	@missing=""; \
	command -v wrk >/dev/null || missing="$$missing wrk"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	command -v curl >/dev/null || missing="$$missing curl"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; \
	fi
	bench/run.sh

audit: $(VENV)/.installed $(CHROMIUM) node_modules/.installed ## Lighthouse scores of every page type (bench/README.md)
	bench/audit.sh

# Lighthouse 12 (Node 20) and the Nu HTML Checker (vnu-jar) from npm, exactly as
# package-lock.json says, into ./node_modules. No install scripts: vnu-jar's
# would download a Java runtime, and the tests use the machine's own ($(JAVA)).
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq nodejs npm; }
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

# Java for the Nu HTML Checker (home/tests/test_valid_html.py).
$(JAVA):
	$(SUDO) apt-get update -qq
	$(SUDO) apt-get install -y -qq default-jre-headless

lint: $(VENV)/.installed-dev ## Check formatting and style without changing files
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/djhtml --check templates

format: $(VENV)/.installed-dev ## Format Python and templates in place
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/djhtml templates

check: lint ## Django system checks and missing migrations
	DJANGO_SETTINGS_MODULE=clinic_site.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=clinic_site.settings.test $(PY) manage.py makemigrations --check --dry-run

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed: set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Exactly the versions and files that the locks name (make lock writes them).
$(VENV)/.installed: requirements.lock $(VENV)/bin/python
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	touch $@

$(VENV)/.installed-dev: requirements-dev.lock $(VENV)/.installed
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@

# The way to upgrade: the newest releases within the ranges in requirements*.txt.
# The dev lock is compiled under the runtime lock, so both pin shared packages alike.
lock: $(TOOLS)/.installed ## Rewrite requirements.lock and requirements-dev.lock from the ranges
	@$(TOOLS)/bin/python -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:3] <= (3, 11, 2))' || \
		{ echo "make lock needs Python 3.11.0 to 3.11.2 (Debian 12's /usr/bin/python3.11):" \
			"rm -rf $(TOOLS) and set LOCK_PYTHON=/path/to/python3.11"; exit 1; }
	CUSTOM_COMPILE_COMMAND="make lock" $(TOOLS)/bin/pip-compile $(LOCK_OPTIONS) \
		--output-file=requirements.lock requirements.txt
	CUSTOM_COMPILE_COMMAND="make lock" $(TOOLS)/bin/pip-compile $(LOCK_OPTIONS) \
		--constraint=requirements.lock --output-file=requirements-dev.lock requirements-dev.txt

# Known vulnerabilities (PyPI's advisory data) in the locked versions; installs
# nothing. --strict: a package that could not be looked up fails the audit too.
audit-packages: $(TOOLS)/.installed ## Fail on any known vulnerability in the locked packages
	$(TOOLS)/bin/pip-audit --strict --disable-pip --require-hashes --progress-spinner off \
		-r requirements.lock -r requirements-dev.lock

# Again when the Makefile changes, as TOOL_PACKAGES may have.
$(TOOLS)/.installed: Makefile
	$(LOCK_PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet $(TOOL_PACKAGES)
	touch $@

# The browser tests drive the system Chromium (Playwright cannot download one here).
$(CHROMIUM):
	$(SUDO) apt-get update -qq
	$(SUDO) apt-get install -y -qq chromium

# PostgreSQL, Redis and nginx for the tests (Debian packages; none is started here).
servers:
	@missing=""; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	[ -x /usr/sbin/nginx ] || missing="$$missing nginx"; \
	command -v openssl >/dev/null || missing="$$missing openssl"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; \
	fi
