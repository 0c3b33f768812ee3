# The two commands of the README: `make run` (the main job, CPU default) and `make test`.
# Each creates or updates .venv. torch is installed first, by tools/torch_env.py, so that no
# dependency picks a torch build for us: an installed torch >= 2.4 is kept (a CUDA build runs
# on the CPU); else torch==2.13.0 from PyTorch's CPU wheel index on Linux when it answers,
# else from the default package index. `check-cpu-env` checks that torch computes on the CPU.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast bench results venv check-cpu-env check-extras clean

venv: $(STAMP)

$(STAMP): pyproject.toml Makefile tools/torch_env.py
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PY) tools/torch_env.py install
	$(PIP) install --quiet -e '.[hf,planner,report,dev]'
	@$(MAKE) --no-print-directory check-cpu-env
	@touch $(STAMP)

check-cpu-env:
	@$(PY) tools/torch_env.py check

# The hf/vllm extras' version ranges against PyPI (resolver dry runs, nothing installed).
check-extras: $(STAMP)
	$(PY) tools/check_extras.py

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
	$(PY) bench/backends.py --run runs/default
	$(PY) bench/pool.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .hypothesis
