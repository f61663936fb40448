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

.PHONY: run test lint bench clean resources demo-large screenshot postgresql-server

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
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

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
	$(BIN)/ruff check clinic_desktop tests benchmarks main.py
	$(BIN)/ruff format --check clinic_desktop tests main.py
	$(BIN)/mypy
	$(BIN)/lint-imports

## bench: build the 50,000-patient clinic once (cached) and print the timing table
bench: $(STAMP) postgresql-server
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench.py

## resources: recompile resources/ into clinic_desktop/ui/resources_rc.py after changing icons or theme
resources: $(STAMP)
	$(BIN)/pyside6-rcc resources/resources.qrc -o clinic_desktop/ui/resources_rc.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .benchmarks benchmarks/.cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
