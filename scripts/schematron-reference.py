#!/usr/bin/env python3
"""The reference Schematron run the tests compare `proceedings validate` with.

Runs the ISO Schematron skeleton that lxml ships (iso_dsdl_include.xsl, iso_abstract_expand.xsl,
then iso_svrl_for_xslt1.xsl) under Saxon-HE (saxonche), and the compiled stylesheet on each
document; prints, as JSON, every failed assert and successful report of the SVRL:

    {"DOCUMENT": [{"pattern": ID, "rule": CONTEXT, "id": ID, "role": ROLE, "kind": "assert"|"report",
                   "test": TEST, "text": MESSAGE, "location": "/TEI/text[1]/body[1]/div[2]"}]}

The schema is a .sch file, or a RELAX NG schema with embedded rules (TEI's tei_all.rng): its
ns and pattern elements make the schema. queryBinding xslt2 is given to the skeleton as xslt;
Saxon still evaluates the XPath 2.0 inside. Run with .tools/schematron-venv/bin/python.

Usage: schematron-reference.py SCHEMA DOCUMENT...
"""
import copy
import json
import os
import re
import sys
import tempfile

import lxml
from lxml import etree
from saxonche import PySaxonProcessor

SCH = "http://purl.oclc.org/dsdl/schematron"
SVRL = "http://purl.oclc.org/dsdl/svrl"
SKELETON = os.path.join(os.path.dirname(lxml.__file__), "isoschematron", "resources", "xsl", "iso-schematron-xslt1")


def schematron(path):
    """The schema as an ISO Schematron document: the file itself, or what a RELAX NG schema embeds."""
    tree = etree.parse(path, etree.XMLParser(no_network=True, resolve_entities=False))
    root = tree.getroot()
    if root.tag == "{%s}schema" % SCH:
        schema = root
    else:
        schema = etree.Element("{%s}schema" % SCH, nsmap={"sch": SCH})
        seen = set()
        for ns in root.iter("{%s}ns" % SCH):
            key = (ns.get("prefix"), ns.get("uri"))
            if key not in seen:
                seen.add(key)
                schema.append(copy.deepcopy(ns))
        for pattern in root.iter("{%s}pattern" % SCH):
            schema.append(copy.deepcopy(pattern))
        schema.set("queryBinding", "xslt2")
    if schema.get("queryBinding", "xslt").lower() in ("xslt2", "xslt3"):
        schema.set("queryBinding", "xslt")
    return etree.tostring(schema, encoding="unicode")


def canonical(node):
    """The path proceedings writes: /TEI/text[1]/body[1]/p[2]/@rend, positions among same-named siblings."""
    if isinstance(node, str) and hasattr(node, "attrname"):
        name = etree.QName(node.attrname)
        prefix = "xml:" if name.namespace == "http://www.w3.org/XML/1998/namespace" else ""
        return canonical(node.getparent()) + "/@" + prefix + name.localname
    steps = []
    while node is not None:
        parent = node.getparent()
        name = etree.QName(node)
        if parent is None:
            steps.append(name.localname)
        else:
            same = [sibling for sibling in parent if isinstance(sibling.tag, str) and sibling.tag == node.tag]
            steps.append("%s[%d]" % (name.localname, same.index(node) + 1))
        node = parent
    return "/" + "/".join(reversed(steps))


def location(document, path):
    """The skeleton's location, found in the document, in proceedings' form."""
    found = document.xpath(path) if path else []
    return canonical(found[0]) if found else path


def main(arguments):
    if len(arguments) < 2:
        sys.exit(__doc__)
    schema_path, documents = os.path.abspath(arguments[0]), arguments[1:]
    with PySaxonProcessor(license=False) as processor:
        xslt = processor.new_xslt30_processor()
        # Written beside the schema, so that its local includes resolve as they would from it.
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=os.path.dirname(schema_path), prefix=".",
                                         suffix=".reference.sch") as prepared:
            prepared.write(schematron(schema_path))
            prepared.flush()
            text = None
            for step in ("iso_dsdl_include.xsl", "iso_abstract_expand.xsl", "iso_svrl_for_xslt1.xsl"):
                executable = xslt.compile_stylesheet(stylesheet_file=os.path.join(SKELETON, step))
                if text is None:
                    text = executable.transform_to_string(source_file=prepared.name)
                else:
                    text = executable.transform_to_string(xdm_node=processor.parse_xml(xml_text=text))
        validator = xslt.compile_stylesheet(stylesheet_text=text)
        results = {}
        for document in documents:
            tree = etree.parse(document, etree.XMLParser(no_network=True, resolve_entities=False))
            svrl = etree.fromstring(validator.transform_to_string(source_file=os.path.abspath(document)).encode("utf-8"))
            found, pattern, rule = [], None, None
            for element in svrl:
                if element.tag == "{%s}active-pattern" % SVRL:
                    pattern = element.get("id")
                elif element.tag == "{%s}fired-rule" % SVRL:
                    rule = element.get("context")
                elif element.tag in ("{%s}failed-assert" % SVRL, "{%s}successful-report" % SVRL):
                    text = element.find("{%s}text" % SVRL)
                    found.append({
                        "pattern": pattern, "rule": rule, "id": element.get("id"), "role": element.get("role"),
                        "kind": "assert" if element.tag.endswith("failed-assert") else "report",
                        "test": element.get("test"), "location": location(tree, element.get("location") or ""),
                        "text": " ".join("".join(text.itertext()).split()) if text is not None else "",
                    })
            results[document] = found
    json.dump(results, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
