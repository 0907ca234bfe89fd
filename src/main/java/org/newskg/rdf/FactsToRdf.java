package org.newskg.rdf;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.article.Article;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Detention;
import org.newskg.extract.Evidence;
import org.newskg.extract.Meeting;
import org.newskg.extract.PersonMention;
import org.newskg.extract.RoleFact;
import org.newskg.extract.Statement;
import org.newskg.lexicon.Lexicon;
import org.newskg.resolve.ResolvedPerson;

/**
 * Maps one article's facts to the RDF of its named graph. Persons get the IRI the corpus-wide resolution
 * gave their name; every fact node carries its provenance (article, sentence, offsets, extractor, rule,
 * confidence).
 */
public final class FactsToRdf {

    /** Name and version of this extractor, recorded on every fact it makes. */
    public static final String EXTRACTOR = "newskg-rules";
    /**
     * The release, then the fingerprint of the rules ({@link RulesFingerprint}): a build with other rules
     * re-extracts the articles the store holds.
     */
    public static final String EXTRACTOR_VERSION = version("0.1.0", RulesFingerprint.ofRunningCode());

    private final Iris iris;

    private static String version(String release, String fingerprint) {
        return fingerprint.isEmpty() ? release : release + "-" + fingerprint;
    }

    public FactsToRdf(Iris iris) {
        this.iris = iris;
    }

    /** @param personOf the corpus-wide person of each name this article gives */
    public Graph toGraph(ArticleFacts facts, Function<String, ResolvedPerson> personOf) {
        return new Writer(facts, personOf).write();
    }

    private final class Writer {
        private final ArticleFacts facts;
        private final Function<String, ResolvedPerson> personOf;
        private final Graph g = new ArticleGraph();
        private final Node article;
        private final Node extractor;
        private final Map<String, Node> personNodes = new HashMap<>();
        private final Map<String, Integer> counters = new HashMap<>();

        Writer(ArticleFacts facts, Function<String, ResolvedPerson> personOf) {
            this.facts = facts;
            this.personOf = personOf;
            this.article = uri(iris.article(facts.article().stem()));
            this.extractor = uri(iris.extractor(EXTRACTOR + "-" + EXTRACTOR_VERSION));
        }

        Graph write() {
            writeArticle();
            facts.persons().forEach(this::writePerson);
            facts.statements().forEach(this::writeStatement);
            facts.detentions().forEach(this::writeDetention);
            facts.roles().forEach(this::writeRole);
            facts.meetings().forEach(this::writeMeeting);
            return g;
        }

        private void writeArticle() {
            Article a = facts.article();
            add(article, RDF.type.asNode(), KG.NewsArticle);
            add(article, KG.sourceFile, lit(a.fileName()));
            add(article, KG.language, lit(facts.language()));
            add(article, KG.contentHash, lit(a.sha256()));
            add(article, KG.text, lit(a.text()));
            a.date().ifPresent(d -> add(article, KG.published, date(d)));
            add(extractor, RDF.type.asNode(), KG.Extractor);
            add(extractor, RDFS.label.asNode(), lit(EXTRACTOR));
            add(extractor, KG.version, lit(EXTRACTOR_VERSION));
        }

        private void writePerson(PersonMention p) {
            ResolvedPerson resolved = personOf.apply(p.name());
            Node person = uri(iris.person(resolved.slug()));
            personNodes.put(p.id(), person);
            add(person, RDF.type.asNode(), KG.Person);
            add(person, RDFS.label.asNode(), lit(resolved.label()));
            Node mention = fact("mention", p.first());
            add(mention, RDF.type.asNode(), KG.Mention);
            add(mention, KG.mentionOf, person);
            add(mention, KG.form, lit(p.name()));
            p.forms().stream().filter(f -> !f.equals(p.name())).forEach(f -> add(person, KG.skosAltLabel, lit(f)));
        }

        private void writeStatement(Statement s) {
            Node node = fact(s.kind() == Statement.Kind.QUOTATION ? "quote" : "statement", s.evidence());
            add(node, RDF.type.asNode(), s.kind() == Statement.Kind.QUOTATION ? KG.Quotation : KG.IndirectStatement);
            add(node, KG.text, lit(s.text()));
            switch (s.speaker().kind()) {
                case PERSON -> {
                    Node person = personNodes.get(s.speaker().personId());
                    add(node, KG.speaker, person);
                    add(person, KG.said, node);
                }
                case ORGANIZATION -> {
                    Node org = organization(s.speaker().label());
                    if (s.speaker().acronym() != null) {
                        add(org, KG.skosAltLabel, lit(s.speaker().acronym()));
                    }
                    add(node, KG.speaker, org);
                    add(org, KG.said, node);
                }
                case UNNAMED -> add(node, KG.speakerDescription, lit(s.speaker().label()));
            }
        }

