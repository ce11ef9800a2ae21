# borderlines: `make help` lists the targets. Each target sets itself up first.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# Stable set order and no inline-backend surprises in executed notebooks.
export PYTHONHASHSEED := 0
unexport MPLBACKEND

.DEFAULT_GOAL := help
.PHONY: help setup report test test-fast lab execute benchmark clean

help: ## List the targets and what each one does
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

setup: $(VENV)/.installed ## Create .venv and install the pinned requirements (once; again when they change)

$(VENV)/.installed: requirements.txt constraints.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

report: setup ## Execute every notebook from a fresh kernel and render the HTML report into reports/
	$(PY) -m helpers.report

test: setup ## Run every test: helper unit tests, doctests, and nbval on every notebook
	$(PY) -m pytest -p no:cacheprovider --nbval --nbval-current-env tests helpers notebooks

test-fast: setup ## Run the helper tests only (no notebooks, no browser)
	$(PY) -m pytest -p no:cacheprovider tests helpers -m "not slow"

lab: setup ## Open JupyterLab on the notebooks, bound to 127.0.0.1
	$(VENV)/bin/jupyter lab --ip=127.0.0.1 --no-browser --allow-root --notebook-dir=notebooks

execute: setup ## Re-run every notebook in place (after changing helpers or seeds), storing fresh outputs
	$(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace \
	  --ExecutePreprocessor.record_timing=False --ExecutePreprocessor.timeout=600 notebooks/[0-9]*.ipynb

benchmark: setup ## Measure extraction throughput, time and memory per stage on 2,000 articles, both engines on 10,000, the ratios to dateparser, and the report on 500 articles in every kind of file
	$(PY) benchmarks/bench_extract.py
	$(PY) benchmarks/bench_scale.py
	$(PY) benchmarks/bench_engines.py --articles 10000
	$(PY) benchmarks/bench_peer.py --articles 500
	$(PY) benchmarks/bench_report.py --articles 500

clean: ## Remove the virtual environment, caches and the rendered report
	rm -rf $(VENV) reports .pytest_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
