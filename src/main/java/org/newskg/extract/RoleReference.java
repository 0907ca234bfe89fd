package org.newskg.extract;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.lexicon.Gender;
import org.newskg.lexicon.Lexicon;
import org.newskg.mention.Doc;
import org.newskg.mention.Grammar;
import org.newskg.mention.RolePhrase;
import org.newskg.mention.RolePhrases;
import org.newskg.mention.WordList;
import org.newskg.text.Fold;

/**
 * Whom a role noun stands for in one article: the name beside it, the person the article gave that role or an
 * office its periphrasis stands for (of the country its nationality names), the person just put forward, or
 * for a profession the salient person it describes; and the roles these readings give persons ("a écrit
 * l'athlète professionnelle"), which the article did not state beside their names.
 */
final class RoleReference {

    /** How far past a role's noun phrase a name in apposition may stand ("l'ambassadeur à Moscou, John X"). */
    private static final int APPOSITION_REACH = 4;
    private static final WordList PROFESSIONAL_TITLES = WordList.load("extract/professional-titles.tsv");

    /** "porte-parole du gouvernement": an office of government that speaks for others. */
    private static final String SPOKESMAN = "porte-parole";

    private final Lexicon lex;
    private final RolePhrases roles;
    private final Doc doc;
    private final PersonTable persons;
    private final Salience salience;
    private final Referents referents;
    /** The roles the article gave named persons, in article order. */
    private final List<RoleFact> givenRoles;
    private final Map<String, RoleFact> inferredRoles = new LinkedHashMap<>();

    RoleReference(Lexicon lex, RolePhrases roles, Doc doc, PersonTable persons, Salience salience, Referents referents,
                  List<RoleFact> givenRoles) {
        this.lex = lex;
        this.roles = roles;
        this.doc = doc;
        this.persons = persons;
        this.salience = salience;
        this.referents = referents;
        this.givenRoles = givenRoles;
    }

