# newsdex — two commands set everything up on a fresh machine:
#   make demo    build a release binary, ingest seeds/ into $(DB), run every canned query
#   make test    build and run the whole test suite
SHELL := /bin/bash
.DEFAULT_GOAL := build

DB      ?= newsdex.db
PREFIX  ?= /usr/local
SHARED  ?= ../shared
SWIFT   ?= swift
# seconds the suite may run before scripts/test_watchdog.sh prints its stacks and stops it (a run takes 3 min)
TEST_LIMIT ?= 1500
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path 2>/dev/null)/newsdex
DEBUG_BIN   = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)/newsdex
QUERIES := entities people organizations places dates spokespeople quotes articles timeline

.PHONY: deps build release demo test db install clean model lexicon bench eval eval-heldout eval-ner

## deps: install the system packages newsdex needs (SQLite headers, pkg-config, the sqlite3 shell) and,
## for the pictures of `newsdex graph`, Graphviz (optional: without root it is only named)
deps:
	@missing=(); optional=(); \
	pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev pkg-config); \
	command -v sqlite3 >/dev/null || missing+=(sqlite3); \
	command -v python3 >/dev/null || missing+=(python3); \
	command -v dot >/dev/null || optional+=(graphviz); \
	if [ $${#missing[@]} -gt 0 ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing: $${missing[*]}" >&2; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$${missing[@]}" >/dev/null; \
	  else \
	    echo "newsdex needs these packages: $${missing[*]} (Debian/Ubuntu: sudo apt-get install $${missing[*]})" >&2; exit 1; \
	  fi; \
	fi; \
	if [ $${#optional[@]} -gt 0 ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	     && { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$${optional[@]}"; } >/dev/null 2>&1; then \
	    echo "installed: $${optional[*]}" >&2; \
	  else \
	    echo "note: newsdex graph --svg/--png needs Graphviz (Debian/Ubuntu: sudo apt-get install graphviz)" >&2; \
	  fi; \
	fi

## build: debug build
build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## demo: release build, ingest seeds/ into $(DB), run every canned query, draw the network
demo: release
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(RELEASE_BIN) ingest seeds/ --db $(DB)
	$(RELEASE_BIN) stats --db $(DB)
	@for q in $(QUERIES); do echo; echo "== newsdex query $$q"; $(RELEASE_BIN) query $$q --db $(DB) --limit 25 || exit 1; done
	@echo; echo "== newsdex query mentions \"Ilham Aliyev\""; $(RELEASE_BIN) query mentions "Ilham Aliyev" --db $(DB) --limit 5
	@echo; echo "== newsdex query cooccurrence \"Seymur Nasirov\""; $(RELEASE_BIN) query cooccurrence "Seymur Nasirov" --db $(DB) --limit 10
	@echo; echo "== newsdex graph: the person - organisation - place network"; mkdir -p out docs
	$(RELEASE_BIN) graph --db $(DB) --format graphml > out/network.graphml
	@if command -v dot >/dev/null; then $(RELEASE_BIN) graph --db $(DB) --svg out/network.svg --png docs/network.png; \
	else echo "skipped the SVG and PNG: they need Graphviz (sudo apt-get install graphviz)"; fi
	$(RELEASE_BIN) datasette-metadata --db $(DB) --out out/metadata.json
	@echo; echo "Index written to $(DB): try  sqlite3 $(DB) '.tables'  or  datasette $(DB) --metadata out/metadata.json"
	@echo "Network: out/network.svg, docs/network.png, out/network.graphml (Gephi)"

## test: build and run the whole suite
test: deps
	$(SWIFT) build
	NEWSDEX_BIN=$(DEBUG_BIN) scripts/test_watchdog.sh $(TEST_LIMIT) $(SWIFT) test

## db: an empty index made by the sqlite3 shell from schema.sql alone
db: deps
	sqlite3 $(DB) < schema.sql

## install: the release binary into $(PREFIX)/bin, bash/zsh/fish completions, and the man page generated
## from the help by swift-argument-parser's generate-manual plugin
install: release
	install -d $(PREFIX)/bin $(PREFIX)/share/man/man1 $(PREFIX)/share/bash-completion/completions \
	  $(PREFIX)/share/zsh/site-functions $(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(RELEASE_BIN) $(PREFIX)/bin/newsdex
	$(RELEASE_BIN) --generate-completion-script bash > $(PREFIX)/share/bash-completion/completions/newsdex
	$(RELEASE_BIN) --generate-completion-script zsh > $(PREFIX)/share/zsh/site-functions/_newsdex
	$(RELEASE_BIN) --generate-completion-script fish > $(PREFIX)/share/fish/vendor_completions.d/newsdex.fish
	$(SWIFT) package plugin generate-manual >/dev/null
	install -m 644 $(dir $(RELEASE_BIN))../../plugins/GenerateManual/outputs/NewsdexCLI/newsdex.1 $(PREFIX)/share/man/man1/newsdex.1

## model: retrain the name tagger from ../shared/data and corpus/train (writes the committed weights)
model: release
	$(RELEASE_BIN) train --shared $(SHARED) --out Sources/NameTagger/Embedded/model.bin

## lexicon: regenerate the embedded gazetteers and word lists from ../shared/data
lexicon:
	python3 scripts/build_lexicon.py --shared $(SHARED) --out Sources/Lexicon/Embedded/lexicon.tsv

## eval: score the extraction on the seed article and the development sets (corpus/dev, corpus/dev3 … corpus/dev86)
DEV_SETS := dev dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13 dev14 dev15 dev16 dev17 dev18 dev19 dev20 dev21 dev22 dev23 dev24 dev25 dev26 dev27 dev28 dev29 dev30 dev31 dev32 dev33 dev34 dev35 dev36 dev37 dev38 dev39 dev40 dev41 dev42 dev43 dev44 dev45 dev46 dev47 dev48 dev49 dev50 dev51 dev52 dev53 dev54 dev55 dev56 dev57 dev58 dev59 dev60 dev61 dev62 dev63 dev64 dev65 dev66 dev67 dev68 dev69 dev70 dev71 dev72 dev73 dev74 dev75 dev76 dev77 dev78 dev79 dev80 dev81 dev82 dev83 dev84 dev85 dev86
eval: release
	rm -f out/eval-dev.db; mkdir -p out
	$(RELEASE_BIN) ingest seeds/000_8cefabb49d12b7f0.txt $(foreach set,$(DEV_SETS),corpus/$(set)/*.txt) --db out/eval-dev.db --quiet
	cat $(SHARED)/dev/seed-gold.jsonl $(foreach set,$(DEV_SETS),corpus/$(set)/gold-*.jsonl) > out/gold-dev.jsonl
	$(RELEASE_BIN) eval out/gold-dev.jsonl --db out/eval-dev.db

## eval-heldout: score the held-back sets (never used for training or tuning), each on its own
eval-heldout: release
	mkdir -p out
	for set in heldout heldout2; do \
	  rm -f out/eval-$$set.db; echo "corpus/$$set:"; \
	  $(RELEASE_BIN) ingest corpus/$$set/*.txt --db out/eval-$$set.db --quiet && \
	  cat corpus/$$set/gold-*.jsonl > out/gold-$$set.jsonl && \
	  $(RELEASE_BIN) eval out/gold-$$set.jsonl --db out/eval-$$set.db || exit 1; \
	done

## eval-ner: UNER English PUD (never trained on): the tagger alone, then the whole extraction
eval-ner: release
	$(RELEASE_BIN) eval-ner $(SHARED)/data/ner/uner-en/uner-en-pud.test.bio.tsv
	$(RELEASE_BIN) eval-ner --pipeline $(SHARED)/data/ner/uner-en/uner-en-pud.test.bio.tsv

## bench: release build, then the speed and memory benchmark on a generated corpus
##        (ARTICLES=20000 by default, about 15 minutes; ARTICLES=2000 takes about 2; BENCH_FLAGS=--json for JSON)
bench: deps
	$(SWIFT) build -c release --product newsdex
	$(SWIFT) build -c release --product newsdex-bench
	$(dir $(RELEASE_BIN))newsdex-bench --articles $(or $(ARTICLES),20000) --newsdex $(RELEASE_BIN) $(BENCH_FLAGS)

## fuzz: libFuzzer over the header parser and the whole extraction for FUZZ_SECONDS; crashes land in out/fuzz/crashes/
## (FUZZ_FLAGS adds libFuzzer options, e.g. "-fork=1 -ignore_crashes=1" to keep going past a known crash)
FUZZ_SECONDS ?= 600
FUZZ_BUILD   ?= .build-fuzz
FUZZ_FLAGS   ?=
.PHONY: fuzz sanitize
fuzz: deps
	$(SWIFT) build -c release --scratch-path $(FUZZ_BUILD) --product newsdex-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DNEWSDEX_FUZZ -Xswiftc -use-ld=lld \
	  -Xswiftc -enable-experimental-feature -Xswiftc Extern
	mkdir -p out/fuzz/corpus out/fuzz/crashes
	SWIFT_BACKTRACE=enable=no $(FUZZ_BUILD)/release/newsdex-fuzz out/fuzz/corpus seeds corpus/dev \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=60 -rss_limit_mb=4096 \
	  -artifact_prefix=out/fuzz/crashes/ -print_final_stats=1 $(FUZZ_FLAGS)

## sanitize: the whole test suite under AddressSanitizer (its own build folder); leak checking is off
## because XCTest's and the Swift runtime's own start-up allocations are reported as leaks
SANITIZE_BUILD ?= .build-sanitize
sanitize: deps
	$(SWIFT) build --scratch-path $(SANITIZE_BUILD) --sanitize=address -Xswiftc -use-ld=lld
	ASAN_OPTIONS=detect_leaks=0 NEWSDEX_BIN=$$($(SWIFT) build --scratch-path $(SANITIZE_BUILD) --show-bin-path)/newsdex \
	  $(SWIFT) test --scratch-path $(SANITIZE_BUILD) --sanitize=address -Xswiftc -use-ld=lld

clean:
	rm -rf .build out $(DB) $(DB)-wal $(DB)-shm
