"""A SPARQL client that is not Jena: curl asks the endpoint for each standard result format, and Python's
standard library (json, xml.etree, csv) reads the answers. Every format must carry the same solutions as
the JSON one: the same RDF terms for XML and TSV, the same strings for CSV, which has no types.

Run with KG_URL set to a running server (see e2e/README.md). Writes its counts to $E2E_OUT/python.json.
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import unittest
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("KG_URL", "").rstrip("/") + "/"
ENDPOINT = SERVER + "kg/sparql"
OUT = Path(os.environ.get("E2E_OUT", REPO / "target" / "e2e"))

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
SRX = "{http://www.w3.org/2005/sparql-results#}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Queries whose answers cover IRIs, plain, language-tagged and typed literals, and unbound variables.
QUERIES = {
    "quotes": (REPO / "queries" / "quotes.rq").read_text(encoding="utf-8"),
    "persons": (REPO / "queries" / "persons.rq").read_text(encoding="utf-8"),
    "triples": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 300",
}


def fetch(accept, query, method="POST"):
    """The status, media type and body of a SPARQL protocol request made with curl."""
    args = ["curl", "--silent", "--show-error", "--max-time", "60", "--header", "Accept: " + accept,
            "--write-out", "\n%{http_code} %{content_type}", "--data-urlencode", "query=" + query]
    if method == "GET":
        args.append("--get")
    out = subprocess.run(args + [ENDPOINT], check=True, capture_output=True).stdout.decode("utf-8")
    body, _, tail = out.rpartition("\n")
    status, _, content_type = tail.partition(" ")
    return int(status), content_type.split(";")[0].strip(), body


def term(kind, value, lang=None, datatype=None):
    """An RDF term as a comparable tuple; simple literals are xsd:string, tagged ones rdf:langString."""
    if kind == "literal":
        datatype = RDF_LANG_STRING if lang else (datatype or XSD_STRING)
        return ("literal", value, (lang or "").lower(), datatype)
    if kind == "bnode":
        return ("bnode", "", "", "")  # labels are local to one document
    return ("uri", value, "", "")


def parse_json(body):
    doc = json.loads(body)
    names = doc["head"]["vars"]
    rows = []
    for binding in doc["results"]["bindings"]:
        row = {}
        for name, t in binding.items():
            kind = "literal" if t["type"] == "typed-literal" else t["type"]
            row[name] = term(kind, t["value"], t.get("xml:lang"), t.get("datatype"))
        rows.append(row)
    return names, rows


def parse_xml(body):
    root = ET.fromstring(body.encode("utf-8"))
    names = [v.get("name") for v in root.find(SRX + "head").findall(SRX + "variable")]
    rows = []
    for result in root.find(SRX + "results").findall(SRX + "result"):
        row = {}
        for binding in result.findall(SRX + "binding"):
            (t,) = list(binding)
            kind = t.tag[len(SRX):]
            row[binding.get("name")] = term(kind, t.text or "", t.get(XML_LANG), t.get("datatype"))
        rows.append(row)
    return names, rows


BNODE = "(blank node)"

_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_NUMBER = re.compile(r"[+-]?(\d+|\d*\.\d+|(\d+\.?\d*|\.\d+)[eE][+-]?\d+)")


def tsv_term(field):
    """One TSV field: a term in Turtle syntax, absolute IRIs, numbers and booleans may be abbreviated."""
    if field.startswith("<") and field.endswith(">"):
        return term("uri", field[1:-1])
    if field.startswith("_:"):
        return term("bnode", field[2:])
    if field.startswith('"'):
        value, i = [], 1
        while field[i] != '"':
            if field[i] == "\\":
                c = field[i + 1]
                if c in "uU":
                    width = 4 if c == "u" else 8
                    value.append(chr(int(field[i + 2:i + 2 + width], 16)))
                    i += 2 + width
                else:
                    value.append(_ESCAPES[c])
                    i += 2
            else:
                value.append(field[i])
                i += 1
        rest = field[i + 1:]
        if rest.startswith("@"):
            return term("literal", "".join(value), lang=rest[1:])
        if rest.startswith("^^<") and rest.endswith(">"):
            return term("literal", "".join(value), datatype=rest[3:-1])
        if rest:
            raise ValueError("bad literal in TSV: " + field)
        return term("literal", "".join(value))
    if field in ("true", "false"):
        return term("literal", field, datatype=XSD + "boolean")
    if _NUMBER.fullmatch(field):
        kind = "double" if "e" in field.lower() else "decimal" if "." in field else "integer"
        return term("literal", field, datatype=XSD + kind)
    raise ValueError("bad term in TSV: " + field)


def parse_tsv(body):
    lines = body.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    names = [h[1:] if h.startswith("?") else h for h in lines[0].split("\t")]
    rows = []
    for line in lines[1:]:
        fields = line.split("\t")
        if len(fields) != len(names):
            raise ValueError(f"{len(fields)} fields for {len(names)} variables: {line!r}")
        rows.append({n: tsv_term(f) for n, f in zip(names, fields) if f != ""})
    return names, rows


def parse_csv(body):
    reader = csv.reader(io.StringIO(body, newline=""))
    names = next(reader)
    return names, [dict(zip(names, record)) for record in reader]


def as_csv(names, rows):
    """What CSV keeps of typed solutions: the strings, IRIs bare, unbound as empty; blank nodes as BNODE."""
    return [{n: (BNODE if row[n][0] == "bnode" else row[n][1]) if n in row else "" for n in names}
            for row in rows]


def bnodes_of(reference_rows, csv_rows):
    """The CSV rows with the blank nodes of the reference replaced by BNODE. Their labels are local to each
    answer; and Jena writes them bare ("b0") where the CSV results format asks for "_:b0"."""
    return [{n: BNODE if ref.get(n, ("",))[0] == "bnode" and value else value for n, value in row.items()}
            for ref, row in zip(reference_rows, csv_rows)]


class SparqlResultFormats(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.reference = {}
        for name, query in QUERIES.items():
            status, media_type, body = fetch("application/sparql-results+json", query)
            if status != 200:
                raise AssertionError(f"{name}: HTTP {status}: {body[:300]}")
            cls.reference[name] = parse_json(body)

    def answer(self, query_name, media_type):
        status, got_type, body = fetch(media_type, QUERIES[query_name])
        self.assertEqual(status, 200, body[:300])
        self.assertEqual(got_type, media_type)
        return body

    def check_json(self, query_name):
        names, rows = self.reference[query_name]
        self.assertGreaterEqual(len(rows), 1, "at least one solution")
        self.assertTrue(all(set(row) <= set(names) for row in rows))

    def check_xml(self, query_name):
        self.assertEqual(parse_xml(self.answer(query_name, "application/sparql-results+xml")),
                         self.reference[query_name])

    def check_tsv(self, query_name):
        self.assertEqual(parse_tsv(self.answer(query_name, "text/tab-separated-values")),
                         self.reference[query_name])

    def check_csv(self, query_name):
        names, rows = self.reference[query_name]
        csv_names, csv_rows = parse_csv(self.answer(query_name, "text/csv"))
        self.assertEqual((csv_names, bnodes_of(rows, csv_rows)), (names, as_csv(names, rows)))

    def test_quotes_columns(self):
        self.assertEqual(self.reference["quotes"][0], ["file", "speakerName", "text"])

    def test_get_request_gives_the_post_answer(self):
        status, _, body = fetch("application/sparql-results+json", QUERIES["persons"], method="GET")
        self.assertEqual(status, 200)
        self.assertEqual(parse_json(body), self.reference["persons"])

    def test_ask(self):
        ask = "ASK { ?person a <https://w3id.org/newskg/ns#Person> }"
        status, _, body = fetch("application/sparql-results+json", ask)
        self.assertEqual((status, json.loads(body)["boolean"]), (200, True))
        status, _, body = fetch("application/sparql-results+xml", ask)
        self.assertEqual((status, ET.fromstring(body.encode("utf-8")).find(SRX + "boolean").text), (200, "true"))


# One test per query and format, so that a failure names both.
for _query in QUERIES:
    for _format in ("json", "xml", "tsv", "csv"):
        def _test(self, q=_query, f=_format):
            getattr(self, "check_" + f)(q)
        setattr(SparqlResultFormats, f"test_{_query}_{_format}", _test)


def main():
    if SERVER == "/":
        sys.exit("KG_URL is not set: the URL of a running `kg serve`")
    result = unittest.main(exit=False, verbosity=2).result
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "python.json").write_text(json.dumps({"passed": max(result.testsRun - failed - len(result.skipped), 0),
                                                 "failed": failed}))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
