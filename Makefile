# Two commands on a fresh machine: `make run` and `make test`. Every target sets up .venv itself.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?=
DB_ARG := $(if $(DB),--db $(DB),)

.PHONY: run test lint bench clean resources demo-large screenshot

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "clinic-desktop needs Python 3.11 or newer; found " + sys.version.split()[0] + ". Run make PYTHON=/path/to/python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

## run: open the application (the first run creates the database with a demo clinic)
run: $(STAMP)
	$(BIN)/clinic-desktop $(DB_ARG) demo --if-empty --patients 10000 --providers 6 --years 2 --seed 1
	$(BIN)/clinic-desktop $(DB_ARG) gui

## test: lint, types, layer contracts and the whole test suite, offscreen
test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check clinic_desktop tests benchmarks main.py
	$(BIN)/ruff format --check clinic_desktop tests main.py
	$(BIN)/mypy
	$(BIN)/lint-imports

## bench: build the 50,000-patient clinic once (cached) and print the timing table
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench.py

## resources: recompile resources/ into clinic_desktop/ui/resources_rc.py after changing icons or theme
resources: $(STAMP)
	$(BIN)/pyside6-rcc resources/resources.qrc -o clinic_desktop/ui/resources_rc.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .benchmarks benchmarks/.cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