    /**
     * A role as subject: the name it introduces ("la porte-parole Maria Zakharova", "le porte-parole du
     * Conseil, John Kirby"), else the person the article gave that role or an office its periphrasis stands
     * for, else for a profession the salient person of its gender ("a écrit la basketteuse"; not after a
     * possessive: "son avocate" is somebody's lawyer), else the person just named whom the article gave no role,
     * else an unnamed source.
     */
    Optional<Attribution> byRole(RolePhrase role, int from, int to, String rule) {
        for (int m = role.to(); m < to; m++) {
            if (persons.personAt(m) != null && !complementOf(persons.nameStart(m, role.to()))) {
                return Optional.of(new Attribution(Speaker.person(persons.personAt(m)), rule + "+role-name", 0.9));
            }
        }
        Optional<String> apposed = appositionName(to);
        if (apposed.isPresent()) {
            // "l'avocate qui conseille la famille, Me X, se montre prudente : « … »": X holds the role, if the
            // role's gender allows ("Selon Me Y, une avocate qui conseille la famille, Wilmer Z pourrait …")
            if (!role.gender().contradicts(persons.gender(apposed.get()))) {
                inferRole(apposed.get(), role, "role:apposition-of-speaker");
            }
            return Optional.of(new Attribution(Speaker.person(apposed.get()), rule + "+role-apposition+apposition", 0.8));
        }
        boolean definite = from == role.from() || !doc.folded(from).startsWith("un");
        String holder = holderOf(role);
        if (definite && holder != null && !introducedUnnamed(role)) {
            if (givenRoles.stream().noneMatch(r -> r.personId().equals(holder))) {
                inferRole(holder, role, "role:titled-description"); // "Me X … a plaidé l'avocat"
            }
            return Optional.of(new Attribution(Speaker.person(holder), rule + "+role-holder", 0.8));
        }
        String officeHolder = definite && !introducedUnnamed(role) ? periphrasisHolder(role) : null;
        if (officeHolder == null && definite) {
            officeHolder = anotherTitleHolder(role).orElse(null);
        }
        if (officeHolder == null && definite && !introducedUnnamed(role)) {
            officeHolder = governmentMemberBefore(role).orElse(null);
        }
        if (officeHolder != null) {
            inferRole(officeHolder, role, "role:periphrasis-of-speaker");
            return Optional.of(new Attribution(Speaker.person(officeHolder), rule + "+role-periphrasis", 0.8));
        }
        if (takesUpAnonymousSource(from, role)) {
            return Optional.of(new Attribution(Speaker.unnamed(doc.phrase(from, to)), rule + SpeakerFinder.UNNAMED_SOURCE, 0.7));
        }
        // "son avocate", "sa sœur": somebody's lawyer is a person of their own, not the salient one the possessive
        // may well name
        boolean possessive = Grammar.possessive(doc.folded(from));
        if (definite && !possessive && role.isProfession() && !introducedIndefinite(role.head(), doc.sentenceOf(role.from()))) {
            // "l'enquêteur du KGB": an organisation's investigator, not a person the article gave another occupation
            boolean relational = organizationComplement(role.to());
            String of = personComplement(role.to()); // "l'avocat de X" is not X
            Optional<String> salient = salience.mostRecent(p -> !p.startsWith(SpeakerFinder.UNRESOLVED)
                    && (role.gender() == Gender.UNKNOWN || referents.genderOf(p) == role.gender())
                    && !(relational && givenOtherRole(p, role)) && !p.equals(of));
            if (salient.isPresent()) {
                inferRole(salient.get(), role, "role:description-of-speaker");
                return Optional.of(new Attribution(Speaker.person(salient.get()), rule + "+role-salient", 0.6));
            }
        }
        if (definite) {
            // "Donald X, lui, n'a pas boudé son plaisir. « … », a lancé le président américain": the person just put
            // forward, whom the article gave no role yet
            Optional<String> last = salience.mostRecent(p -> true).filter(p -> !p.startsWith(SpeakerFinder.UNRESOLVED)
                    && givenRoles.stream().noneMatch(r -> r.personId().equals(p))
                    && (role.gender() == Gender.UNKNOWN || referents.genderOf(p) == role.gender())
                    && namedJustBefore(p, role.from()));
            if (last.isPresent()) {
                inferRole(last.get(), role, "role:description-of-speaker");
                return Optional.of(new Attribution(Speaker.person(last.get()), rule + "+role-of-last-subject", 0.6));
            }
        }
        return Optional.of(new Attribution(Speaker.unnamed(doc.phrase(from, to)), rule + SpeakerFinder.UNRESOLVED_ROLE, 0.6));
    }

    /**
     * "Le conseiller fédéral X a évoqué le dossier. « … », a affirmé le chef de la diplomatie suisse": a role of
     * a named country, another title for the person just put forward, named in this sentence or the one before,
     * whom the article already gave a role of that country.
     */
    private Optional<String> anotherTitleHolder(RolePhrase role) {
        String country = countryOf(role);
        if (country == null) {
            return Optional.empty();
        }
        int offset = doc.token(role.from()).start();
        return salience.mostRecent(p -> !p.startsWith(SpeakerFinder.UNRESOLVED))
                .filter(p -> namedJustBefore(p, role.from()) && givenRoles.stream().anyMatch(r -> r.personId().equals(p)
                        && country.equals(countryOf(r))
                        && r.evidence().start() < offset));
    }

