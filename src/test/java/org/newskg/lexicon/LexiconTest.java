package org.newskg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

    private final Lexicon lexicon = Lexicon.get();

    @ParameterizedTest
    @ValueSource(strings = {"countries.tsv", "places.tsv", "speech-verbs.tsv", "roles.tsv", "organizations.tsv",
            "detention-cues.tsv", "first-names.txt", "unnamed-source-nouns.txt", "function-words.txt",
            "calendar-words.txt", "name-particles.txt"})
    void everyDataFileOpensWithACommentSayingWhereItComesFrom(String file) throws IOException {
        try (InputStream in = Lexicon.class.getResourceAsStream("/org/newskg/lexicon/" + file)) {
            String header = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines().takeWhile(line -> line.startsWith("#")).reduce("", String::concat);
            assertTrue(header.contains("Source"), file);
        }
    }

    /** "À" and "A" are the preposition, "Où" and "Ou" the adverb; "Lê", a Vietnamese name, is not "le". */
    @Test
    void functionWordsAsWrittenKeepTheirOwnAccentsOrNone() {
        WordSet words = lexicon.functionWords();
        assertTrue(words.containsAsWritten("À"));
        assertTrue(words.containsAsWritten("A"));
        assertTrue(words.containsAsWritten("Le"));
        assertTrue(words.containsAsWritten("L’"));
        assertFalse(words.containsAsWritten("Lê"));
        assertTrue(words.contains("Lê"));
    }

    @Test
    void rolesTakeTheLongestTitle() {
        List<String> tokens = List.of("ministre", "des", "Affaires", "étrangères", "russe");
        PhraseMatch<RoleWord> match = lexicon.roles().longestAt(tokens, 0).orElseThrow();
        assertEquals(4, match.length());
        assertEquals("ministre des affaires étrangères", match.value().form());
        assertEquals("office", match.value().kind());
    }

    @Test
    void rolesKnowTheirGender() {
        assertEquals(Gender.FEMININE, role("ambassadrice").gender());
        assertEquals(Gender.MASCULINE, role("ambassadeur").gender());
        assertEquals(Gender.UNKNOWN, role("porte-parole").gender());
        assertEquals(Gender.FEMININE, lexicon.roles().longestAt(List.of("Première", "ministre"), 0).orElseThrow()
                .value().gender());
        assertEquals(3, lexicon.roles().longestAt(List.of("secrétaire", "d’", "État"), 0).orElseThrow().length());
        assertEquals("profession", role("journaliste").kind());
        assertEquals("profession", role("basketteuse").kind());
    }

    @Test
    void situationsAreNotRoles() {
        for (String situation : List.of("détenu", "détenue", "otage", "prisonnier", "opposant", "dissident",
                "militant", "victime", "ressortissant", "homologue")) {
            assertFalse(lexicon.roles().longestAt(List.of(situation), 0).isPresent(), situation);
        }
    }

    @Test
    void speechVerbFormsInEveryTense() {
        assertVerb("déclarer", "participle", "déclaré");
        assertVerb("déclarer", "participle", "déclarées");
        assertVerb("ajouter", "present", "ajoute");
        assertVerb("dire", "participle", "dit");
        assertVerb("indiquer", "present", "indiquent");
        assertVerb("affirmer", "imperfect", "affirmait");
        assertVerb("marteler", "present", "martèle");
        assertVerb("annoncer", "imperfect", "annonçait");
        assertVerb("reconnaître", "participle", "reconnu");
        assertVerb("répondre", "past", "répondit");
        assertVerb("s'exclamer", "present", "exclame");
        assertVerb("déclarer", "infinitive", "déclarer");
        assertFalse(lexicon.speechVerbs().form("maison").isPresent());
    }

    @Test
    void invertedIncisesAreSpeechVerbs() {
        assertVerb("ajouter", "present", "ajoute-t-il");
        assertVerb("dire", "participle", "dit-elle");
        assertVerb("poursuivre", "present", "poursuit-il");
        assertFalse(lexicon.speechVerbs().form("a-t-il").isPresent());
    }

    @Test
    void aFormOfSeveralTensesListsThemAll() {
        List<String> tenses = lexicon.speechVerbs().forms("dit").stream().map(SpeechVerb::tense).toList();
        assertEquals(List.of("participle", "present", "past"), tenses);
    }

    @Test
    void organizations() {
        assertEquals("government", lexicon.organizations().longestAt(List.of("ministère"), 0).orElseThrow().value());
        assertEquals("government", lexicon.organizations().longestAt(List.of("Kremlin"), 0).orElseThrow().value());
        PhraseMatch<String> house = lexicon.organizations().longestAt(List.of("la", "Maison", "Blanche"), 1).orElseThrow();
        assertEquals(2, house.length());
        assertEquals("international",
                lexicon.organizations().longestAt(List.of("Conseil", "de", "sécurité"), 0).orElseThrow().value());
        assertEquals("media", lexicon.organizations().longestAt(List.of("AFP"), 0).orElseThrow().value());
        assertFalse(lexicon.organizations().longestAt(List.of("les", "conseils"), 1).isPresent());
    }

    @Test
    void detentionCues() {
        PhraseMatch<String> custody = lexicon.detentionCues().longestAt(List.of("en", "garde", "à", "vue"), 0).orElseThrow();
        assertEquals(4, custody.length());
        assertEquals("custody", custody.value());
        assertEquals("arrest", cue("arrêtée"));
        assertEquals("detention", cue("détenus"));
        assertEquals("release", cue("libérée"));
        assertEquals("hostage", cue("otage"));
        assertEquals("colony", lexicon.detentionCues().longestAt(List.of("colonie", "pénitentiaire"), 0).orElseThrow().value());
        assertFalse(lexicon.detentionCues().longestAt(List.of("à", "peine"), 1).isPresent());
    }

    @Test
    void wordLists() {
        assertTrue(lexicon.firstNames().contains("Sergueï"));
        assertTrue(lexicon.firstNames().contains("sergei"));
        assertTrue(lexicon.firstNames().contains("Volodymyr"));
        assertTrue(lexicon.firstNames().contains("Jean-Pierre"));
        assertTrue(lexicon.firstNames().contains("Camille"));
        assertFalse(lexicon.firstNames().contains("Selon"));
        // a hyphenated compound of listed names is one, of its first part's sex
        assertTrue(lexicon.firstNames().contains("Frank-Walter"));
        assertFalse(lexicon.firstNames().contains("Frank-Selon"));
        assertEquals(Gender.FEMININE, lexicon.firstNameGender("Anne-Gaëlle"));
        assertEquals(Gender.MASCULINE, lexicon.firstNameGender("Frank-Walter"));
        assertTrue(lexicon.firstNames().size() > 3000);
        assertTrue(lexicon.functionWords().contains("Selon"));
        assertTrue(lexicon.functionWords().contains("Cependant"));
        assertTrue(lexicon.calendarWords().contains("Mars"));
        assertTrue(lexicon.calendarWords().contains("février"));
        assertTrue(lexicon.nameParticles().contains("von"));
        assertTrue(lexicon.unnamedSourceNouns().contains("diplomate"));
        assertEquals(2, lexicon.unnamedSourceNouns().lengthAt(List.of("un", "haut", "responsable"), 1));
        assertEquals(0, lexicon.unnamedSourceNouns().lengthAt(List.of("un", "haut", "responsable"), 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Maria", "Sophie", "Brittney", "Charlotte", "Olga", "Ségolène", "Gudrun", "maria"})
    void feminineFirstNames(String name) {
        assertEquals(Gender.FEMININE, lexicon.firstNameGender(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sergueï", "Sergei", "Viktor", "Antony", "François", "FRANCOIS", "Dmitri", "Jean",
            "Jean-Marie"})
    void masculineFirstNames(String name) {
        assertEquals(Gender.MASCULINE, lexicon.firstNameGender(name));
    }

    /** Names given to both sexes, names male in one language and female in another, and words that are no name. */
    @ParameterizedTest
    @ValueSource(strings = {"Camille", "Dominique", "Claude", "Sasha", "Andrea", "Michele", "Selon", "Poutine"})
    void firstNamesThatDoNotTellTheSex(String word) {
        assertEquals(Gender.UNKNOWN, lexicon.firstNameGender(word));
    }

    @Test
    void everyFirstNameHasAGender() throws IOException {
        try (InputStream in = Lexicon.class.getResourceAsStream("/org/newskg/lexicon/first-names.txt")) {
            List<String> names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            assertTrue(names.size() > 3000);
            for (String line : names) {
                assertTrue(line.matches("\\S([^\\t]*\\S)?\\t[mfu]"), line);
            }
        }
    }

    private RoleWord role(String word) {
        return lexicon.roles().longestAt(List.of(word), 0).orElseThrow(() -> new AssertionError(word)).value();
    }

    private String cue(String word) {
        return lexicon.detentionCues().longestAt(List.of(word), 0).orElseThrow(() -> new AssertionError(word)).value();
    }

    private void assertVerb(String lemma, String tense, String token) {
        Optional<SpeechVerb> verb = lexicon.speechVerbs().form(token);
        assertTrue(verb.isPresent(), token);
        assertEquals(lemma, verb.get().lemma(), token);
        assertEquals(tense, verb.get().tense(), token);
    }
}
