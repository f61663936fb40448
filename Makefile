# Two commands on a fresh machine: `make run` and `make test`. Every target sets up .venv itself.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?=
DB_ARG := $(if $(DB),--db $(DB),)
# The demo clinic's users manager, provider and reception sign in with this password: for
# demonstrations only (README.md, "Signing in"); a real clinic starts with `init --manager NAME`.
DEMO_PASSWORD ?= demo-clinic
# make test runs the suite in this many processes (pytest-xdist; each starts its own PostgreSQL).
TEST_WORKERS ?= 2

.PHONY: run test lint bench clean resources translations demo-large screenshot postgresql-server dist check-dist dist-deps

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "clinic-desktop needs Python 3.11 or newer; found " + sys.version.split()[0] + ". Run make PYTHON=/path/to/python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

## run: open the application (the first run creates the database with a demo clinic, whose users
## manager, provider and reception sign in with the password $(DEMO_PASSWORD))
run: $(STAMP)
	$(BIN)/clinic-desktop $(DB_ARG) demo --if-empty --password $(DEMO_PASSWORD) --patients 10000 --providers 6 --years 2 --seed 1
	$(BIN)/clinic-desktop $(DB_ARG) gui

## test: lint, types, layer contracts and the whole test suite, offscreen (the store and services
## suites on SQLite and on a PostgreSQL server the run starts and stops itself)
test: $(STAMP) lint postgresql-server
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal

## postgresql-server: PostgreSQL's server programs (initdb, pg_ctl) for the tests' throwaway server:
## found where they are, else installed with apt-get (as root, or through sudo without a password)
postgresql-server:
	@if $(PYTHON) tests/postgresql_server.py >/dev/null 2>&1; then \
		echo "PostgreSQL server for the tests: $$($(PYTHON) tests/postgresql_server.py)"; \
	elif command -v apt-get >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ]; then SUDO=; \
		elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=sudo; \
		else echo "The tests need a PostgreSQL server and installing one needs root: run 'sudo apt-get install postgresql' (or make test as root), then make test again." >&2; exit 1; fi; \
		echo "Installing the PostgreSQL server for the tests: apt-get install postgresql"; \
		$$SUDO apt-get update -qq && \
		$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null && \
		$(PYTHON) tests/postgresql_server.py; \
	else \
		$(PYTHON) tests/postgresql_server.py; exit 1; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check clinic_desktop tests benchmarks packaging main.py
	$(BIN)/ruff format --check clinic_desktop tests packaging main.py
	$(BIN)/mypy
	$(BIN)/lint-imports

## dist: build into dist/ what a clinic installs (docs/installing.md): the wheel and the sdist, a
## one-folder bundle of this system made by PyInstaller (Python and Qt inside) and, on Debian or
## Ubuntu, the .deb; the build tools go into build/packaging/venv, never into .venv
dist: dist-deps
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "make dist needs Python 3.11 or newer")'
	$(PYTHON) packaging/build.py

## check-dist: the .deb unpacked into a temporary root and its bundle run from there with no Python
## on the PATH: --version, a demo clinic's window offscreen, the previous release's database
## upgraded, and a first start on an X server (Xvfb); prints the bundle's size (run make dist first)
check-dist: $(STAMP) dist-deps
	@du -sh --apparent-size dist/clinic-desktop dist/*.deb
	$(BIN)/python -m pytest packaging/tests -p no:cacheprovider

## dist-deps: on Debian/Ubuntu, the system packages building and checking the .deb needs
## (packaging/linux/build-deps.txt), installed with apt-get where some are missing
DIST_DEPS = $(shell sed -e 's/\#.*//' packaging/linux/build-deps.txt)
dist-deps:
	@if ! command -v dpkg-query >/dev/null 2>&1; then exit 0; fi; \
	missing=$$(for p in $(DIST_DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then SUDO=; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=sudo; \
	else echo "Building the .deb needs these packages; install them as root: apt-get install" $$missing >&2; exit 1; fi; \
	echo "Installing what building the .deb needs: apt-get install" $$missing; \
	$$SUDO apt-get update -qq && \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null

## bench: build the 50,000-patient clinic once (cached) and print the timing table
bench: $(STAMP) postgresql-server
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench.py

## resources: recompile resources/ into clinic_desktop/ui/resources_rc.py after changing icons or theme
resources: $(STAMP)
	$(BIN)/pyside6-rcc resources/resources.qrc -o clinic_desktop/ui/resources_rc.py

## translations: the window's texts marked in the code (docs/translating.md) brought into the
## catalogues resources/translations/clinic_desktop_LANG.ts (pyside6-lupdate: new ones untranslated,
## vanished ones dropped), compiled to .qm (pyside6-lrelease, which counts what is unfinished), and
## the .qm into the package (make resources). Translate the new texts (pyside6-linguist), run it again.
## lupdate reads every module but resources_rc.py (rcc's bytes, no texts: lupdate 6.11 crashes on
## it once the catalogues compiled into it are large).
TRANSLATIONS ?= es fr
TRANSLATED_SOURCES = $(shell find clinic_desktop -name '*.py' ! -name resources_rc.py | sort)
translations: $(STAMP)
	@for lang in $(TRANSLATIONS); do \
		$(BIN)/pyside6-lupdate -locations none -no-obsolete $(TRANSLATED_SOURCES) \
			-source-language en -target-language $$lang -ts resources/translations/clinic_desktop_$$lang.ts \
		&& $(BIN)/pyside6-lrelease resources/translations/clinic_desktop_$$lang.ts || exit 1; \
	done
	$(MAKE) resources

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .benchmarks benchmarks/.cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
