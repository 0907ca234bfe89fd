package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The project's vocabulary ({@code ontology/newskg.ttl}) as Jena nodes. */
public final class KG {

    public static final String NS = "https://w3id.org/newskg/ns#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String DCT = "http://purl.org/dc/terms/";

    // classes
    public static final Node NewsArticle = kg("NewsArticle");
    public static final Node Person = kg("Person");
    public static final Node Organization = kg("Organization");
    public static final Node Country = kg("Country");
    public static final Node Place = kg("Place");
    public static final Node Statement = kg("Statement");
    public static final Node Quotation = kg("Quotation");
    public static final Node IndirectStatement = kg("IndirectStatement");
    public static final Node Detention = kg("Detention");
    public static final Node RoleHolding = kg("RoleHolding");
    public static final Node Meeting = kg("Meeting");
    public static final Node Call = kg("Call");
    public static final Node Mention = kg("Mention");
    public static final Node Extractor = kg("Extractor");
    public static final Node StatementGroup = kg("StatementGroup");

    // articles
    public static final Node sourceFile = kg("sourceFile");
    public static final Node published = kg("published");
    public static final Node language = kg("language");
    public static final Node contentHash = kg("contentHash");
    public static final Node text = kg("text");

    // mentions: which entity a form in an article names
    public static final Node mentionOf = kg("mentionOf");
    public static final Node form = kg("form");

    // provenance carried by every fact node
    public static final Node inArticle = kg("inArticle");
    public static final Node sentence = kg("sentence");
    public static final Node sentenceIndex = kg("sentenceIndex");
    public static final Node beginIndex = kg("beginIndex");
    public static final Node endIndex = kg("endIndex");
    public static final Node extractor = kg("extractor");
    public static final Node rule = kg("rule");
    public static final Node confidence = kg("confidence");
    public static final Node version = kg("version");

    // statements
    public static final Node speaker = kg("speaker");
    public static final Node said = kg("said");
    public static final Node speakerDescription = kg("speakerDescription");

    // corroboration: one statement reported by several quotations
    public static final Node report = kg("report");
    public static final Node reportCount = kg("reportCount");

    // detentions
    public static final Node detainee = kg("detainee");
    public static final Node country = kg("country");
    public static final Node place = kg("place");
    public static final Node sentenceLength = kg("sentenceLength");
    public static final Node detainedIn = kg("detainedIn");

    // roles
    public static final Node holder = kg("holder");
    public static final Node roleLabel = kg("roleLabel");
    public static final Node organization = kg("organization");
    public static final Node holds = kg("holds");

    // meetings
    public static final Node participant = kg("participant");
    public static final Node date = kg("date");

    // reference entities
    public static final Node isoCode = kg("isoCode");
    public static final Node inCountry = kg("inCountry");

    public static final Node skosAltLabel = NodeFactory.createURI(SKOS + "altLabel");
    public static final Node foafName = NodeFactory.createURI(FOAF + "name");

    private KG() {
    }

    private static Node kg(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
