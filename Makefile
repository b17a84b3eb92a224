# The two commands that do everything on a fresh machine:
#   make demo   set up, ingest the sample pages (or PAGES=...), show stats, a search, actors, events,
#               export to out/, then serve the workbench on http://127.0.0.1:8765/ (SERVE=0 skips it)
#   make test   set up, run the test suite (quality gates included when ../shared is present)
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PAGES ?= examples/pages
DB ?= demo.db
QUERY ?= Tokayev
PORT ?= 8765
SERVE ?= 1

VENDOR := src/greatgame/web/static/vendor
JS := js/node_modules

.PHONY: setup demo test bench clean

$(BIN)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

# The workbench's JavaScript libraries, from npm through js/package.json (pinned, lock file committed), copied
# into an ignored folder that the package serves; without npm the graph and map views show their tables.
$(VENDOR)/.installed: js/package.json js/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --prefix js --no-audit --no-fund --loglevel=error && mkdir -p $(VENDOR)/licenses && \
	  cp $(JS)/cytoscape/dist/cytoscape.min.js $(JS)/d3-array/dist/d3-array.min.js \
	     $(JS)/d3-geo/dist/d3-geo.min.js $(JS)/topojson-client/dist/topojson-client.min.js \
	     $(JS)/world-atlas/countries-110m.json $(VENDOR)/ && \
	  for p in cytoscape d3-array d3-geo topojson-client world-atlas internmap; do \
	    cp $(JS)/$$p/LICENSE* $(VENDOR)/licenses/$$p.txt; done && touch $@; \
	else echo "npm not found: the workbench's graph and map views will show tables only"; fi

setup: $(BIN)/.installed $(VENDOR)/.installed

demo: setup
	$(BIN)/greatgame ingest $(PAGES) --db $(DB)
	$(BIN)/greatgame stats --db $(DB)
	$(BIN)/greatgame search "$(QUERY)" --db $(DB)
	$(BIN)/greatgame actors --db $(DB) --limit 8
	$(BIN)/greatgame events --db $(DB) --limit 8
	$(BIN)/greatgame export --db $(DB) --out out/
ifneq ($(SERVE),0)
	$(BIN)/greatgame serve --db $(DB) --port $(PORT)
endif

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/html_extraction.py
	$(BIN)/python bench/plaintext_extraction.py
	$(BIN)/python bench/corpus_gold.py
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) out demo.db demo.db-wal demo.db-shm $(VENDOR) $(JS)
