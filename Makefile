# Two commands on a fresh machine: `make run` (the service on SQLite with local workers and the shipped
# model) and `make test`. Each sets up what it needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench samples train clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/jaring serve --host 127.0.0.1 --port 8000

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

bench: $(STAMP)
	$(BIN)/python -m bench.run_all

train: $(STAMP)
	$(BIN)/jaring train --corpus samples/corpus/train --test samples/corpus/test

samples: $(STAMP)
	$(BIN)/python -m samples.build_documents

clean:
	rm -rf $(VENV) var .pytest_cache