    /**
     * "X a lui-même évoqué l'affaire. « … », a affirmé le chef de l'État", "« … », a ajouté le vice-Premier
     * ministre" after "le ministre des Affaires étrangères, X": an office of government nobody holds in the
     * article yet, another title of the only person named in this sentence and the two before (of several, the only
     * one put forward as a subject or a speaker or given an office of government, of no other country, and then
     * the only one whose title the role shortens), when the article
     * gave that person no role or an office of government of no other country. Not a spokesman's office, which
     * is somebody else's.
     */
    private Optional<String> governmentMemberBefore(RolePhrase role) {
        if (!GoverningOffices.governs(role.label()) || Fold.of(role.label()).startsWith(SPOKESMAN)) {
            return Optional.empty();
        }
        Set<String> named = new HashSet<>();
        for (int m = doc.sentenceStart(Math.max(0, doc.sentenceOf(role.from()) - 2)); m < role.from(); m++) {
            if (persons.personAt(m) != null && !doc.quoted(m)) {
                named.add(persons.personAt(m));
            }
        }
        int offset = doc.token(role.from()).start();
        String country = countryOf(role);
        if (named.size() > 1) {
            // of several, the only one the article put forward or gave an office of government ("X s'était
            // entretenu avec son homologue Y"; not "le ministre A a rencontré le ministre B")
            named.removeIf(n -> !salience.putForward(n) && givenRoles.stream()
                    .noneMatch(r -> r.personId().equals(n) && GoverningOffices.governs(r.role())));
            // not one whose office is another country's ("le chef de la diplomatie française" after "le ministre, X,
            // … avec le ministre des Affaires étrangères pakistanais, Y")
            named.removeIf(n -> givenRoles.stream().anyMatch(r -> r.personId().equals(n) && r.evidence().start() < offset
                    && !compatible(country, countryOf(r))));
        }
        if (named.size() > 1) {
            // "le ministre" after "le chef de la diplomatie, X, … rencontrer le président Y": whose title it shortens
            named.removeIf(n -> givenRoles.stream().noneMatch(r -> r.personId().equals(n) && r.evidence().start() < offset
                    && roles.shortens(role.label(), r.role())));
        }
        if (named.size() != 1) {
            return Optional.empty();
        }
        String p = named.iterator().next();
        List<RoleFact> given = givenRoles.stream().filter(r -> r.personId().equals(p) && r.evidence().start() < offset).toList();
        boolean member = given.isEmpty() || given.stream().anyMatch(r -> GoverningOffices.governs(r.role())
                && compatible(country, countryOf(r)));
        return member && !role.gender().contradicts(referents.genderOf(p)) ? Optional.of(p) : Optional.empty();
    }

    /** Two countries that may be one: the same, or either unknown. */
    private static boolean compatible(String country, String other) {
        return country == null || other == null || country.equals(other);
    }

    /** "du KGB", "de la police": a "de" complement at token {@code k} that names an organisation. */
    private boolean organizationComplement(int k) {
        int head = k + 1 < doc.size() && Grammar.definiteArticle(doc.folded(k + 1)) ? k + 2 : k + 1;
        return head < doc.size() && Grammar.deComplement(doc.folded(k))
                && lex.organizations().longestAt(doc.foldedTokens(), head).isPresent();
    }

    /** The person of a "de" complement at token {@code k} ("de M. X", "du détenu X"), or null. */
    private String personComplement(int k) {
        if (k + 1 >= doc.size() || !Grammar.deComplement(doc.folded(k))) {
            return null;
        }
        int m = k + 1;
        while (m < doc.size() && m < k + 3 && persons.personAt(m) == null && !doc.token(m).isPunctuation()) {
            m++; // a title or a noun before the name
        }
        return m < doc.size() ? persons.personAt(m) : null;
    }

