package org.newskg.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.newskg.article.Article;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.PersonMention;
import org.newskg.rdf.FactsToRdf;
import org.newskg.rdf.Iris;
import org.newskg.resolve.ResolvedPerson;

/**
 * What the store holds about one article: enough to tell whether its file changed since, and which person
 * each of its names was linked to.
 *
 * @param graph     the article's named graph
 * @param extractor the extractor (IRI) that made the graph
 * @param persons   each person name of the article with the person IRI and label it was given
 */
public record StoredArticle(String graph, String fileName, String sha256, String extractor, Set<PersonLink> persons) {

    /** A name as an article gives it ({@code kg:form} of its mention), linked to a person. */
    public record PersonLink(String name, String person, String label) {
    }

    public Set<String> names() {
        return persons.stream().map(PersonLink::name).collect(Collectors.toSet());
    }

    /** What the store holds about an article once {@link FactsToRdf} has written its facts with these persons. */
    static StoredArticle written(ArticleFacts facts, Function<String, ResolvedPerson> personOf, Iris iris) {
        Article a = facts.article();
        Set<PersonLink> links = new HashSet<>();
        for (PersonMention m : facts.persons()) {
            ResolvedPerson p = personOf.apply(m.name());
            links.add(new PersonLink(m.name(), iris.person(p.slug()), p.label()));
        }
        return new StoredArticle(iris.article(a.stem()), a.fileName(), a.sha256(), CorpusChanges.extractorIri(iris),
                Set.copyOf(links));
    }

    private static final String ARTICLES = """
            PREFIX kg: <https://w3id.org/newskg/ns#>
            SELECT ?g ?file ?hash (MIN(STR(?x)) AS ?extractor) {
              GRAPH ?g { ?a a kg:NewsArticle ; kg:sourceFile ?file ; kg:contentHash ?hash .
                         OPTIONAL { ?x a kg:Extractor } }
            } GROUP BY ?g ?file ?hash""";

    private static final String LINKS = """
            PREFIX kg: <https://w3id.org/newskg/ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?g ?form ?person ?label {
              GRAPH ?g { ?m a kg:Mention ; kg:form ?form ; kg:mentionOf ?person .
                         OPTIONAL { ?person rdfs:label ?label } }
            }""";

    /** Every article of the store, by file name. */
    public static Map<String, StoredArticle> readAll(DatasetGraph store) {
        return Txn.calculateRead(store, () -> {
            Map<String, Set<PersonLink>> links = new HashMap<>();
            try (QueryExec qe = QueryExec.dataset(store).query(LINKS).build()) {
                qe.select().forEachRemaining(b -> links.computeIfAbsent(str(b, "g"), g -> new HashSet<>())
                        .add(new PersonLink(str(b, "form"), str(b, "person"), str(b, "label"))));
            }
            Map<String, StoredArticle> articles = new HashMap<>();
            try (QueryExec qe = QueryExec.dataset(store).query(ARTICLES).build()) {
                qe.select().forEachRemaining(b -> {
                    String g = str(b, "g");
                    articles.put(str(b, "file"), new StoredArticle(g, str(b, "file"), str(b, "hash"),
                            str(b, "extractor"), Set.copyOf(links.getOrDefault(g, Set.of()))));
                });
            }
            return articles;
        });
    }

    private static String str(Binding b, String var) {
        Node n = b.get(var);
        if (n == null) {
            return null;
        }
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
