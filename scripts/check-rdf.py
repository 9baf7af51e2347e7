"""Checks linked data written by `proceedings` with tools other than the one that wrote it.

  check-rdf.py shacl FILE...           each graph conforms to Schemas/proceedings-shapes.ttl (pySHACL)
  check-rdf.py queries DIR FILE...     loads FILEs into one pyoxigraph store and runs DIR/*.rq; each
                                       answer must equal DIR/<name>.tsv (SPARQL results as TSV)

Run with the interpreter that scripts/install-deps prepares: .tools/venv/bin/python.
Ends with "N passed, N failed"; the exit status is 1 when anything failed, 2 when it could not run.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHAPES = ROOT / "Schemas" / "proceedings-shapes.ttl"
FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads"}


def shacl(files):
    import rdflib
    from pyshacl import validate

    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    passed = failed = 0
    for name in files:
        path = pathlib.Path(name)
        data = rdflib.Dataset() if path.suffix == ".nq" else rdflib.Graph()
        data.parse(path, format=FORMATS[path.suffix])
        conforms, _, report = validate(data, shacl_graph=shapes, allow_warnings=False)
        if conforms:
            passed += 1
            print(f"{name}: conforms to {SHAPES.name}")
        else:
            failed += 1
            print(f"{name}: does not conform to {SHAPES.name}\n{report}")
    return passed, failed


def queries(directory, files):
    import pyoxigraph as ox

    store = ox.Store()
    formats = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS}
    for name in files:
        path = pathlib.Path(name)
        store.load(path=str(path), format=formats[path.suffix])
    passed = failed = 0
    query_files = sorted(pathlib.Path(directory).glob("*.rq"))
    if not query_files:
        print(f"{directory}: no *.rq queries", file=sys.stderr)
        sys.exit(2)
    for query_file in query_files:
        expected_file = query_file.with_suffix(".tsv")
        # A store loaded by `publish` or from N-Quads holds one graph per document: query them all.
        results = store.query(query_file.read_text(encoding="utf-8"), use_default_graph_as_union=True)
        answer = results.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8")
        expected = expected_file.read_text(encoding="utf-8") if expected_file.exists() else None
        rows = answer.count("\n") - 1
        if answer == expected:
            passed += 1
            print(f"{query_file.name}: {rows} rows as expected")
        else:
            failed += 1
            print(f"{query_file.name}: answer differs from {expected_file.name}\n--- expected\n{expected}--- answer\n{answer}")
    return passed, failed


def main(argv):
    if len(argv) < 2 or argv[0] not in ("shacl", "queries") or (argv[0] == "queries" and len(argv) < 3):
        print(__doc__, file=sys.stderr)
        return 2
    passed, failed = shacl(argv[1:]) if argv[0] == "shacl" else queries(argv[1], argv[2:])
    print(f"rdf {argv[0]}: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
