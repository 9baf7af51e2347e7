# The two commands a new user needs are `make demo` and `make test`; see README.md.
SWIFT ?= swift
RELEASE_BIN := .build/release/proceedings
DEBUG_BIN := .build/debug/proceedings
SAMPLES := $(wildcard samples/*.txt)
AUTHORITIES := samples/authorities.csv

.PHONY: deps build release demo test samples fuzz clean

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Converts the samples into out/ and validates the results with the toolkit and with xmllint.
demo: release
	rm -rf out
	$(RELEASE_BIN) convert --authorities $(AUTHORITIES) -o out $(SAMPLES)
	$(RELEASE_BIN) validate out/*.xml
	xmllint --noout --schema Schemas/proceedings.xsd out/*.xml
	cd out/csv && csvwvalidate -l csv-metadata.json && frictionless validate datapackage.json
	@echo "demo: outputs are in out/ (XML per summary, CSV tables in out/csv/, unmatched names in out/authorities-report.csv)"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

# Regenerates the committed outputs of the samples; a test fails while they are stale.
samples: build
	rm -rf samples/out
	$(DEBUG_BIN) convert --authorities $(AUTHORITIES) -o samples/out $(SAMPLES)

# libFuzzer over every reader of untrusted input, FUZZ_SECONDS each (a separate package: see Fuzz/).
FUZZ_SECONDS ?= 60
fuzz: deps
	cd Fuzz && $(SWIFT) build -c debug -Xswiftc -sanitize=fuzzer,address --scratch-path ../.build-fuzz
	scripts/fuzz $(FUZZ_SECONDS)

clean:
	rm -rf .build .build-fuzz out
