package org.newskg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newskg.article.Article;
import org.newskg.lexicon.Lexicon;
import org.newskg.mention.Doc;
import org.newskg.mention.NameFinder;
import org.newskg.mention.NameMention;
import org.newskg.mention.QuoteSpan;
import org.newskg.mention.QuoteSpans;
import org.newskg.mention.RolePhrases;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.FrenchNlp;
import org.newskg.text.Fold;

/**
 * Extracts the facts of one article: NLP, then name and quotation mentions, then persons, roles, quotes
 * with their speakers, detentions and meetings. A pure function of the article and the static resources,
 * with no shared mutable state: one instance serves every thread.
 */
public final class ArticleExtractor {

    /** "ancien", "ancienne", "ex-" right before a role. */
    private static final Pattern FORMER = Pattern.compile("\\b(ancien|ancienne|ex)[- ]*$");
    private static final int FORMER_REACH = 10;

    private final FrenchNlp nlp;
    private final Lexicon lex;
    private final RolePhrases roles;
    private final NameFinder names;
    private final RoleExtractor roleExtractor;
    private final DetentionExtractor detentions;
    private final MeetingExtractor meetings;

    public ArticleExtractor(FrenchNlp nlp, Lexicon lex) {
        this.nlp = nlp;
        this.lex = lex;
        this.roles = new RolePhrases(lex);
        this.names = new NameFinder(lex, roles);
        this.roleExtractor = new RoleExtractor(lex, roles);
        this.detentions = new DetentionExtractor(lex, roles);
        this.meetings = new MeetingExtractor(lex);
    }

    public static ArticleExtractor load() {
        return new ArticleExtractor(FrenchNlp.load(Lexicon.get().countries()::isPlaceAdjective), Lexicon.get());
    }

    public ArticleFacts extract(Article article) {
        String language = nlp.language(article.text());
        if (!"fr".equals(language)) {
            return new ArticleFacts(article, language, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        AnalyzedText analyzed = nlp.analyze(article.text());
        List<QuoteSpan> quotes = QuoteSpans.find(article.text());
        Doc doc = new Doc(analyzed, quotes);
        List<NameMention> mentions = names.find(doc);
        PersonTable persons = new PersonTable(doc, mentions);
        List<RoleFact> roleFacts = roleExtractor.extract(doc, mentions, persons);
        Salience salience = new Salience();
        SpeakerFinder speakers = new SpeakerFinder(lex, roles, doc, persons, salience, roleFacts, new HeldPersons(doc, persons, roleFacts));
        List<Statement> statements = new QuoteExtractor(doc, quotes, persons, speakers, salience).extract();
        List<RoleFact> roleList = distinct(roleFacts, speakers.inferredRoles());
        // after the quotations: what their pronouns taught of the persons' genders helps place the detentions
        return new ArticleFacts(article, language, persons.persons(doc), statements,
                notOfGovernors(detentions.extract(doc, persons, roleFacts), roleList, article.text()), roleList, meetings.extract(doc, persons));
    }

    /** The persons the article's detentions hold, read once if a speaker ("le détenu") asks. */
    private final class HeldPersons implements Supplier<Set<String>> {
        private final Doc doc;
        private final PersonTable persons;
        private final List<RoleFact> givenRoles;
        private Set<String> ids;

        HeldPersons(Doc doc, PersonTable persons, List<RoleFact> givenRoles) {
            this.doc = doc;
            this.persons = persons;
            this.givenRoles = givenRoles;
        }

        @Override
        public Set<String> get() {
            if (ids == null) {
                // as the final pass does, not those who govern ("le secrétaire d'État … , X, se veut rassurant")
                ids = notOfGovernors(detentions.extract(doc, persons, givenRoles), givenRoles, doc.text()).stream()
                        .map(Detention::personId).collect(Collectors.toSet());
            }
            return ids;
        }
    }

    /**
     * The detentions of persons other than those the article names as governing a state ({@code
     * governing-offices.txt}); "l'ancien Premier ministre X" governs no more.
     */
    private static List<Detention> notOfGovernors(List<Detention> found, List<RoleFact> roles, String text) {
        Set<String> governing = roles.stream().filter(r -> GoverningOffices.governs(r.role())
                && !FORMER.matcher(Fold.of(text.substring(Math.max(0, r.evidence().start() - FORMER_REACH), r.evidence().start()))).find())
                .map(RoleFact::personId).collect(Collectors.toSet());
        return found.stream().filter(d -> !governing.contains(d.personId())).toList();
    }

    /** One role fact per person and wording: the first, with its evidence. */
    private static List<RoleFact> distinct(List<RoleFact> read, List<RoleFact> inferred) {
        Map<String, RoleFact> roles = new LinkedHashMap<>();
        Stream.concat(read.stream(), inferred.stream())
                .forEach(r -> roles.putIfAbsent(r.personId() + "\t" + Fold.of(r.role()), r));
        return List.copyOf(roles.values());
    }
}
