# The two commands of the README: `make run` (the main job, CPU default) and `make test`.
# Each creates or updates .venv. torch==2.13.0 (the CPU wheel) is installed first so that no
# dependency pulls a CUDA build of torch; `check-cpu-env` fails if any nvidia-* package slipped in.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast bench results venv check-cpu-env clean

venv: $(STAMP)

$(STAMP): pyproject.toml Makefile
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -e '.[hf,planner,report,dev]'
	@$(MAKE) --no-print-directory check-cpu-env
	@touch $(STAMP)

check-cpu-env:
	@if $(PIP) list 2>/dev/null | grep -i '^nvidia-'; then \
		echo "error: CUDA packages found in the CPU environment (see above)"; exit 1; fi
	@$(PY) -c "import torch, sys; v = torch.__version__; sys.exit(0 if v.startswith('2.13.0') else 'torch ' + v + ' found, expected 2.13.0 (CPU)')"

run: $(STAMP)
	$(VENV)/bin/iterdeploy run

test: $(STAMP)
	$(PY) -m pytest -q

test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

# The README's results block (table, headline, main figure) and the full report, from the
# run folder of `make run`: docs/results/report.html, report.md, figures/*.png|svg.
results: $(STAMP)
	$(VENV)/bin/iterdeploy report runs/default --out docs/results --readme README.md

bench: $(STAMP)
	$(PY) bench/validator.py
	$(PY) bench/backends.py
	$(PY) bench/pool.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .hypothesis
