package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.article.Article;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Detention;
import org.newskg.extract.Evidence;
import org.newskg.lexicon.Gender;
import org.newskg.extract.Meeting;
import org.newskg.extract.PersonMention;
import org.newskg.extract.RoleFact;
import org.newskg.extract.Speaker;
import org.newskg.extract.Statement;
import org.newskg.resolve.PersonResolver;
import org.newskg.resolve.ResolvedPerson;

/**
 * Checks that ontology/, the shapes, the JSON-LD context and queries/ describe the RDF that {@link FactsToRdf}
 * writes: on hand-made facts of three small invented articles, loaded into a TDB2 dataset the way the store
 * holds them (a named graph per article, an entities graph, the union as default graph).
 */
class OntologyTest {

    private static final Path ONTOLOGY = Path.of("ontology/newskg.ttl");
    private static final Path SHAPES = Path.of("ontology/shapes.ttl");
    private static final Path CONTEXT = Path.of("ontology/context.jsonld");
    private static final Path QUERIES = Path.of("queries");
    private static final Node XSD_STRING = NodeFactory.createURI(XSDDatatype.XSDstring.getURI());

    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static final Node PERSON_MARTIN = NodeFactory.createURI(IRIS.person("jeanne-martin"));
    private static final Node PERSON_DURAND = NodeFactory.createURI(IRIS.person("paul-durand"));
    /** The statement group of the sample: Jeanne Martin's words, quoted by a01 and by b02. */
    private static final Node GROUP = NodeFactory.createURI(IRIS.base() + "statement/1");
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private static Graph ontology;
    private static Shapes shapes;
    /** Each sample article's graph, by article IRI. */
    private static Map<String, Graph> articleGraphs;
    private static Graph entities;
    /** Every graph above, merged: what the SPARQL default graph shows. */
    private static Graph union;
    private static Dataset dataset;

