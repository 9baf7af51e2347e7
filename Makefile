# The two commands a new user needs are `make demo` and `make test`; see README.md.
SWIFT ?= swift
RELEASE_BIN := .build/release/proceedings
DEBUG_BIN := .build/debug/proceedings
SAMPLES := $(wildcard samples/*.txt)
AUTHORITIES := samples/authorities.csv
PYTHON_TOOLS := .tools/venv/bin/python

.PHONY: deps build release demo test samples clean

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Converts the samples into out/ and checks the results: the XML with the toolkit and xmllint, the
# linked data with serdi and rapper (syntax), pySHACL (the shapes) and pyoxigraph (the sample queries).
demo: release
	rm -rf out
	$(RELEASE_BIN) convert --authorities $(AUTHORITIES) -o out $(SAMPLES)
	$(RELEASE_BIN) validate out/*.xml
	xmllint --noout --schema Schemas/proceedings.xsd out/*.xml
	for f in out/*.ttl; do serdi -q -i turtle "$$f" >/dev/null && rapper -q -i turtle -c "$$f"; done
	for f in out/*.nt; do serdi -q -i ntriples "$$f" >/dev/null && rapper -q -i ntriples -c "$$f"; done
	for f in out/*.nq; do serdi -q -i nquads "$$f" >/dev/null && rapper -q -i nquads -c "$$f"; done
	$(PYTHON_TOOLS) scripts/check-rdf.py shacl out/*.ttl
	$(PYTHON_TOOLS) scripts/check-rdf.py queries samples/queries out/*.nq
	@echo "demo: outputs are in out/ (XML, Turtle, N-Triples and N-Quads per summary, CSV tables in out/csv/, unmatched names in out/authorities-report.csv)"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

# Regenerates the committed outputs of the samples; a test fails while they are stale.
samples: build
	rm -rf samples/out
	$(DEBUG_BIN) convert --authorities $(AUTHORITIES) -o samples/out $(SAMPLES)
	$(DEBUG_BIN) roles-scheme -o Schemas/roles.ttl

clean:
	rm -rf .build out
