# Two entry points for a fresh machine (Debian 12, Python 3.11, Node 20):
#   make serve   install the site's tools and preview the guide on http://127.0.0.1:8000/
#   make build   install the site's tools and build the static site into site/
#   make test    install the test tools (pip, npm ci, apt-get) and run the whole test suite
#   make new-guide NAME=my-guide   start a new guide in guides/my-guide/ (DIR=… to put it elsewhere)
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true
# Debian packages the tests drive: a real Chromium, spell checkers, nginx (Java 17 for the Nu checker is on the machine image).
APT_PACKAGES := chromium fonts-liberation hunspell hunspell-fr hunspell-en-gb nginx-light

.PHONY: build serve test lint system-deps offline budgets lighthouse new-guide

# The site's tools, and the guide generator itself (hooks/mkdocs_guide, the `guide` plugin:
# pyproject.toml), installed in place so that an edit to hooks/ takes effect at once.
$(BIN)/mkdocs: requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install -q -r requirements.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $@

$(VENV)/.test-installed: requirements.txt requirements-test.txt $(BIN)/mkdocs
	$(BIN)/pip install -q -r requirements-test.txt
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

build: $(BIN)/mkdocs
	$(BIN)/mkdocs build --strict

serve: $(BIN)/mkdocs
	$(BIN)/mkdocs serve

# The guide as a zip that works from disk (file://, no network): unzip it and open
# site-offline/index.html. Material's offline plugin turns on with OFFLINE=true (see mkdocs.yml).
OFFLINE_SITE ?= site-offline
OFFLINE_ZIP ?= site-offline.zip
offline: $(BIN)/mkdocs
	rm -rf $(OFFLINE_SITE) $(OFFLINE_ZIP)
	OFFLINE=true $(BIN)/mkdocs build --strict -d $(OFFLINE_SITE)
	$(BIN)/python -c 'import shutil, sys; shutil.make_archive(*sys.argv[1:])' \
	  $(basename $(abspath $(OFFLINE_ZIP))) zip \
	  $(dir $(abspath $(OFFLINE_SITE))) $(notdir $(abspath $(OFFLINE_SITE)))

system-deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	java -version >/dev/null 2>&1 || missing="$$missing openjdk-17-jre-headless"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages: $$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

lint: $(VENV)/.test-installed node_modules/.package-lock.json
	$(BIN)/ruff check hooks tests bench scaffold
	$(BIN)/ruff format --check hooks tests bench scaffold
	node_modules/.bin/eslint .

# The gates: ruff, then pytest on every core (pytest-xdist; site, quizzes, sharing, axe-core, Nu
# Html Checker, hunspell, links), then the transfer budgets (bench/budgets.json; bytes do not vary
# between visits, so the gate takes one; `make budgets` reports medians of three). Lighthouse is a measurement, not a gate.
# Both run even when the other fails, so one CI run shows every finding.
test: system-deps $(VENV)/.test-installed node_modules/.package-lock.json lint
	status=0; \
	$(BIN)/python -m pytest -n auto --durations=12 || status=1; \
	$(BIN)/python bench/budgets.py --runs 1 || status=1; \
	exit $$status

# A new guide's skeleton (scaffold/new_guide.py): home, one chapter, results and path, fr and en.
new-guide: $(BIN)/mkdocs
	@test -n "$(NAME)" || { echo "new-guide: give the guide a name, e.g. make new-guide NAME=email-marketing"; exit 2; }
	$(BIN)/python scaffold/new_guide.py "$(NAME)" $(if $(DIR),--dir "$(DIR)")

budgets: system-deps $(VENV)/.test-installed
	$(BIN)/python bench/budgets.py --verbose

lighthouse: system-deps $(VENV)/.test-installed node_modules/.package-lock.json
	bench/lighthouse.sh