    /** Whether {@code person} is named in the sentence before token {@code k}'s, or in its own before {@code k}. */
    private boolean namedJustBefore(String person, int k) {
        int s = doc.sentenceOf(k);
        for (int m = doc.sentenceStart(Math.max(0, s - 1)); m < k; m++) {
            if (person.equals(persons.personAt(m))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the article gave {@code person} a role, none of which has the head of {@code role}. */
    private boolean givenOtherRole(String person, RolePhrase role) {
        List<String> given = givenRoles.stream().filter(r -> r.personId().equals(person)).map(r -> Fold.of(r.role())).toList();
        String head = Fold.of(role.head());
        return !given.isEmpty() && given.stream().noneMatch(r -> r.contains(head));
    }

    /** "a écrit l'athlète professionnel": a profession the article gives the person it resolved to. */
    private void inferRole(String person, RolePhrase role, String rule) {
        int s = doc.sentenceOf(role.from());
        Evidence e = new Evidence(s, doc.sentence(s).text(), doc.token(role.from()).start(),
                doc.token(role.to() - 1).end(), rule, 0.55);
        inferredRoles.putIfAbsent(person + "\t" + role.label(), new RoleFact(person, role.label(), null, null, e));
    }

    /**
     * "Un verdict très lourd pour cet ancien militaire américain": a profession after a demonstrative, with no
     * name of its own, describes the last salient person of its gender — unless the same word was just used
     * with an indefinite article ("un journaliste ... ce journaliste"), which it then refers back to.
     */
    void readDemonstrativeRoles(int s) {
        for (int k = doc.sentenceStart(s); k < doc.sentenceEnd(s) - 1; k++) {
            Gender demonstrative = Grammar.demonstrative(doc.folded(k));
            if (demonstrative == null || doc.quoted(k)) {
                continue;
            }
            int at = k + 1;
            Optional<RolePhrase> role = roles.at(doc, at).or(() -> roles.at(doc, at + 1)) // "cet ancien militaire"
                    .filter(r -> r.from() == at && r.isProfession());
            if (role.isEmpty() || persons.hasPersonAt(role.get().to()) || appositionName(role.get().to()).isPresent()
                    || introducedIndefinite(role.get().head(), s) || takesUpAnonymousSource(k, role.get())) {
                continue;
            }
            Gender g = role.get().gender() != Gender.UNKNOWN ? role.get().gender() : demonstrative;
            referents.lastNamedBefore(k, g).or(() -> salience.mostRecent(p -> !p.startsWith(SpeakerFinder.UNRESOLVED) && referents.genderOf(p) == g))
                    .ifPresent(p -> inferRole(p, role.get(), "role:demonstrative-description"));
        }
    }

    /**
     * "Selon une source proche du dossier, Paris a hésité. « … », résume ce diplomate": a demonstrative takes up
     * the anonymous source introduced, with an indefinite article, in its sentence or the one before.
     */
    private boolean takesUpAnonymousSource(int from, RolePhrase role) {
        // the inverted subject may start past its demonstrative ("», résume ce diplomate")
        int determiner = from == role.from() && from > 0 ? from - 1 : from;
        if (Grammar.demonstrative(doc.folded(determiner)) == null) {
            return false;
        }
        for (int k = previousSentenceStart(doc.sentenceOf(role.from())); k + 1 < determiner; k++) {
            if (!doc.quoted(k) && Grammar.indefiniteArticle(doc.folded(k))
                    && lex.unnamedSourceNouns().lengthAt(doc.foldedTokens(), k + 1) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether "un"/"une" + the first word of {@code head} stands in sentence {@code s} or the one before. */
    private boolean introducedIndefinite(String head, int s) {
        return indefiniteMention(head, previousSentenceStart(s), doc.sentenceEnd(s), false) >= 0;
    }

    private int previousSentenceStart(int s) {
        return doc.sentenceStart(Math.max(0, s - 1));
    }

    /**
     * Where "un"/"une" + the first word of {@code head} first stands from token {@code from} up to token
     * {@code limit}, outside quotation marks if {@code unquoted}; -1 when nowhere.
     */
    private int indefiniteMention(String head, int from, int limit, boolean unquoted) {
        String word = Fold.of(head).split(" ", 2)[0];
        for (int k = from + 1; k < limit; k++) {
            if (doc.folded(k).equals(word) && Grammar.indefiniteArticle(doc.folded(k - 1)) && !(unquoted && doc.quoted(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Un porte-parole du ministère, qui a requis l'anonymat, a déclaré que … « … », a ajouté le porte-parole":
     * the role came with an indefinite article and no name in this sentence or the one before, so the definite
     * one is that unnamed person, not the holder the article named earlier.
     */
    private boolean introducedUnnamed(RolePhrase role) {
        int k = indefiniteMention(role.head(), previousSentenceStart(doc.sentenceOf(role.from())), role.from(), true);
        if (k < 0) {
            return false;
        }
        int end = roles.at(doc, k).map(RolePhrase::to).orElse(k + 1);
        return !persons.hasPersonAt(end) && appositionName(end).isEmpty();
    }

    /** Roles read from the descriptions that named speakers ("la basketteuse", "l'athlète"). */
    List<RoleFact> inferredRoles() {
        return List.copyOf(inferredRoles.values());
    }

    /**
     * "le directeur de l'ONG de M. Kerbrat", "l'assistant du président X": the name at {@code m} is the
     * complement of a noun before it, not the holder of the role.
     */
    private boolean complementOf(int m) {
        int k = m - 1;
        while (k > 0 && Grammar.title(doc.folded(k)) && doc.token(k).isCapitalized()) {
            k--;
        }
        // "l'assistant du président X": the name of a role in the complement
        for (int j = Math.max(0, k - lex.roles().maxLength()); j <= k; j++) {
            Optional<RolePhrase> r = roles.at(doc, j);
            if (r.isPresent() && r.get().to() == k + 1 && r.get().from() > 0) {
                k = r.get().from() - 1;
                break;
            }
        }
        return Grammar.deComplement(doc.folded(k));
    }

    /** The person of ", John Kirby" within a few words after the end of a noun phrase. */
    Optional<String> appositionName(int npEnd) {
        int end = doc.sentenceEnd(doc.sentenceOf(Math.max(0, npEnd - 1)));
        for (int m = npEnd; m < Math.min(end - 1, npEnd + APPOSITION_REACH); m++) {
            if (doc.quoted(m) || ".".equals(doc.folded(m))) {
                break;
            }
            if (",".equals(doc.folded(m)) && persons.personAt(describedNameAt(m + 1)) != null) {
                return Optional.of(persons.personAt(describedNameAt(m + 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the name starts after a determiner and a role at {@code k} ("le professeur Klaus von Arnim") or a civil
     * title ("Me Aubierge X"), or k.
     */
    private int describedNameAt(int k) {
        if (Grammar.title(doc.folded(k)) && doc.token(k).isCapitalized()) {
            return k + 1;
        }
        if (!Grammar.knownDeterminer(doc.folded(k))) {
            return k;
        }
        return roles.at(doc, k + 1).filter(r -> r.from() == k + 1).map(RolePhrase::to).orElse(k);
    }

    /**
     * A role opening the sentence as its subject ("Le haut diplomate américain a ..."): its holder when the
     * article named one, after a fronted adjunct too ("De son côté, l'étudiante …"), else a placeholder of the
     * role's gender that keeps a later "il" from reaching back past it. A person's situation ("le retraité") is
     * the person last put forward, after an adjunct too.
     */
    Optional<String> roleSubject(int s, int subjectStart) {
        int source = Grammar.sourcePrepositionEnd(doc.foldedTokens(), doc.sentenceStart(s));
        if (source >= 0) {
            return indefiniteSource(source + 1, doc.sentenceEnd(s));
        }
        int k = subjectStart; // "De son côté, l'étudiante ne cache pas …": after a fronted adjunct
        if (k + 1 >= doc.sentenceEnd(s) || !Grammar.determiner(doc.folded(k))) {
            return Optional.empty();
        }
        boolean indefinite = doc.folded(k).startsWith("un");
        Gender article = Grammar.determinerGender(doc.folded(k));
        if (indefinite && lex.unnamedSourceNouns().contains(doc.folded(k + 1))) {
            // "Une source diplomatique a indiqué ... « ... », a-t-elle ajouté": nobody named
            return Optional.of(SpeakerFinder.UNRESOLVED + (article == Gender.FEMININE ? "f" : "m"));
        }
        Optional<RolePhrase> role = roles.at(doc, k + 1).or(() -> roles.at(doc, k + 2).filter(r -> r.from() == k + 1));
        if (role.isEmpty()) {
            return describedSubject(k);
        }
        if (namedAfter(role.get().to()) || appositionName(role.get().to()).isPresent()) {
            return Optional.empty();
        }
        // "Un diplomate occidental doute ...": a person the article does not name, whom "il" may then stand for
        String holder = indefinite ? null : holderOf(role.get());
        if (holder == null && !indefinite) {
            holder = anotherTitleHolder(role.get()).orElse(null);
        }
        if (holder != null) {
            return Optional.of(holder);
        }
        if (k > doc.sentenceStart(s) && (indefinite || role.get().isProfession() || !relational(role.get().to()))) {
            // after an adjunct, only a role the article gave somebody; the office of an organisation or a country
            // ("À Téhéran, le porte-parole de la diplomatie iranienne s'est gardé …") still keeps "il" from
            // reaching past it
            return Optional.empty();
        }
        Gender g = role.get().gender() != Gender.UNKNOWN ? role.get().gender() : article;
        Gender demonstrative = Grammar.demonstrative(doc.folded(k));
        if (demonstrative != null) { // "Cette infirmière de Rezé a appris ...": the person the article just presented
            Gender described = g != Gender.UNKNOWN ? g : demonstrative;
            Optional<String> presented = referents.lastNamedBefore(k, described)
                    .or(() -> salience.mostRecent(p -> !p.startsWith(SpeakerFinder.UNRESOLVED)
                            && (referents.genderOf(p) == described || referents.genderOf(p) == Gender.UNKNOWN)));
            if (presented.isPresent()) {
                return presented;
            }
        }
        if (Grammar.definiteArticle(doc.folded(k)) && role.get().isProfession()
                && !relational(role.get().to()) && indefiniteMention(role.get().head(), 0, k, false) < 0) {
            // "Clémentine X n'a pu lui parler qu'une fois. L'enseignante n'a jamais fait le voyage", "L'agronome
            // avait été arrêté": a trade naming the person last put forward, of its gender if it tells one, not one
            // an indefinite article brought in unnamed ("Un diplomate suisse … Le diplomate insiste")
            Optional<String> topic = lastPutForward(k, g);
            if (topic.isPresent()) {
                return topic;
            }
        }
        return Optional.of(SpeakerFinder.UNRESOLVED + (g == Gender.FEMININE ? "f" : "m"));
    }

    /**
     * "Dans un village, le retraité achète à un sculpteur, Y, deux masques": a noun of a person's situation after
     * a definite article ({@code mention/person-nouns.tsv}) as subject, the person last put forward.
     */
    private Optional<String> describedSubject(int k) {
        int length = Grammar.personNounAt(doc.foldedTokens(), k + 1);
        return length > 0 && Grammar.definiteArticle(doc.folded(k))
                ? lastPutForward(k, Grammar.personNounGender(doc.foldedTokens(), k + 1, length)) : Optional.empty();
    }

    /**
     * The person last put forward, when of gender {@code g} (any, if unknown) and nobody else was named since,
     * before token {@code k}.
     */
    private Optional<String> lastPutForward(int k, Gender g) {
        Optional<String> topic = salience.mostRecent(p -> !p.startsWith(SpeakerFinder.UNRESOLVED))
                .filter(p -> g == Gender.UNKNOWN || referents.genderOf(p) == g);
        Optional<String> named = referents.lastNamedBefore(k);
        return topic.isPresent() && (named.isEmpty() || named.equals(topic)) ? topic : Optional.empty();
    }

    /**
     * "L'avocat de Paul X", "l'avocate de la famille": a complement after the role at {@code k}, not an age ("de 38
     * ans").
     */
    private boolean relational(int k) {
        return k + 1 < doc.size() && Grammar.deComplement(doc.folded(k)) && !"NUM".equals(doc.pos(k + 1));
    }

    /** "L'avocat criminaliste montréalais X": a name at token {@code k}, or past two lower-case words after it. */
    private boolean namedAfter(int k) {
        int m = k;
        while (m < doc.size() && m < k + 2 && persons.personAt(m) == null && !doc.quoted(m)
                && !doc.token(m).isPunctuation() && !doc.token(m).isCapitalized() && !doc.token(m).hasPos("ADP")
                && !doc.token(m).hasPos("AUX")) { // the tagger reads some demonyms as verbs ("montréalais")
            m++;
        }
        return m < doc.size() && persons.personAt(m) != null;
    }

    /**
     * "Selon un diplomate européen, …", "D'après une source proche du dossier, …": a source the article does not
     * name, whom the "il" or "elle" of the next words stands for, as a placeholder of its gender.
     */
    private Optional<String> indefiniteSource(int k, int end) {
        if (k + 1 >= end || !Grammar.indefiniteArticle(doc.folded(k))) {
            return Optional.empty();
        }
        Gender g = Grammar.determinerGender(doc.folded(k));
        if (!lex.unnamedSourceNouns().contains(doc.folded(k + 1))) {
            Optional<RolePhrase> role = roles.at(doc, k + 1).filter(r -> r.from() == k + 1);
            if (role.isEmpty()) {
                return Optional.empty();
            }
            g = role.get().gender() != Gender.UNKNOWN ? role.get().gender() : g;
        }
        return Optional.of(SpeakerFinder.UNRESOLVED + (g == Gender.FEMININE ? "f" : "m"));
    }

    /**
     * The person the article gave this role before the phrase, of its country if it names one: same words (the
     * latest such), or the one person whose role this one shortens or extends ("le porte-parole" for
     * "porte-parole du gouvernement"); null when none or several.
     */
    private String holderOf(RolePhrase phrase) {
        String key = Fold.of(phrase.label());
        int offset = doc.token(phrase.from()).start();
        String country = countryOf(phrase);
        String exact = null;
        int exactOffset = -1;
        Set<String> holders = new HashSet<>();
        for (RoleFact r : givenRoles) {
            if (r.evidence().start() > offset) {
                break; // only a role the reader has already been given
            }
            if (country != null && r.countryCode() != null && !country.equals(r.countryCode())) {
                continue; // "le président rwandais" is not the Kazakh president named before
            }
            // "le géologue" is not the woman the article called "la géologue" after him: an epicene role has its
            // determiner's gender (RolePhrases)
            Gender held = referents.genderOf(r.personId());
            if (phrase.gender().contradicts(held)) {
                continue;
            }
            String role = Fold.of(r.role());
            if (role.equals(key)) {
                exact = r.personId();
                exactOffset = r.evidence().start();
            } else if (role.startsWith(key + " ") || key.startsWith(role + " ")) {
                holders.add(r.personId());
            }
        }
        int titled = lastTitled(key, phrase);
        if (titled >= 0 && doc.token(titled).start() > exactOffset) {
            return persons.personAt(titled + 1);
        }
        if (exact != null) {
            return exact;
        }
        return holders.size() == 1 ? holders.iterator().next() : null;
    }

    /**
     * "Me X … l'avocat de la famille": the last title before {@code phrase} that marks the profession whose noun
     * {@code key} is, before a person of no other gender; -1 when none.
     */
    private int lastTitled(String key, RolePhrase phrase) {
        for (int k = phrase.from() - 2; k >= 0; k--) {
            String nouns = PROFESSIONAL_TITLES.value(doc.folded(k));
            String person = persons.personAt(k + 1);
            if (nouns != null && person != null && doc.token(k).isCapitalized() && !doc.quoted(k)
                    && List.of(nouns.split(" ")).contains(key) && !phrase.gender().contradicts(referents.genderOf(person))) {
                return k;
            }
        }
        return -1;
    }

    /** The country of a role: its nationality adjective, or the one country whose office its title is. */
    private String countryOf(RolePhrase role) {
        return RoleExtractor.countryOf(lex, roles, doc, role, RoleExtractor.nationalityOf(lex, doc, role));
    }

    /** The country of a role given: its own, else the one whose office its title is ("chef de la diplomatie suisse"). */
    private String countryOf(RoleFact r) {
        return r.countryCode() != null ? r.countryCode() : roles.nationalOffice(r.role());
    }

    /**
     * "a déclaré le chef de la diplomatie" after "le ministre des Affaires étrangères, X": the one person the
     * article has already given an office the periphrasis stands for, of the country its nationality adjective
     * names if it has one; null for none or several.
     */
    private String periphrasisHolder(RolePhrase role) {
        int offset = doc.token(role.from()).start();
        String country = countryOf(role);
        Set<String> holders = RoleExtractor.officeHolders(roles, role, country,
                givenRoles.stream().takeWhile(r -> r.evidence().start() <= offset));
        return holders.size() == 1 ? holders.iterator().next() : null;
    }
}
