# Two commands for a fresh clone: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test assets migrate demo lint check pytest clean constraints bench-load

run: install assets migrate demo  ## Set up everything and serve on http://127.0.0.1:8000
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install-test assets lint check pytest  ## Install test tools and run the whole suite

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=24"

# Installs are skipped when nothing changed since the last one.
$(VENV)/.installed: $(PY) pyproject.toml constraints.txt
	$(PY) -m pip install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

assets: node_modules/.package-lock.json

migrate: install
	$(PY) manage.py migrate --noinput

demo: install
	$(PY) manage.py load_demo

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install-test
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(PY) -m portal.compile_messages --check

# The suite in TEST_WORKERS processes (pytest-xdist), a test file per process at a time.
TEST_WORKERS ?= 2
pytest: install-test
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

# Load test (bench/load.py): gunicorn with the production settings and locust, on 127.0.0.1,
# about two minutes; results in docs/performance.md. BENCH_ARGS="--users 50 --seconds 60".
bench-load: install assets
	$(PY) -m pip install --quiet -c constraints.txt -e ".[test,bench]"
	$(PY) bench/load.py $(BENCH_ARGS)

# Refresh the pinned versions after changing pyproject.toml.
constraints: $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

clean:
	rm -rf $(VENV) node_modules static media
