# The verbs a newcomer types. Every target installs what it needs first.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test test-fast lint bench check-wheel clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	bash scripts/install-system-deps.sh
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/channel-equity demo

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy channel_equity
	$(BIN)/lint-imports

# Two workers (pytest-xdist): most tests wait on servers, browsers and subprocesses. One test
# only serves the demo's fixed ports (tests/e2e/test_demo_command.py), so none collides.
test: setup lint
	$(BIN)/python -m pytest -q -p no:cacheprovider -n 2

# The developer's inner loop: everything but the whole-scan tests (marked e2e) and the tests
# that drive Chromium (marked browser); `make test` runs them all.
test-fast: setup
	$(BIN)/python -m pytest -q -p no:cacheprovider -m 'not e2e and not browser'

# Build the wheel, install it in a fresh virtualenv outside the checkout, run the demo from there.
check-wheel: setup
	PYTHON=$(BIN)/python bash scripts/check-wheel.sh

bench: setup
	$(BIN)/python -m bench

clean:
	rm -rf var artifacts .pytest_cache .mypy_cache .ruff_cache
