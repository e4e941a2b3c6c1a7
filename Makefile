# Two commands do all the set-up themselves:
#   make demo   install, then code the bundled samples into demo/events.duckdb and show a few queries
#   make test   install, then run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB := demo/events.duckdb

.PHONY: install demo test lint bench serve clean

$(BIN)/brinkwatch: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev,ray]"
	touch $(BIN)/brinkwatch

install: $(BIN)/brinkwatch

demo: install
	mkdir -p demo
	$(BIN)/brinkwatch ingest samples/wikinews samples/seed --db $(DB)
	$(BIN)/brinkwatch query --db $(DB) "SELECT cameo_code, cameo_name, plover_type, count(*) AS events FROM events GROUP BY ALL ORDER BY events DESC LIMIT 10"
	$(BIN)/brinkwatch query --db $(DB) "SELECT source_code, target_code, count(*) AS events, round(avg(goldstein), 2) AS mean_goldstein FROM events WHERE target_code IS NOT NULL GROUP BY ALL ORDER BY events DESC LIMIT 10"
	$(BIN)/brinkwatch query --db $(DB) "SELECT event_date, source_code, cameo_code, target_code, modality, left(evidence_text, 90) AS evidence FROM events WHERE (source_country = 'USA' AND target_country = 'IRN') OR (source_country = 'IRN' AND target_country = 'USA') ORDER BY event_date LIMIT 15"
	@echo "Store: $(DB). Browse it with: $(BIN)/brinkwatch serve --db $(DB)"

test: install
	$(BIN)/python -m pytest -q -ra

lint: install
	$(BIN)/ruff check src tests bench scripts

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf demo artifacts .pytest_cache
