// Linked-data clients that are not Jena: a person's IRI fetched with curl as Turtle and as JSON-LD, read
// with the N3.js and jsonld.js libraries, must give the same graph, which names the person and their label.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import rdfCanonize from 'rdf-canonize';
import { curl, pageUrl, readQuery, select } from './lib/config.mjs';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const KG_PERSON = 'https://w3id.org/newskg/ns#Person';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

// The documents must be self-contained: a remote @context would need the network.
const offline = url => Promise.reject(new Error(`the JSON-LD asked to load ${url}`));

let person;

before(() => {
  const rows = select(readQuery('persons.rq'));
  assert.ok(rows.length > 0, 'queries/persons.rq finds persons');
  const iri = rows[0].person.value;
  const labels = select(`SELECT ?label WHERE { <${iri}> <${RDFS_LABEL}> ?label }`).map(b => b.label.value);
  person = { iri, url: pageUrl(iri), labels };
});

function fetchAs(accept) {
  const res = curl(person.url, { accept });
  assert.equal(res.status, 200, `GET ${person.url} as ${accept}: ${res.body.slice(0, 300)}`);
  assert.equal(res.contentType.split(';')[0].trim(), accept, 'Content-Type');
  return res.body;
}

function parseTurtle(text) {
  return new Parser({ format: 'text/turtle', baseIRI: person.url }).parse(text);
}

/** The quads as canonical N-Quads lines, numbers compared by value (JSON-LD writes them as JSON numbers). */
async function canonical(quads) {
  const normalized = quads.map(q => {
    const o = q.object;
    if (o.termType !== 'Literal' || ![XSD + 'double', XSD + 'float'].includes(o.datatype.value)) {
      return q;
    }
    return { ...q, object: { termType: 'Literal', value: String(Number(o.value)), datatype: o.datatype, language: '' } };
  });
  return (await rdfCanonize.canonize(normalized, { algorithm: 'RDFC-1.0' })).split('\n').filter(Boolean);
}

test('a person IRI served as Turtle parses with N3.js and gives the type and the label', () => {
  const quads = parseTurtle(fetchAs('text/turtle'));
  const about = quads.filter(q => q.subject.value === person.iri);
  assert.ok(about.some(q => q.predicate.value === RDF_TYPE && q.object.value === KG_PERSON), 'a kg:Person');
  const labels = about.filter(q => q.predicate.value === RDFS_LABEL).map(q => q.object.value);
  assert.deepEqual(labels.sort(), [...person.labels].sort(), 'the labels the endpoint gives');
});

test('a person IRI served as JSON-LD has an inline @context and the person\'s @id', async () => {
  const doc = JSON.parse(fetchAs('application/ld+json'));
  assert.equal(typeof doc['@context'], 'object', '@context is inline, not a link to fetch');
  const nodes = await jsonld.expand(doc, { documentLoader: offline });
  const node = nodes.find(n => n['@id'] === person.iri);
  assert.ok(node, `a node with @id ${person.iri}`);
  assert.ok(node['@type'].includes(KG_PERSON), 'a kg:Person');
  assert.deepEqual(node[RDFS_LABEL].map(v => v['@value']).sort(), [...person.labels].sort());
});

test('the Turtle and the JSON-LD of a person are the same graph', async () => {
  const fromTurtle = await canonical(parseTurtle(fetchAs('text/turtle')));
  const doc = JSON.parse(fetchAs('application/ld+json'));
  // safe mode: fail rather than drop a term the context cannot map.
  const fromJsonLd = await canonical(await jsonld.toRDF(doc, { documentLoader: offline, safe: true }));
  assert.ok(fromTurtle.length > 0);
  assert.deepEqual(fromJsonLd, fromTurtle);
});

test('an IRI the graph does not have is 404', () => {
  const res = curl(pageUrl(person.iri + '-not-in-the-graph'), { accept: 'text/turtle' });
  assert.equal(res.status, 404);
});
