package org.newskg.store;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.newskg.rdf.Iris;
import org.newskg.rdf.KG;

/** The prefixes the store records and output uses: standard vocabularies and the project's IRI spaces. */
public final class KgPrefixes {

    private KgPrefixes() {
    }

    public static PrefixMap of(Iris iris) {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("rdf", RDF.getURI());
        pm.add("rdfs", RDFS.getURI());
        pm.add("xsd", XSD.getURI());
        pm.add("owl", OWL.getURI());
        pm.add("skos", SKOS.getURI());
        pm.add("foaf", FOAF.getURI());
        pm.add("prov", KG.PROV);
        pm.add("schema", KG.SCHEMA);
        pm.add("dct", KG.DCT);
        pm.add("dcat", DCAT.getURI());
        pm.add("void", VOID.getURI());
        pm.add("kg", KG.NS);
        pm.add("id", iris.base());
        for (String space : new String[] {"article", "person", "org", "country", "place", "extractor", "graph"}) {
            pm.add(space, iris.base() + space + "/");
        }
        return pm;
    }
}
