# bedside: two commands do the whole set-up on a fresh machine with python3 and make.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8765
DATA   ?= ../shared/data

.PHONY: serve test lint typecheck pytest bench eval docs screenshots data models clean install install-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

serve: install
	$(BIN)/bedside serve --host $(HOST) --port $(PORT)

lint: install-test
	$(BIN)/ruff check src tests benchmarks evals training
	$(BIN)/ruff format --check src tests benchmarks evals training

typecheck: install-test
	$(BIN)/mypy

pytest: install-test
	$(BIN)/pytest -q

test: lint typecheck pytest

docs: install
	$(BIN)/bedside rules --format markdown > docs/rules.md

screenshots: install-test
	BEDSIDE_SCREENSHOTS=docs/screenshots $(BIN)/pytest -q tests/test_browser.py

data: install
	$(BIN)/python -m pip install --quiet -e '.[data]'
	$(BIN)/python training/build_privacy_data.py

models: install
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python training/train_ngram.py tone --data $(DATA)
	$(BIN)/python training/train_ngram.py advice --data $(DATA)
	$(BIN)/python training/train_ngram.py targeted --data $(DATA)
	$(BIN)/python training/train_ngram.py menace --data $(DATA)
	$(BIN)/python training/train_ngram.py replies --data $(DATA)
	$(BIN)/python training/train_ngram.py drafts

bench: install
	$(BIN)/python benchmarks/bench_check.py
	$(BIN)/python benchmarks/bench_server.py
	$(BIN)/python benchmarks/bench_audit.py
	$(BIN)/python benchmarks/bench_triage.py

eval: install
	$(BIN)/python evals/run_eval.py --data $(DATA)

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
