package org.newskg.server;

import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.Iris;
import org.newskg.rdf.KG;

/** A small TDB2 store with two article graphs, written the way the build writes them. */
final class TestStore {

    static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    static final Node ARTICLE_1 = uri(IRIS.article("a1"));
    static final Node ARTICLE_2 = uri(IRIS.article("a2"));
    static final Node PERSON_X = uri(IRIS.person("xenia-exemple"));
    static final Node PERSON_Y = uri(IRIS.person("yann-test"));
    static final Node QUOTE = uri(IRIS.fact("a1", "quote", 1));
    static final Node ROLE = uri(IRIS.fact("a1", "role", 1));
    static final Node DETENTION = uri(IRIS.fact("a2", "detention", 1));
    static final Node MEETING = uri(IRIS.fact("a2", "meeting", 1));
    static final Node RUSSIA = uri(IRIS.country("RU"));

    static final String X_LABEL = "Xénia Exemple";
    static final String Y_LABEL = "Yann <Test> & Co";
    static final String QUOTE_TEXT = "Nous voulons un accord rapide";
    static final String QUOTE_SENTENCE = "« Nous voulons un accord rapide », a-t-elle déclaré.";

    private TestStore() {
    }

    static DatasetGraph create(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        dsg.executeWrite(() -> {
            Node g1 = ARTICLE_1;
            dsg.add(g1, ARTICLE_1, RDF.type.asNode(), KG.NewsArticle);
            dsg.add(g1, PERSON_X, RDF.type.asNode(), KG.Person);
            dsg.add(g1, PERSON_X, RDFS.label.asNode(), lit(X_LABEL));
            dsg.add(g1, PERSON_X, KG.skosAltLabel, lit("X. Exemple"));
            dsg.add(g1, PERSON_X, KG.said, QUOTE);
            dsg.add(g1, QUOTE, RDF.type.asNode(), KG.Quotation);
            dsg.add(g1, QUOTE, KG.speaker, PERSON_X);
            dsg.add(g1, QUOTE, KG.text, lit(QUOTE_TEXT));
            dsg.add(g1, QUOTE, KG.inArticle, ARTICLE_1);
            dsg.add(g1, QUOTE, KG.sentence, lit(QUOTE_SENTENCE));
            dsg.add(g1, QUOTE, KG.sentenceIndex, NodeFactory.createLiteralDT("2", XSDDatatype.XSDnonNegativeInteger));
            dsg.add(g1, PERSON_X, KG.holds, ROLE);
            dsg.add(g1, ROLE, RDF.type.asNode(), KG.RoleHolding);
            dsg.add(g1, ROLE, KG.holder, PERSON_X);
            dsg.add(g1, ROLE, KG.roleLabel, lit("ministre des affaires étrangères"));
            dsg.add(g1, ROLE, KG.inArticle, ARTICLE_1);

            Node g2 = ARTICLE_2;
            dsg.add(g2, ARTICLE_2, RDF.type.asNode(), KG.NewsArticle);
            dsg.add(g2, PERSON_X, RDF.type.asNode(), KG.Person);
            dsg.add(g2, PERSON_X, RDFS.label.asNode(), lit(X_LABEL));
            dsg.add(g2, PERSON_Y, RDF.type.asNode(), KG.Person);
            dsg.add(g2, PERSON_Y, RDFS.label.asNode(), lit(Y_LABEL));
            dsg.add(g2, PERSON_Y, KG.detainedIn, RUSSIA);
            dsg.add(g2, RUSSIA, RDF.type.asNode(), KG.Country);
            dsg.add(g2, RUSSIA, RDFS.label.asNode(), lit("Russie"));
            dsg.add(g2, RUSSIA, KG.isoCode, lit("RU"));
            dsg.add(g2, DETENTION, RDF.type.asNode(), KG.Detention);
            dsg.add(g2, DETENTION, KG.detainee, PERSON_Y);
            dsg.add(g2, DETENTION, KG.country, RUSSIA);
            dsg.add(g2, DETENTION, KG.inArticle, ARTICLE_2);
            dsg.add(g2, MEETING, RDF.type.asNode(), KG.Meeting);
            dsg.add(g2, MEETING, KG.participant, PERSON_X);
            dsg.add(g2, MEETING, KG.participant, PERSON_Y);
            dsg.add(g2, MEETING, KG.inArticle, ARTICLE_2);
        });
        return dsg;
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
