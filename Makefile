# The two commands a newcomer needs (see README):
#   make          extract the embedded article, print its figures, write every table and chart
#   make test     run the whole test suite (what CI runs)
# Both create .venv and install the project into it on first use.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: all test lint clean
all: $(STAMP)
	$(BIN)/tradefigures charts

test: $(STAMP)
	$(BIN)/python -m pytest -q
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1"
	$(BIN)/python -m pip install --quiet -e ".[notebooks,dask,parquet]" --group dev
	touch $(STAMP)

clean:
	rm -rf $(VENV) .venv-*