    @BeforeAll
    static void load() {
        ontology = RDFParser.source(ONTOLOGY).toGraph();
        shapes = Shapes.parse(RDFParser.source(SHAPES).toGraph());
        List<ArticleFacts> facts = List.of(Sample.articleA(), Sample.articleB(), Sample.articleC());
        Map<String, ResolvedPerson> resolved = PersonResolver.resolveArticles(
                facts.stream().map(f -> f.persons().stream().map(PersonMention::name).toList()).toList());
        FactsToRdf toRdf = new FactsToRdf(IRIS);
        articleGraphs = new LinkedHashMap<>();
        for (ArticleFacts f : facts) {
            articleGraphs.put(IRIS.article(f.article().stem()), toRdf.toGraph(f, resolved::get));
        }
        entities = entitiesGraph(resolved.values());
        union = GraphFactory.createDefaultGraph();
        articleGraphs.values().forEach(g -> g.find().forEach(union::add));
        entities.find().forEach(union::add);

        dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            articleGraphs.forEach((name, g) -> dataset.asDatasetGraph().addGraph(NodeFactory.createURI(name), g));
            dataset.asDatasetGraph().addGraph(NodeFactory.createURI(IRIS.entitiesGraph()), entities);
        });
    }

    /**
     * The entities graph as the store writes it: each person's type, preferred label (also as foaf:name) and
     * other forms; and the one statement group of the sample, written by hand.
     */
    private static Graph entitiesGraph(Iterable<ResolvedPerson> people) {
        Graph g = GraphFactory.createDefaultGraph();
        for (ResolvedPerson p : people) {
            Node person = NodeFactory.createURI(IRIS.person(p.slug()));
            g.add(person, RDF.type.asNode(), KG.Person);
            g.add(person, RDFS.label.asNode(), NodeFactory.createLiteralString(p.label()));
            g.add(person, KG.foafName, NodeFactory.createLiteralString(p.label()));
            p.forms().stream().filter(f -> !f.equals(p.label()))
                    .forEach(f -> g.add(person, KG.skosAltLabel, NodeFactory.createLiteralString(f)));
        }
        g.add(GROUP, RDF.type.asNode(), KG.StatementGroup);
        g.add(GROUP, KG.speaker, PERSON_MARTIN);
        g.add(GROUP, KG.text, NodeFactory.createLiteralString("Nous n'avons pas d'accord, mais une discussion franche"));
        g.add(GROUP, KG.reportCount, integer(2));
        g.add(GROUP, KG.report, fact("a01", "quote-1"));
        g.add(GROUP, KG.report, fact("b02", "quote-1"));
        return g;
    }

    // ---------------------------------------------------------------- ontology

    @Test
    void ontologyHasVersionTitleAndDescriptionInFrenchAndEnglish() {
        List<Node> onts = ontology.find(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode())
                .mapWith(Triple::getSubject).toList();
        assertEquals(1, onts.size());
        Node ont = onts.get(0);
        assertTrue(ontology.contains(ont, OWL.versionInfo.asNode(), Node.ANY));
        assertTrue(ontology.contains(ont, OWL.versionIRI.asNode(), Node.ANY));
        assertEquals(Set.of("fr", "en"), languages(ont, DCTerms.title.asNode()));
        assertEquals(Set.of("fr", "en"), languages(ont, DCTerms.description.asNode()));
    }

    @Test
    void everyTermOfKgIsDeclaredWithLabelsInFrenchAndEnglish() {
        for (Node term : kgTerms()) {
            boolean isClass = Character.isUpperCase(term.getLocalName().charAt(0));
            Set<Node> types = objects(ontology, term, RDF.type.asNode());
            if (isClass) {
                assertTrue(types.contains(OWL.Class.asNode()), term + " is not declared an owl:Class");
            } else {
                assertTrue(types.contains(OWL.ObjectProperty.asNode()) || types.contains(OWL.DatatypeProperty.asNode())
                        || types.contains(OWL.AnnotationProperty.asNode()), term + " is not declared a property");
            }
            assertEquals(Set.of("fr", "en"), languages(term, RDFS.label.asNode()), "labels of " + term);
            if (term.getURI().startsWith(KG.NS)) {
                assertEquals(Set.of("fr", "en"), languages(term, RDFS.comment.asNode()), "comments of " + term);
            }
        }
    }

    @Test
    void ontologyDeclaresNoKgTermThatKgLacks() {
        Set<Node> declared = ontology.find().toList().stream().map(Triple::getSubject)
                .filter(n -> n.isURI() && n.getURI().startsWith(KG.NS)).collect(Collectors.toSet());
        declared.removeAll(kgTerms());
        assertEquals(Set.of(), declared);
    }

    @Test
    void provenanceAlignsWithProvAndNif() {
        assertTrue(ontology.contains(KG.inArticle, RDFS.subPropertyOf.asNode(), uri("http://www.w3.org/ns/prov#wasDerivedFrom")));
        assertTrue(ontology.contains(KG.extractor, RDFS.subPropertyOf.asNode(), uri("http://www.w3.org/ns/prov#wasAttributedTo")));
        assertTrue(ontology.contains(KG.Extractor, RDFS.subClassOf.asNode(), uri("http://www.w3.org/ns/prov#SoftwareAgent")));
        String nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        assertTrue(ontology.contains(KG.beginIndex, RDFS.subPropertyOf.asNode(), uri(nif + "beginIndex")));
        assertTrue(ontology.contains(KG.endIndex, RDFS.subPropertyOf.asNode(), uri(nif + "endIndex")));
        for (Node fact : List.of(KG.Quotation, KG.IndirectStatement, KG.Detention, KG.RoleHolding, KG.Meeting,
                KG.Call, KG.Mention)) {
            assertTrue(isSubClass(fact, uri("http://www.w3.org/ns/prov#Entity")), fact + " is not a prov:Entity");
        }
    }

    /** A group is a collection of quotations, not a statement: the statement shape would demand provenance. */
    @Test
    void statementGroupIsACollectionOfQuotationsNotAStatement() {
        assertTrue(isSubClass(KG.StatementGroup, uri(PROV + "Collection")));
        assertFalse(isSubClass(KG.StatementGroup, KG.Statement));
        assertTrue(ontology.contains(KG.StatementGroup, OWL.disjointWith.asNode(), KG.Statement));
        assertTrue(ontology.contains(KG.report, RDFS.subPropertyOf.asNode(), uri(PROV + "hadMember")));
        assertEquals(Set.of(KG.Quotation), objects(ontology, KG.report, RDFS.range.asNode()));
        assertEquals(Set.of(uri(XSDDatatype.XSDnonNegativeInteger.getURI())),
                objects(ontology, KG.reportCount, RDFS.range.asNode()));
        String description = ontology.find(Node.ANY, DCTerms.description.asNode(), Node.ANY).toList().stream()
                .map(t -> t.getObject().getLiteral()).filter(l -> l.language().equals("en"))
                .map(l -> l.getLexicalForm()).findFirst().orElseThrow();
        assertTrue(description.matches("(?s).*graph/entities[^.]*foaf:name.*"), "foaf:name is not placed in the entities graph");
        assertTrue(description.matches("(?s).*graph/entities gathers them in a kg:StatementGroup.*"),
                "statement groups are not placed in the entities graph");
    }

    /** Every class and predicate the sample graphs use is declared, and the data keeps to the declarations. */
    @Test
    void dataKeepsToDomainsRangesAndFunctionalProperties() {
        for (Triple t : union.find().toList()) {
            Node p = t.getPredicate();
            if (p.equals(RDF.type.asNode())) {
                assertTrue(ontology.contains(t.getObject(), RDF.type.asNode(), OWL.Class.asNode()),
                        "undeclared class " + t.getObject());
                continue;
            }
            if (p.equals(RDFS.label.asNode())) {
                continue;
            }
            assertTrue(ontology.contains(p, RDF.type.asNode(), Node.ANY), "undeclared property " + p);
            for (Node domain : objects(ontology, p, RDFS.domain.asNode())) {
                assertTrue(isInstance(t.getSubject(), domain), t + " is outside the domain of " + p);
            }
            for (Node range : objects(ontology, p, RDFS.range.asNode())) {
                if (t.getObject().isLiteral()) {
                    assertEquals(range.getURI(), t.getObject().getLiteralDatatypeURI(), "datatype of " + t);
                } else {
                    assertTrue(isInstance(t.getObject(), range), t + " is outside the range of " + p);
                }
            }
            boolean objectProperty = ontology.contains(p, RDF.type.asNode(), OWL.ObjectProperty.asNode());
            assertEquals(objectProperty, t.getObject().isURI(), "kind of object of " + t);
        }
        for (Node p : ontology.find(Node.ANY, RDF.type.asNode(), OWL.FunctionalProperty.asNode())
                .mapWith(Triple::getSubject).toList()) {
            Map<Node, Integer> values = new HashMap<>();
            union.find(Node.ANY, p, Node.ANY).forEach(t -> values.merge(t.getSubject(), 1, Integer::sum));
            values.forEach((s, n) -> assertEquals(1, n, s + " has several values of functional " + p));
        }
    }

    // ---------------------------------------------------------------- shapes

    @Test
    void everyClassHasANodeShape() {
        Graph g = RDFParser.source(SHAPES).toGraph();
        for (Node term : kgTerms()) {
            if (term.getURI().startsWith(KG.NS) && Character.isUpperCase(term.getLocalName().charAt(0))) {
                assertTrue(g.contains(Node.ANY, SHACL.targetClass, term), "no shape targets " + term);
            }
        }
    }

    /** The entities graph alone is not checked: its group's quotations are typed in the article graphs. */
    @Test
    void shapesAcceptTheGraphsFactsToRdfWritesAndTheirUnionWithTheEntities() {
        articleGraphs.forEach((name, g) -> assertConforms(g, name));
        assertConforms(union, "union");
    }

    @Test
    void shapesRejectBrokenStatementGroups() {
        Node quoteA = fact("a01", "quote-1");
        Node quoteB = fact("b02", "quote-1");
        assertGroupRejected(g -> g.remove(GROUP, KG.speaker, Node.ANY), "a group without speaker");
        assertGroupRejected(g -> g.add(GROUP, KG.speaker, uri(IRIS.organization("ministère des Affaires étrangères"))),
                "a group with two speakers");
        assertGroupRejected(g -> replace(g, GROUP, KG.speaker, PERSON_DURAND),
                "a group whose speaker is not its quotations' speaker");
        assertGroupRejected(g -> {
            replace(g, GROUP, KG.speaker, uri(IRIS.country("RU")));
            replace(g, quoteA, KG.speaker, uri(IRIS.country("RU")));
            replace(g, quoteB, KG.speaker, uri(IRIS.country("RU")));
        }, "a group whose speaker is a country");
        assertGroupRejected(g -> g.remove(GROUP, KG.text, Node.ANY), "a group without text");
        assertGroupRejected(g -> g.remove(GROUP, KG.reportCount, Node.ANY), "a group without report count");
        assertGroupRejected(g -> replace(g, GROUP, KG.reportCount, integer(3)), "a report count that is not the reports'");
        assertGroupRejected(g -> {
            g.remove(GROUP, KG.report, quoteB);
            replace(g, GROUP, KG.reportCount, integer(1));
        }, "a group of one quotation");
        assertGroupRejected(g -> {
            g.remove(GROUP, KG.report, quoteB);
            g.add(GROUP, KG.report, fact("b02", "statement-1"));
        }, "a group reporting an indirect statement");
        Node other = uri(IRIS.base() + "statement/2");
        assertRejectedAt(quoteA, g -> g.find(GROUP, Node.ANY, Node.ANY).toList()
                .forEach(t -> g.add(other, t.getPredicate(), t.getObject())), "a quotation in two groups");
    }

    @Test
    void shapesRejectAFoafNameThatIsNotTheLabel() {
        assertRejectedAt(PERSON_MARTIN, g -> replace(g, PERSON_MARTIN, KG.foafName, NodeFactory.createLiteralString("Martin")),
                "a foaf:name other than the person's label");
    }

    /** The change made to the group of the union (which conforms before it) gets a violation on the group. */
    private static void assertGroupRejected(Consumer<Graph> change, String what) {
        assertRejectedAt(GROUP, change, what);
    }

    private static void assertRejectedAt(Node focus, Consumer<Graph> change, String what) {
        Graph g = copy(union);
        change.accept(g);
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().equals(focus)), "accepted " + what);
    }

    @Test
    void shapesRejectAFactWithoutItsProvenance() {
        Node detention = fact("a01", "detention-1");
        Node quote = fact("a01", "quote-1");
        for (Node fact : List.of(detention, quote, fact("a01", "mention-1"), fact("a01", "call-1"))) {
            for (Node p : List.of(KG.inArticle, KG.sentence, KG.sentenceIndex, KG.beginIndex, KG.endIndex,
                    KG.extractor, KG.rule, KG.confidence)) {
                Graph g = copy(articleGraphs.get(IRIS.article("a01")));
                assertTrue(g.contains(fact, p, Node.ANY), fact + " lacks " + p + " in the sample");
                g.remove(fact, p, Node.ANY);
                assertFalse(ShaclValidator.get().conforms(shapes, g), "accepted " + fact + " without " + p);
            }
        }
    }

    @Test
    void shapesRejectBrokenValues() {
        Node quote = fact("a01", "quote-1");
        Node unnamed = fact("a01", "quote-3");
        assertRejected(g -> g.add(quote, KG.speakerDescription, NodeFactory.createLiteralString("un témoin")),
                "a statement with a speaker and a speaker description");
        assertRejected(g -> g.remove(unnamed, KG.speakerDescription, Node.ANY), "a statement with no speaker");
        assertRejected(g -> replace(g, quote, KG.beginIndex, integer(10_000)), "a span that ends before it begins");
        assertRejected(g -> replace(g, quote, KG.confidence,
                NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdouble)), "a confidence above 1");
        Node russia = NodeFactory.createURI(IRIS.country("RU"));
        assertRejected(g -> replace(g, russia, KG.isoCode, NodeFactory.createLiteralString("Russie")),
                "an ISO code that is not two capitals");
        assertRejected(g -> g.remove(fact("a01", "detention-1"), KG.detainee, Node.ANY), "a detention with no detainee");
    }

    private static void assertRejected(Consumer<Graph> change, String what) {
        Graph g = copy(articleGraphs.get(IRIS.article("a01")));
        change.accept(g);
        assertFalse(ShaclValidator.get().conforms(shapes, g), "accepted " + what);
    }

    private static void assertConforms(Graph g, String name) {
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        if (!report.conforms()) {
            RDFDataMgr.write(System.err, report.getModel(), Lang.TTL);
            fail(name + " does not conform to ontology/shapes.ttl");
        }
    }

    // ---------------------------------------------------------------- JSON-LD context

    @Test
    void contextMapsEveryTermWithTheRightValueType() {
        Map<String, Term> terms = contextTerms();
        Map<String, Term> byIri = new HashMap<>();
        terms.values().forEach(t -> byIri.put(t.iri, t));
        for (Node term : kgTerms()) {
            Term t = byIri.get(term.getURI());
            assertTrue(t != null, "no key for " + term);
            if (ontology.contains(term, RDF.type.asNode(), OWL.ObjectProperty.asNode())) {
                assertEquals("@id", t.type, "value type of " + t.key);
            } else if (ontology.contains(term, RDF.type.asNode(), OWL.DatatypeProperty.asNode())) {
                Set<Node> range = objects(ontology, term, RDFS.range.asNode());
                String expected = range.isEmpty() || range.contains(XSD_STRING) ? null : range.iterator().next().getURI();
                assertEquals(expected, t.type, "value type of " + t.key);
            }
        }
    }

    /** A JSON-LD 1.1 document using every key of the context reads back as the intended triples. */
    @Test
    void contextExpandsAsJsonLd11() {
        JsonObject ctx = JSON.read(CONTEXT.toString()).get("@context").getAsObject();
        Map<String, Term> terms = contextTerms();
        StringBuilder doc = new StringBuilder("{\"@context\":").append(JSON.toStringFlat(ctx))
                .append(",\"id\":\"http://example.org/s\"");
        List<String> classes = new ArrayList<>();
        for (Term t : terms.values()) {
            if (t.isClass) {
                classes.add("\"" + t.key + "\"");
            } else if ("@id".equals(t.type)) {
                doc.append(",\"").append(t.key).append("\":\"http://example.org/o\"");
            } else if (t.type != null) {
                doc.append(",\"").append(t.key).append("\":").append(t.type.endsWith("double") ? "0.5" : "3");
            } else {
                doc.append(",\"").append(t.key).append("\":\"v\"");
            }
        }
        doc.append(",\"type\":[").append(String.join(",", classes)).append("]}");
        Graph g = RDFParser.fromString(doc.toString(), Lang.JSONLD).toGraph();
        Node s = uri("http://example.org/s");
        for (Term t : terms.values()) {
            if (t.isClass) {
                assertTrue(g.contains(s, RDF.type.asNode(), uri(t.iri)), "type " + t.key);
                continue;
            }
            List<Node> os = g.find(s, uri(t.iri), Node.ANY).mapWith(Triple::getObject).toList();
            assertEquals(1, os.size(), "triples for key " + t.key);
            Node o = os.get(0);
            if ("@id".equals(t.type)) {
                assertTrue(o.isURI(), t.key);
            } else {
                assertEquals(t.type == null ? XSD_STRING.getURI() : t.type, o.getLiteralDatatypeURI(), t.key);
            }
        }
    }

    private record Term(String key, String iri, String type, boolean isClass) {
    }

    /** The context's terms (prefixes and keyword aliases left out), with full IRIs. */
    private static Map<String, Term> contextTerms() {
        JsonObject ctx = JSON.read(CONTEXT.toString()).get("@context").getAsObject();
        Map<String, String> prefixes = new HashMap<>();
        for (String key : ctx.keys()) {
            JsonValue v = ctx.get(key);
            if (v.isString() && v.getAsString().value().matches("https?://.*[/#]")) {
                prefixes.put(key, v.getAsString().value());
            }
        }
        Function<String, String> expand = curie -> {
            int colon = curie.indexOf(':');
            String ns = prefixes.get(curie.substring(0, colon));
            return ns == null ? curie : ns + curie.substring(colon + 1);
        };
        Map<String, Term> terms = new TreeMap<>();
        for (String key : ctx.keys()) {
            JsonValue v = ctx.get(key);
            if (key.startsWith("@") || prefixes.containsKey(key)) {
                continue;
            }
            if (v.isString()) {
                if (!v.getAsString().value().startsWith("@")) {
                    terms.put(key, new Term(key, expand.apply(v.getAsString().value()), null, true));
                }
            } else {
                JsonObject def = v.getAsObject();
                String type = def.hasKey("@type") ? def.get("@type").getAsString().value() : null;
                terms.put(key, new Term(key, expand.apply(def.get("@id").getAsString().value()),
                        type == null || type.startsWith("@") ? type : expand.apply(type), false));
            }
        }
        return terms;
    }

    // ---------------------------------------------------------------- queries

    @Test
    void everyQueryParsesAndExplainsItself() throws IOException {
        List<Path> files = queryFiles();
        assertTrue(files.size() >= 17, "the query library has " + files.size() + " files");
        for (Path file : files) {
            String text = Files.readString(file);
            assertTrue(text.startsWith("# Question:"), file + " does not start with its question");
            assertTrue(text.contains("# Parameters:") && text.contains("# Columns:"), file + " lacks its comment block");
            Query q = QueryFactory.create(text);
            assertFalse(q.getPrefixMapping().getNsPrefixMap().isEmpty(), file + " declares no prefix");
        }
    }

    @Test
    void scorerQueriesProjectTheScorersColumns() {
        assertEquals(List.of("file", "speakerName", "text"), columns("quotes"));
        assertEquals(List.of("file", "personName", "countryCode"), columns("detentions"));
        assertEquals(List.of("file", "person", "name"), columns("persons"));
        assertEquals(List.of("file", "personName", "role"), columns("roles"));
    }

    /** A person as the article names them; an organisation by its label, then the acronym the article gives it. */
    @Test
    void quotesGiveEachSpeakerAsTheSameArticleNamesThem() {
        assertEquals(List.of(
                "a01.txt|Jeanne Martin|Nous n'avons pas d'accord, mais une discussion franche",
                "a01.txt|ministère des Affaires étrangères (MAE)|Le dialogue se poursuivra dans les prochaines semaines",
                "a01.txt||Aucun accord n'est en vue pour le moment",
                "b02.txt|Martin|Nous n’avons pas d’accord, mais une discussion franche"),
                rows("quotes"));
    }

    @Test
    void detentionsPersonsAndRolesGiveOneRowPerFactWithTheArticlesFullestName() {
        assertEquals(List.of("a01.txt|Paul Durand|RU", "c03.txt|Paul Durand|RU"), rows("detentions"));
        assertEquals(List.of(
                "a01.txt|" + PERSON_MARTIN.getURI() + "|Jeanne Martin",
                "a01.txt|" + PERSON_DURAND.getURI() + "|Paul Durand",
                "b02.txt|" + PERSON_MARTIN.getURI() + "|Martin",
                "b02.txt|" + PERSON_DURAND.getURI() + "|Paul Durand",
                "c03.txt|" + PERSON_DURAND.getURI() + "|Paul Durand"),
                rows("persons"));
        assertEquals(List.of("a01.txt|Jeanne Martin|porte-parole"), rows("roles"));
    }

    @Test
    void meetingsListParticipantsDatePlaceAndKind() {
        List<String> rows = rows("meetings").stream().map(r -> r.substring(0, r.lastIndexOf('|'))).toList();
        assertEquals(List.of("a01.txt|meeting|Jeanne Martin ; Paul Durand|vendredi|Genève|CH",
                "a01.txt|call|Jeanne Martin ; Paul Durand|||"), rows.stream().map(OntologyTest::sortParticipants).toList());
    }

    @Test
    void corroborationListsTheGroupTwoArticlesReport() {
        List<QuerySolution> rows = select("corroborated-statements");
        assertEquals(1, rows.size());
        QuerySolution row = rows.get(0);
        assertEquals(GROUP.getURI(), row.getResource("group").getURI());
        assertEquals("Jeanne Martin", row.getLiteral("speakerName").getString());
        assertEquals("Nous n'avons pas d'accord, mais une discussion franche", row.getLiteral("text").getString());
        assertEquals(2, row.getLiteral("reports").getInt());
        assertEquals(2, row.getLiteral("articles").getInt());
        assertEquals(List.of("a01.txt", "b02.txt"), Stream.of(row.getLiteral("files").getString().split(" ; ")).sorted().toList());
        assertEquals("2022-07-29", row.getLiteral("firstPublished").getString());
        // of the named speakers' quotations, only the ministry's is in no group
        assertEquals(List.of("ministère des Affaires étrangères|Le dialogue se poursuivra dans les prochaines semaines|2022-07-29|a01.txt|1|"
                + fact("a01", "quote-2").getURI()), rows("single-source-statements"));
    }

    /** Words an article repeats make a group of one article: single-source, not corroborated. */
    @Test
    void aGroupWithinOneArticleIsSingleSource() {
        Graph g = copy(union);
        Node article = uri(IRIS.article("c03"));
        Node repeated = uri(IRIS.base() + "statement/2");
        g.add(repeated, RDF.type.asNode(), KG.StatementGroup);
        g.add(repeated, KG.speaker, PERSON_DURAND);
        for (String local : List.of("quote-1", "quote-2")) {
            Node q = fact("c03", local);
            g.add(q, RDF.type.asNode(), KG.Quotation);
            g.add(q, KG.speaker, PERSON_DURAND);
            g.add(q, KG.text, NodeFactory.createLiteralString("Je ne suis coupable de rien"));
            g.add(q, KG.inArticle, article);
            g.add(repeated, KG.report, q);
        }
        List<String> corroborated = select(g, "corroborated-statements").stream()
                .map(r -> r.getResource("group").getURI()).toList();
        assertEquals(List.of(GROUP.getURI()), corroborated);
        List<String> once = select(g, "single-source-statements").stream()
                .map(r -> r.getLiteral("speakerName").getString() + "|" + r.getLiteral("reports").getInt()).sorted().toList();
        assertEquals(List.of("Paul Durand|2", "ministère des Affaires étrangères|1"), once);
    }

    @Test
    void evidenceSpanIsTheArticleTextAtTheOffsets() {
        for (QuerySolution r : select("fact-evidence")) {
            if (r.getResource("fact").getURI().equals(fact("a01", "quote-1").getURI())) {
                assertEquals("Nous n'avons pas d'accord, mais une discussion franche", r.getLiteral("span").getString());
                assertEquals("quote-marks", r.getLiteral("rule").getString());
                return;
            }
        }
        fail("no evidence for quote-1");
    }

    @Test
    void everyLibraryQueryAnswersOnTheSample() throws IOException {
        for (Path file : queryFiles()) {
            String name = file.getFileName().toString().replace(".rq", "");
            assertFalse(select(name).isEmpty(), name + " returns no row on the sample graph");
        }
        List<String> talkedAbout = select("talked-about").stream()
                .map(r -> r.getLiteral("speakerName").getString() + " -> " + r.getLiteral("subjectLabel").getString())
                .toList();
        assertTrue(talkedAbout.contains("Jeanne Martin -> Paul Durand"), talkedAbout.toString());
        assertEquals(1, select("low-confidence").size());
    }

    private static List<String> columns(String query) {
        return QueryFactory.create(readQuery(query)).getResultVars();
    }

    /** The query's rows as "a|b|c", an unbound value as empty, as the scorer reads its CSV. */
    private static List<String> rows(String query) {
        List<String> vars = columns(query);
        return select(query).stream().map(r -> vars.stream().map(v -> {
            RDFNode n = r.get(v);
            return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
        }).collect(Collectors.joining("|"))).toList();
    }

    private static List<QuerySolution> select(String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(readQuery(query)).build()) {
                ResultSet rs = qe.execSelect();
                List<QuerySolution> out = new ArrayList<>();
                rs.forEachRemaining(out::add);
                return out;
            }
        });
    }

    /** The query over one graph, as the default graph. */
    private static List<QuerySolution> select(Graph g, String query) {
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(g)).query(readQuery(query)).build()) {
            List<QuerySolution> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(out::add);
            return out;
        }
    }

    private static String sortParticipants(String row) {
        String[] cells = row.split("\\|", -1);
        cells[2] = Stream.of(cells[2].split(" ; ")).sorted().collect(Collectors.joining(" ; "));
        return String.join("|", cells);
    }

    private static String readQuery(String name) {
        try {
            return Files.readString(QUERIES.resolve(name + ".rq"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The IRIs of the public Node constants of {@link KG}. */
    private static Set<Node> kgTerms() {
        Set<Node> terms = new HashSet<>();
        for (Field f : KG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                try {
                    terms.add((Node) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return terms;
    }

    private static Set<String> languages(Node s, Node p) {
        return ontology.find(s, p, Node.ANY).mapWith(t -> t.getObject().getLiteralLanguage()).toSet();
    }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toSet();
    }

    /** Whether a node of the union graph belongs to a class or owl:unionOf class expression of the ontology. */
    private static boolean isInstance(Node node, Node classExpression) {
        Optional<Node> members = ontology.find(classExpression, OWL.unionOf.asNode(), Node.ANY).nextOptional()
                .map(Triple::getObject);
        if (members.isPresent()) {
            return GraphList.members(new GNode(ontology, members.get())).stream().anyMatch(c -> isInstance(node, c));
        }
        return objects(union, node, RDF.type.asNode()).stream().anyMatch(t -> isSubClass(t, classExpression));
    }

    private static boolean isSubClass(Node sub, Node sup) {
        ArrayDeque<Node> todo = new ArrayDeque<>(List.of(sub));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            if (c.equals(sup)) {
                return true;
            }
            if (seen.add(c)) {
                todo.addAll(objects(ontology, c, RDFS.subClassOf.asNode()));
            }
        }
        return false;
    }

    private static Node fact(String stem, String local) {
        return NodeFactory.createURI(IRIS.article(stem) + "/" + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEach(c::add);
        return c;
    }

    private static void replace(Graph g, Node s, Node p, Node o) {
        g.remove(s, p, Node.ANY);
        g.add(s, p, o);
    }

    /**
     * Three invented articles. a01 has every kind of fact; b02 names the same two people ("Martin" alone) and
     * repeats a01's quote with typographic apostrophes; c03 has one person twice ("Durand", "Paul Durand"),
     * as an article whose own coreference missed the link would.
     */
    private static final class Sample {

        static ArticleFacts articleA() {
            Text t = new Text(
                    "La porte-parole du ministère des Affaires étrangères, Jeanne Martin, a rencontré vendredi à Genève Paul Durand.",
                    "« Nous n'avons pas d'accord, mais une discussion franche », a déclaré Mme Martin.",
                    "Paul Durand, détenu à Moscou, a été condamné à neuf ans de prison.",
                    "« Le dialogue se poursuivra dans les prochaines semaines », a indiqué le ministère des Affaires étrangères (MAE).",
                    "« Aucun accord n'est en vue pour le moment », selon une source proche du dossier.",
                    "Mme Martin a ensuite appelé Paul Durand, qui a dit que sa famille attendait des nouvelles.");
            String ministry = "ministère des Affaires étrangères";
            return new ArticleFacts(t.article("a01.txt", "2022-07-29"), "fr",
                    List.of(new PersonMention("p1", "Jeanne Martin", Set.of("Jeanne Martin", "Mme Martin"), Gender.FEMININE,
                                    t.evidence("Jeanne Martin", "person-name", 0.9)),
                            new PersonMention("p2", "Paul Durand", Set.of("Paul Durand"), Gender.MASCULINE,
                                    t.evidence("Paul Durand", "person-name", 0.9))),
                    List.of(new Statement(Statement.Kind.QUOTATION, "Nous n'avons pas d'accord, mais une discussion franche",
                                    Speaker.person("p1"), t.evidence("Nous n'avons pas d'accord, mais une discussion franche", "quote-marks", 0.9)),
                            new Statement(Statement.Kind.QUOTATION, "Le dialogue se poursuivra dans les prochaines semaines",
                                    Speaker.organization(ministry, "MAE"), t.evidence("Le dialogue se poursuivra", "quote-marks", 0.8)),
                            new Statement(Statement.Kind.QUOTATION, "Aucun accord n'est en vue pour le moment",
                                    Speaker.unnamed("une source proche du dossier"), t.evidence("Aucun accord", "quote-marks", 0.8)),
                            new Statement(Statement.Kind.INDIRECT, "sa famille attendait des nouvelles",
                                    Speaker.person("p2"), t.evidence("qui a dit que sa famille attendait des nouvelles", "dire-que", 0.5))),
                    List.of(new Detention("p2", "RU", "Moscou", "neuf ans",
                            t.evidence("détenu à Moscou, a été condamné à neuf ans", "detenu-a", 0.8))),
                    List.of(new RoleFact("p1", "porte-parole", ministry, null,
                            t.evidence("porte-parole du ministère des Affaires étrangères, Jeanne Martin", "title-apposition", 0.85))),
                    List.of(new Meeting(Meeting.Kind.MEETING, List.of("p1", "p2"), "vendredi", "Genève", "CH",
                                    t.evidence("a rencontré vendredi à Genève", "rencontrer", 0.7)),
                            new Meeting(Meeting.Kind.CALL, List.of("p1", "p2"), null, null, null,
                                    t.evidence("a ensuite appelé", "appeler", 0.7))));
        }

        static ArticleFacts articleB() {
            Text t = new Text(
                    "Martin a répété jeudi : “Nous n’avons pas d’accord, mais une discussion franche”.",
                    "Elle a ajouté que le sort de Paul Durand restait sa priorité.");
            return new ArticleFacts(t.article("b02.txt", "2022-08"), "fr",
                    List.of(new PersonMention("p1", "Martin", Set.of("Martin"), Gender.UNKNOWN,
                                    t.evidence("Martin", "person-name", 0.7)),
                            new PersonMention("p2", "Paul Durand", Set.of("Paul Durand"), Gender.MASCULINE,
                                    t.evidence("Paul Durand", "person-name", 0.9))),
                    List.of(new Statement(Statement.Kind.QUOTATION, "Nous n’avons pas d’accord, mais une discussion franche",
                                    Speaker.person("p1"), t.evidence("Nous n’avons pas d’accord, mais une discussion franche", "quote-marks", 0.9)),
                            new Statement(Statement.Kind.INDIRECT, "le sort de Paul Durand restait sa priorité",
                                    Speaker.person("p1"), t.evidence("a ajouté que le sort de Paul Durand restait sa priorité", "ajouter-que", 0.7))),
                    List.of(), List.of(), List.of());
        }

        static ArticleFacts articleC() {
            Text t = new Text("Durand est toujours détenu en Russie, a rappelé sa sœur.",
                    "Paul Durand avait été arrêté en mars.");
            return new ArticleFacts(t.article("c03.txt", "2022-09"), "fr",
                    List.of(new PersonMention("p1", "Durand", Set.of("Durand"), Gender.MASCULINE,
                                    t.evidence("Durand", "person-name", 0.7)),
                            new PersonMention("p2", "Paul Durand", Set.of("Paul Durand"), Gender.MASCULINE,
                                    t.evidence("Paul Durand", "person-name", 0.9))),
                    List.of(),
                    List.of(new Detention("p1", "RU", null, null, t.evidence("détenu en Russie", "detenu-en", 0.8))),
                    List.of(), List.of());
        }
    }

    /** An article body made of sentences, and the evidence of a snippet found in it. */
    private record Text(List<String> sentences, String body) {

        Text(String... sentences) {
            this(List.of(sentences), String.join(" ", sentences));
        }

        Article article(String fileName, String date) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
                return new Article(fileName, body, Optional.of(date), HexFormat.of().formatHex(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Evidence evidence(String snippet, String rule, double confidence) {
            int start = body.indexOf(snippet);
            int offset = 0;
            for (int i = 0; i < sentences.size(); i++) {
                String s = sentences.get(i);
                if (start < offset + s.length()) {
                    return new Evidence(i, s, start, start + snippet.length(), rule, confidence);
                }
                offset += s.length() + 1;
            }
            throw new IllegalArgumentException(snippet);
        }
    }
}