        private void writeDetention(Detention d) {
            Node node = fact("detention", d.evidence());
            Node person = personNodes.get(d.personId());
            Node country = country(d.countryCode());
            add(node, RDF.type.asNode(), KG.Detention);
            add(node, KG.detainee, person);
            add(node, KG.country, country);
            add(person, KG.detainedIn, country);
            if (d.place() != null) {
                Node place = uri(iris.place(d.place()));
                add(place, RDF.type.asNode(), KG.Place);
                add(place, RDFS.label.asNode(), lit(d.place()));
                add(place, KG.inCountry, country);
                add(node, KG.place, place);
            }
            if (d.sentenceLength() != null) {
                add(node, KG.sentenceLength, lit(d.sentenceLength()));
            }
        }

        private void writeRole(RoleFact r) {
            Node node = fact("role", r.evidence());
            Node person = personNodes.get(r.personId());
            add(node, RDF.type.asNode(), KG.RoleHolding);
            add(node, KG.holder, person);
            add(person, KG.holds, node);
            add(node, KG.roleLabel, lit(r.role()));
            if (r.organization() != null) {
                add(node, KG.organization, organization(r.organization()));
            }
            if (r.countryCode() != null) {
                add(node, KG.country, country(r.countryCode()));
            }
        }

        private void writeMeeting(Meeting m) {
            Node node = fact(m.kind() == Meeting.Kind.CALL ? "call" : "meeting", m.evidence());
            add(node, RDF.type.asNode(), m.kind() == Meeting.Kind.CALL ? KG.Call : KG.Meeting);
            m.participantIds().forEach(id -> add(node, KG.participant, personNodes.get(id)));
            if (m.date() != null) {
                add(node, KG.date, lit(m.date()));
            }
            if (m.place() != null) {
                Node place = uri(iris.place(m.place()));
                add(place, RDF.type.asNode(), KG.Place);
                add(place, RDFS.label.asNode(), lit(m.place()));
                if (m.countryCode() != null) {
                    add(place, KG.inCountry, country(m.countryCode()));
                }
                add(node, KG.place, place);
            }
        }

        /** A fact node of this article with its provenance. */
        private Node fact(String kind, Evidence e) {
            int n = counters.merge(kind, 1, Integer::sum);
            Node node = uri(iris.fact(facts.article().stem(), kind, n));
            add(node, KG.inArticle, article);
            add(node, KG.sentence, lit(e.sentence()));
            add(node, KG.sentenceIndex, integer(e.sentenceIndex()));
            add(node, KG.beginIndex, integer(e.start()));
            add(node, KG.endIndex, integer(e.end()));
            add(node, KG.extractor, extractor);
            add(node, KG.rule, lit(e.rule()));
            add(node, KG.confidence, NodeFactory.createLiteralDT(Double.toString(e.confidence()), XSDDatatype.XSDdouble));
            return node;
        }

        private Node organization(String label) {
            Node org = uri(iris.organization(label));
            add(org, RDF.type.asNode(), KG.Organization);
            add(org, RDFS.label.asNode(), lit(label));
            return org;
        }

        /** A country with its ISO code and its names in French (the lexicon's) and English (the JDK's). */
        private Node country(String code) {
            Node c = uri(iris.country(code));
            add(c, RDF.type.asNode(), KG.Country);
            add(c, KG.isoCode, lit(code));
            Lexicon.get().countries().byCode(code)
                    .ifPresent(country -> add(c, RDFS.label.asNode(), NodeFactory.createLiteralLang(country.name(), "fr")));
            String english = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!english.isEmpty() && !english.equals(code)) {
                add(c, RDFS.label.asNode(), NodeFactory.createLiteralLang(english, "en"));
            }
            return c;
        }

        private void add(Node s, Node p, Node o) {
            g.add(s, p, o);
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    /** {@code 2022-07} is an xsd:gYearMonth, {@code 2022-07-29} an xsd:date, anything else a plain string. */
    private static Node date(String d) {
        if (d.matches("\\d{4}-\\d{2}")) {
            return NodeFactory.createLiteralDT(d, XSDDatatype.XSDgYearMonth);
        }
        if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate);
        }
        return lit(d);
    }
}
