# newsdex — two commands set everything up on a fresh machine:
#   make demo    build a release binary, ingest seeds/ into $(DB), run every canned query
#   make test    build and run the whole test suite
SHELL := /bin/bash
.DEFAULT_GOAL := build

DB      ?= newsdex.db
PREFIX  ?= /usr/local
SHARED  ?= ../shared
SWIFT   ?= swift
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path 2>/dev/null)/newsdex
DEBUG_BIN   = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)/newsdex
QUERIES := entities people organizations places dates spokespeople quotes articles timeline

.PHONY: deps build release demo test db install clean model lexicon bench eval

## deps: install the system packages newsdex needs (SQLite headers, pkg-config, the sqlite3 shell)
deps:
	@missing=(); \
	pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev pkg-config); \
	command -v sqlite3 >/dev/null || missing+=(sqlite3); \
	command -v python3 >/dev/null || missing+=(python3); \
	if [ $${#missing[@]} -gt 0 ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing: $${missing[*]}" >&2; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$${missing[@]}" >/dev/null; \
	  else \
	    echo "newsdex needs these packages: $${missing[*]} (Debian/Ubuntu: sudo apt-get install $${missing[*]})" >&2; exit 1; \
	  fi; \
	fi

## build: debug build
build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## demo: release build, ingest seeds/ into $(DB), run every canned query
demo: release
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(RELEASE_BIN) ingest seeds/ --db $(DB)
	$(RELEASE_BIN) stats --db $(DB)
	@for q in $(QUERIES); do echo; echo "== newsdex query $$q"; $(RELEASE_BIN) query $$q --db $(DB) --limit 25 || exit 1; done
	@echo; echo "== newsdex query mentions \"Ilham Aliyev\""; $(RELEASE_BIN) query mentions "Ilham Aliyev" --db $(DB) --limit 5
	@echo; echo "== newsdex query cooccurrence \"Seymur Nasirov\""; $(RELEASE_BIN) query cooccurrence "Seymur Nasirov" --db $(DB) --limit 10
	@echo; echo "Index written to $(DB): try  sqlite3 $(DB) '.tables'"

## test: build and run the whole suite
test: deps
	$(SWIFT) build
	NEWSDEX_BIN=$(DEBUG_BIN) $(SWIFT) test

## db: an empty index made by the sqlite3 shell from schema.sql alone
db: deps
	sqlite3 $(DB) < schema.sql

## install: the release binary into $(PREFIX)/bin
install: release
	install -d $(PREFIX)/bin
	install -m 755 $(RELEASE_BIN) $(PREFIX)/bin/newsdex

## model: retrain the name tagger from ../shared/data and corpus/train (writes the committed weights)
model: release
	$(RELEASE_BIN) train --shared $(SHARED)/data --out Sources/NameTagger/Embedded/model.bin

## lexicon: regenerate the embedded gazetteers and word lists from ../shared/data
lexicon:
	python3 scripts/build_lexicon.py --shared $(SHARED) --out Sources/Lexicon/Embedded/lexicon.tsv

## eval: score the extraction on the seed and the development set
eval: release
	rm -f out/eval-dev.db; mkdir -p out
	$(RELEASE_BIN) ingest seeds/ corpus/dev/*.txt --db out/eval-dev.db
	cat $(SHARED)/dev/seed-gold.jsonl corpus/dev/gold-*.jsonl > out/gold-dev.jsonl
	$(RELEASE_BIN) eval out/gold-dev.jsonl --db out/eval-dev.db

## bench: speed and memory benchmark (the performance issue fills it in)
bench:
	@echo "make bench: the benchmark is not written yet (see the performance issue)" >&2; exit 2

clean:
	rm -rf .build out $(DB) $(DB)-wal $(DB)-shm
