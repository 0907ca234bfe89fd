package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.Passages.detentions;
import static org.newskg.extract.Passages.extract;
import static org.newskg.extract.Passages.roles;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Detentions on short French news passages written for these tests (people and places of our own choosing), one
 * construction each: who is held, and by which country, as a careful reader understands it.
 */
class DetentionExtractionTest {

    private static Detention detentionOf(ArticleFacts f, String name) {
        return f.detentions().stream().filter(d -> f.person(d.personId()).name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * A head of state named in a sentence that tells of arrests is not arrested; a former prime minister can be
     * (governing-offices.txt).
     */
    @Test
    void aSittingHeadOfStateIsNoDetaineeAFormerPrimeMinisterIs() {
        ArticleFacts f = extract("""
                Le président azerbaïdjanais, Rustam Aliyarov, reproche à la France son soutien à l'Arménie, et plusieurs Français ont été arrêtés en Azerbaïdjan ces dernières années.
                L'ancien Premier ministre Hédi Bouzekri est lui aussi détenu à Tunis depuis décembre.
                La coprésidente Ramona Ibarra a fait arrêter des centaines d'opposants. Arrêtée à Masaya, elle avait été condamnée à huit ans de prison.""");
        assertEquals(Set.of("Hédi Bouzekri TN"), detentions(f));
    }

    /**
     * "Pendant onze mois, l'ancien officier a été détenu", "Depuis, cet homme d'affaires est détenu": a definite or
     * demonstrative role noun after a fronted phrase or adverb is the man the passage is about; "cet ancien technicien" may be somebody the passage recalls, and is left alone.
     */
    @Test
    void aDefiniteRoleNounAfterAFrontedPhraseIsThePersonJustNamed() {
        ArticleFacts portrait = extract("""
                Dans la cuisine de sa maison de Dieulefit, Gaspard Sarlabous verse le café. « Là-bas, le silence était une forme de politesse », dit-il.
                Pendant onze mois, l'ancien officier a été détenu à Kaboul par les services de renseignement.""");
        assertEquals(Set.of("Gaspard Sarlabous AF"), detentions(portrait));
        ArticleFacts since = extract("""
                Le 11 septembre, des agents ont intercepté Nabil Khoury au comptoir d'enregistrement. Depuis, cet homme d'affaires est détenu à la prison centrale de São Tomé.""");
        assertEquals(Set.of("Nabil Khoury ST"), detentions(since));
        ArticleFacts recalled = extract("""
                L'ingénieur Marc Ferrachat est détenu à Niamey depuis mars. D'autres otages français ont marqué les esprits.
                Cet ancien technicien agricole a été retenu sept mois par un groupe armé dans le nord du Mali.""");
        assertEquals(Set.of("Marc Ferrachat NE"), detentions(recalled));
    }

    /**
     * "côté syrien": the side of the border a person was arrested on is the holding state; a nationality in the
     * person's own description is not.
     */
    @Test
    void theSideOfABorderIsTheHoldingState() {
        ArticleFacts f = extract("""
                Liban : le retour d'un revenant

                Hassan Mroué avait 27 ans lorsqu'il a été arrêté au poste-frontière de Masnaa, côté syrien, alors qu'il rentrait de voyage.""");
        assertEquals(Set.of("Hassan Mroué SY"), detentions(f));
        ArticleFacts guard = extract("""
                En 2019, un ancien garde-côte norvégien, Knut Aasland, condamné pour espionnage, avait été libéré après deux ans passés à la prison de Lefortovo.""");
        assertEquals(Set.of("Knut Aasland RU"), detentions(guard)); // his own description, not his jailer
    }

    /** Those held as the complement of a noun are a group; counted by a noun of quantity they are still held. */
    @Test
    void detaineesAsTheComplementOfANounAreNoDetentionOfTheSubject() {
        ArticleFacts f = extract("""
                Corée du Nord : les familles attendent

                Kim Soo-ah, coordinatrice de l'Association des familles de détenus au Nord, dit avoir revu ses ambitions.
                Marc Aubry écrit chaque mois à une vingtaine de détenus de Pyongyang, parmi lesquels Farid Nassef.""");
        assertEquals(Set.of("Farid Nassef KP"), detentions(f));
    }

    /** "il" after a sentence naming two men: its subject, not the man named in a complement. */
    @Test
    void aPronounAfterTwoMenIsTheSubjectOfTheSentenceBefore() {
        ArticleFacts f = extract("""
                Serge Ekambi, 26 ans, fait partie des seize étrangers graciés en juillet par le président, Viktor Lazarenko. Il avait été condamné à huit ans de prison à Minsk.
                Au tribunal, Omar Diallo a croisé le procureur Ivan Sidorenko. Jugé en une audience, il a été condamné à cinq ans de prison à Minsk.""");
        assertEquals(Set.of("Serge Ekambi BY", "Omar Diallo BY"), detentions(f));
        ArticleFacts named = extract("""
                Boris Lemtov a refusé de dire si le nom de Grant Hollis avait été évoqué.
                Hollis, 47 ans, enseignait l'anglais à Saint-Pétersbourg lorsqu'il a été arrêté en novembre 2021 à l'aéroport de Pulkovo.""");
        assertEquals(Set.of("Grant Hollis RU"), detentions(named));
    }

    /** A city's adjective between the role noun and the participle, which the tagger alone reads as a verb. */
    @Test
    void aCityAdjectiveAfterTheRoleNounKeepsTheAppositionWhole() {
        ArticleFacts f = extract("""
                Le cas rappelle celui de Solène Pariseau-Diaz, une enseignante montréalaise détenue neuf mois en 2019 à l'Hélicoïde, le siège du renseignement à Caracas, et libérée sans procès.""");
        assertEquals(Set.of("Solène Pariseau-Diaz VE"), detentions(f));
        assertEquals(Set.of("Solène Pariseau-Diaz: enseignante"), Passages.roles(f));
    }

    @Test
    void anAppositionWithAParticipleDoesNotCutThePersonFromTheCue() {
        ArticleFacts f = extract("""
                Un autre Canadien, Paul Girard, un ancien ingénieur reconverti dans l'hôtellerie, est toujours détenu à Téhéran depuis son arrestation en mai.
                Mgr Luis Orellana, évêque de Masaya, dans le sud du pays, était détenu depuis 2022 dans une prison de Managua.""");
        assertEquals(Set.of("Paul Girard IR", "Luis Orellana NI"), detentions(f));
    }

    @Test
    void questionedInParliamentANounForTheDetaineeAndAThingAsSubjectAreNoDetentions() {
        ArticleFacts f = extract("""
                Le géologue norvégien Lars Eikrem est détenu à Minsk depuis mars.
                Interpellé mardi à l'Assemblée, le ministre des Affaires étrangères, Tomas Lind, a promis de tout faire pour le ramener.
                Interpellée à ce sujet mercredi, la ministre de la Justice, Karin Dahl, a affirmé suivre le dossier.
                Sa porte-parole, Ingrid Moe, une amie d'enfance du détenu, a lancé une pétition.
                La prochaine audience sur sa détention provisoire est prévue en juin, a fait savoir la famille.""");
        assertEquals(Set.of("Lars Eikrem BY"), detentions(f));
    }

    /**
     * A cue participle after "avoir" is active: its subject arrests, questions or sentences, and the person held is
     * its object, placed by the authority that is the subject before the places that describe the person.
     */
    @Test
    void anActiveParticipleHoldsItsObjectNotItsSubject() {
        ArticleFacts f = extract("""
                Un cuisinier suisse condamné au Qatar

                La conseillère nationale Odile Vuarraz, qui avait interpellé le Conseil fédéral au printemps, se dit soulagée.
                Le député Anselme Rochat a condamné le silence de Marc Fivaz à Doha.
                Les policiers ont finalement arrêté Kofi Mensah-Berger à Doha.
                La cour criminelle de première instance de Doha a condamné Idris Valloton, géographe de 41 ans attaché à l'Université de Genève.
                Le juge Ali Al-Marri l'a condamné sans l'entendre.""");
        assertEquals(Set.of("Kofi Mensah-Berger QA", "Idris Valloton QA"), detentions(f));
    }

    /** "partage sa cellule avec un Italien, X, condamné": the nationality after "avec" is the person's, not the cell's. */
    @Test
    void aNationalityAfterAnotherPrepositionThanDeIsNoAuthoritys() {
        ArticleFacts f = extract("""
                Cuba : un Québécois condamné

                Mathieu Lachance a été condamné à huit ans de prison à La Havane.
                À la prison, Mathieu Lachance partage sa cellule avec un Italien, Stefano Ruggieri, condamné pour trafic de cocaïne.""");
        assertEquals(Set.of("Mathieu Lachance CU", "Stefano Ruggieri CU"), detentions(f));
    }

    /** A relative named in an apposition ("mari de l'opposante Y", "la fille de Y") is not who is held: the name before is. */
    @Test
    void aRelativeNamedInAnAppositionIsNotTheOneHeld() {
        ArticleFacts f = extract("""
                Bélarus : des libérations

                Le blogueur Andreï Volkov, mari de l'opposante en exil Irina Volkova, avait été libéré après cinq ans de détention au Bélarus.
                Anna Petrova, la fille de Pavel Petrov, a été arrêtée à Minsk.""");
        assertEquals(Set.of("Andreï Volkov BY", "Anna Petrova BY"), detentions(f));
    }

    /** "huit mois après son arrestation à Cotonou": the possessor is the subject of the clause before "après". */
    @Test
    void anArrestAfterAPossessiveIsTheClauseSubjects() {
        ArticleFacts f = extract("""
                Un ingénieur gracié

                Paul Dumerain a retrouvé sa famille mardi, huit mois après son arrestation à Cotonou.""");
        assertEquals(Set.of("Paul Dumerain BJ"), detentions(f));
    }

    /** "transféré à la prison de X", "jeté en prison": a move to where the person is held says they are held there. */
    @Test
    void aMoveToAPrisonHoldsItsSubjectThere() {
        ArticleFacts f = extract("""
                Un cuisinier gracié

                Le chef Nils Aebischer a été transféré à la prison de Jau, dans le sud-est de l'île.
                Son collègue Tariq Benhima a été jeté en prison au Koweït.""");
        assertEquals(Set.of("Nils Aebischer BH", "Tariq Benhima KW"), detentions(f));
    }

    /**
     * "arrêté en Mauritanie, avait été remis aux autorités sénégalaises et brièvement détenu à Dakar": participles
     * coordinated by "et" share their subject; not a participle with no auxiliary, which may be in an apposition
     * to another name ("un ancien agent, X, contre l'un de ses officiers, Y, enlevé à la frontière et condamné").
     */
    @Test
    void participlesCoordinatedByEtShareTheirSubject() {
        ArticleFacts f = extract("""
                Un avocat expulsé

                En 2023, l'avocat Julien Brancart, arrêté en Mauritanie, avait été remis aux autorités sénégalaises et brièvement détenu à Dakar avant d'être expulsé vers Paris.
                En 2015, Tallinn avait échangé, sur un pont de la Piusa, un ancien agent condamné pour espionnage au profit de Moscou, Alekseï Dresnov, contre l'un de ses propres officiers, Eston Kovar, enlevé à la frontière et condamné en Russie à quinze ans de prison.""");
        assertEquals(Set.of("Julien Brancart MR", "Julien Brancart SN"), detentions(f));
    }

    /**
     * "X attend toujours son procès dans une prison de Cancún": a verb of staying before a place of detention does
     * not cut it from its subject; before another cue it does ("Marie attend son fils, arrêté en mai" holds not
     * Marie).
     */
    @Test
    void aVerbOfStayingBeforeAPlaceOfDetentionHoldsItsSubject() {
        ArticleFacts f = extract("""
                Un cuisinier en attente de procès

                Karim Benali attend toujours son procès dans une prison de Cancún.
                Son ami Paul Vidal dort depuis huit mois dans une cellule de la prison de Cancún.
                À Lyon, Marie Vidal attend son fils, arrêté en mai à Moscou.""");
        assertEquals(Set.of("Karim Benali MX", "Paul Vidal MX"), detentions(f));
    }

    /**
     * A place that completes a noun in the apposition describing the person ("éducateur dans un foyer de
     * Saint-Denis") does not keep the article's country from a detention whose sentence names no other.
     */
    @Test
    void aPlaceDescribingThePersonDoesNotKeepTheArticlesCountry() {
        ArticleFacts f = extract("""
                Sri Lanka : un éducateur détenu

                Kumar Selvarajah, 38 ans, éducateur dans un foyer de Saint-Denis, a été arrêté le 16 juillet à sa descente d'avion.
                Le même mois, Arun Pillai avait été interpellé à Jaffna.""");
        assertEquals(Set.of("Kumar Selvarajah LK", "Arun Pillai LK"), detentions(f));
    }

    /**
     * "à la demande de la Russie", "à la demande de Washington": the state that asked for the arrest does not hold,
     * neither after the place of detention nor alone.
     */
    @Test
    void theStateThatAskedForTheArrestIsNotTheOneThatHolds() {
        ArticleFacts f = extract("""
                Géorgie : un journaliste en détention

                Arseni Volkov a comparu mardi. Le journaliste de 36 ans est détenu depuis le 4 février à Almaty, à la demande de la Russie, qui réclame son extradition.
                Marc Vidal a été arrêté en mars à la demande de la Turquie.""");
        assertEquals(Set.of("Arseni Volkov KZ", "Marc Vidal GE"), detentions(f));
    }

    /**
     * "Sean X, conseiller d'Aung Y, avait passé 650 jours en prison": the name completing a noun in an apposition
     * is not who is held, the name the apposition follows is; with no name before, the complement is
     * ("la libération de X, détenu à Moscou").
     */
    @Test
    void aNounsComplementInAnAppositionIsNotWhoIsHeld() {
        ArticleFacts f = extract("""
                Un économiste libéré

                L'économiste australien Sean Turnbull, conseiller d'Aung Min Thein, avait passé 650 jours en prison en Birmanie.
                Paris a obtenu la libération de Marc Vidal, détenu depuis mai à Moscou.""");
        assertEquals(Set.of("Sean Turnbull MM", "Marc Vidal RU"), detentions(f));
    }

    /**
     * A rubric that is a country's name alone ("MALI") is the country the article's detentions without a place of
     * their own are in, though a sentence places another one's detention elsewhere; a detention told later in
     * another country is another one, and does not take the place of the first or of its companion's.
     */
    @Test
    void aCountryRubricPlacesTheDetentionsWithoutAPlace() {
        ArticleFacts f = extract("""
                MALI

                Deux dirigeants étrangers libérés

                Le Sud-Africain Johan Venter et l'Australien Liam Carver, détenus depuis juin, ont été relâchés le 2 décembre.
                En 2023, un autre cadre du groupe avait été retenu trois jours dans un commissariat de Niamey.""");
        assertEquals(Set.of("Johan Venter ML", "Liam Carver ML"), detentions(f));
        ArticleFacts earlier = extract("""
                MALI

                Deux dirigeants étrangers libérés

                Le Sud-Africain Johan Venter et l'Australien Liam Carver, détenus depuis juin, ont été relâchés le 2 décembre.
                Ce n'est pas la première fois. En 2023, l'Australien avait été retenu trois jours dans un commissariat de Niamey.""");
        assertEquals(Set.of("Johan Venter ML", "Liam Carver ML", "Liam Carver NE"), detentions(earlier));
    }

    /**
     * "…, au lendemain du coup d'État qui avait renversé le président X, l'Australien avait été retenu": the noun
     * phrase and the auxiliary after the comma are the cue's subject, the president in the fronted phrase is not
     * held; "X, un Français arrêté à Moscou" is still an apposition to X.
     */
    @Test
    void aSubjectAfterAFrontedPhraseIsNotTheNameInsideIt() {
        ArticleFacts f = extract("""
                Un ingénieur libéré

                L'Australien Liam Carver a été libéré mardi à Sydney.
                En juillet 2023, au lendemain du coup d'État qui avait renversé le président Oumar Tandja, l'Australien avait été retenu trois jours dans un commissariat de Niamey.
                Il pense à Marc Vidal, un Français arrêté à Moscou.""");
        assertEquals(Set.of("Liam Carver NE", "Marc Vidal RU"), detentions(f));
    }

    /**
     * "transféré en Belgique pour y purger le reste de sa peine": a sentence served where the move led, by the move's
     * subject, named before it or held by a cue earlier in the sentence ("condamné à Holguín, puis transféré").
     */
    @Test
    void aTransferToServeASentenceHoldsItsSubjectWhereTheMoveLed() {
        ArticleFacts f = extract("""
                Un précédent

                En 2019, un chauffeur britannique, Imran Qadeer, condamné à Rawalpindi, avait été transféré au Royaume-Uni pour y purger la fin de sa peine.
                L'homme d'affaires belge Olivier Vandermeulen a été transféré l'an dernier en Belgique pour y purger le reste de sa peine.
                Elle cite le cas de Réjean Thibeault, un camionneur condamné en 2019 à Holguín pour un accident, puis transféré au Canada pour finir sa peine.
                Le Britannique Connor Whitby, condamné à Bahreïn, a été transféré en 2024 à la prison de Wandsworth, à Londres, pour y finir sa peine.""");
        assertEquals(Set.of("Imran Qadeer PK", "Imran Qadeer GB", "Olivier Vandermeulen BE", "Réjean Thibeault CU", "Réjean Thibeault CA",
                "Connor Whitby BH", "Connor Whitby GB"), detentions(f));
    }

    /**
     * "extradé vers la Chine, où il est toujours détenu": a cue in a relative clause on "où" is said of the place
     * the clause hangs on, and "où est également détenu X" of X; "Reste X, toujours détenu": the verb opening the
     * sentence is no part of the name; "Ce Turc de 31 ans" is the person named just before.
     */
    @Test
    void aCueInAWhereClauseIsSaidOfItsPlaceAndANationalityTakesUpThePersonBefore() {
        ArticleFacts f = extract("""
                Un imam oublié

                Elle rappelle le sort de l'imam canadien Hamid Celani, arrêté en Ouzbékistan en 2006 puis extradé vers la Chine, où il est toujours détenu.
                Reste Bakary Traoré, toujours détenu à Bamako.
                Sa femme a rejoint le Canada, où la détention de son cousin Ali Celani fait débat.
                Son fixeur a été transféré à la prison de Jau, où est également détenu Ahmet Kaya, et fait l'objet d'une enquête.
                Le sort de son traducteur, Cem Arslan, inquiète davantage. Ce Turc de 31 ans a été arrêté le même soir à Bahreïn.""");
        assertEquals(Set.of("Hamid Celani UZ", "Hamid Celani CN", "Bakary Traoré ML", "Ahmet Kaya BH", "Cem Arslan BH"),
                detentions(f));
    }

    @Test
    void aPrizeWinnerAsSubjectNamesThePersonBefore() {
        ArticleFacts f = extract("""
                L'ancienne dirigeante Hala Mernissi ne fait pas partie des bénéficiaires de la grâce.
                La lauréate du prix Sakharov, âgée de 71 ans, purge une peine de douze ans de prison à Nairobi.""");
        assertEquals(Set.of("Hala Mernissi KE"), detentions(f));
    }

    @Test
    void capitalsThatAreAlsoCommonWords() {
        ArticleFacts f = extract("""
                Le journaliste Marc Dubreuil est détenu à Damas depuis mars.
                La militante Anna Weber est détenue à Vienne depuis mai.""");
        assertEquals(Set.of("Marc Dubreuil SY", "Anna Weber AT"), detentions(f));
    }

    @Test
    void timeSpentInDetentionIsADetention() {
        ArticleFacts f = extract("""
                Ursula Brenneke, ancienne pharmacienne de Kiel âgée de 68 ans, a passé cinq mois en détention provisoire à Izmir pour un message publié en ligne.""");
        assertEquals(Set.of("Ursula Brenneke TR"), detentions(f));
    }

    @Test
    void aPronounSubjectNamesTheOnePersonOfItsGenderNamedBefore() {
        ArticleFacts f = extract("""
                Le géologue suisse Marc Vuilleumier travaillait pour une société minière.
                Arrêté en juin à l'aéroport de Tachkent alors qu'il rentrait de mission, il est depuis détenu dans un lieu tenu secret.""");
        assertEquals(Set.of("Marc Vuilleumier UZ"), detentions(f));
        Detention d = detentionOf(f, "Marc Vuilleumier");
        assertTrue(d.evidence().rule().contains("+pronoun"), d.evidence().rule());
        assertTrue(d.evidence().confidence() < 0.8, String.valueOf(d.evidence().confidence()));
    }

    @Test
    void aRoleNounSubjectIsResolvedOnlyWhenOnePersonWasNamedBefore() {
        ArticleFacts one = extract("""
                L'ancienne ministre Sabine Okafor a été évincée du gouvernement en 2021.
                La militante, âgée de 60 ans, purge une peine de dix ans de prison à Abuja.""");
        assertEquals(Set.of("Sabine Okafor NG"), detentions(one));
        ArticleFacts two = extract("""
                La basketteuse Lena Ford et le nageur Mike Dunn sont arrivés mardi.
                Le quadragénaire a été condamné à neuf ans de prison à Moscou.""");
        assertEquals(Set.of(), detentions(two));
        // a role the article gave one of them tells which one
        ArticleFacts given = extract("""
                La basketteuse Lena Ford et le nageur Mike Dunn sont arrivés mardi.
                Le nageur a été condamné à neuf ans de prison à Moscou.""");
        assertEquals(Set.of("Mike Dunn RU"), detentions(given));
    }

    @Test
    void bothNamesTheTwoPersonsOfThePreviousSentence() {
        ArticleFacts f = extract("""
                L'avocate Carla Mendes et l'ingénieur Rui Tavares sont arrivés jeudi à Lisbonne.
                Tous deux étaient détenus à la prison de Maracaibo depuis 2022.""");
        assertEquals(Set.of("Carla Mendes VE", "Rui Tavares VE"), detentions(f));
    }

    @Test
    void aSentenceWithoutCountryTakesTheArticleHoldingCountryWithALowerConfidence() {
        ArticleFacts f = extract("""
                Tachkent (AFP) - Le journaliste ouzbek Bakhrom Tursunov a été condamné mardi à six ans de prison par un tribunal de Tachkent.
                Son confrère Alisher Nazarov, directeur d'un site indépendant, a lui aussi été placé en détention provisoire en novembre.
                Le photographe Ilkhom Rakhimov a été libéré en janvier après un an de détention et vit désormais en Allemagne.
                Le cinéaste Timur Aliev, en tournage en Allemagne en mai, a été interpellé à son tour, selon l'ambassade de France.""");
        assertEquals(Set.of("Bakhrom Tursunov UZ", "Alisher Nazarov UZ", "Ilkhom Rakhimov UZ"), detentions(f));
        Detention d = detentionOf(f, "Alisher Nazarov");
        assertTrue(d.evidence().rule().endsWith("+article-country"), d.evidence().rule());
        assertEquals(0.5, d.evidence().confidence(), 1e-9);
    }

    /**
     * With no detention of a named person placed by its own sentence, the cues said of nobody named ("a passé neuf
     * mois dans les geôles centrafricaines") tell the article's country; not when they name two countries alike.
     */
    @Test
    void cuesSaidOfNobodyNamedGiveTheArticleCountry() {
        ArticleFacts f = extract("""
                Arrêté en janvier à Bouar et accusé d'espionnage, le logisticien de 34 ans a passé neuf mois dans les geôles centrafricaines.
                Son organisation a suspendu ses activités.
                Son chauffeur, Hervé Ndoumbé, avait été arrêté en même temps que Thibaut Kieffel.""");
        assertEquals(Set.of("Hervé Ndoumbé CF", "Thibaut Kieffel CF"), detentions(f));
        ArticleFacts two = extract("""
                Arrêté en janvier à Bouar et accusé d'espionnage, le logisticien de 34 ans a passé neuf mois dans les geôles centrafricaines.
                Un autre humanitaire a passé un an dans les prisons tchadiennes.
                Leur organisation a suspendu ses activités.
                Son chauffeur, Hervé Ndoumbé, avait été arrêté en même temps que Thibaut Kieffel.""");
        assertEquals(Set.of(), detentions(two));
    }

    @Test
    void theCapitalPointsToTheArticleCountry() {
        ArticleFacts f = extract("""
                Sousse (AFP) - L'avocate Nadia Trabelsi a été assignée à résidence lundi à Sousse.
                L'ancien député Karim Jaziri est incarcéré depuis mars à la prison civile, au sud de la capitale.""");
        assertEquals(Set.of("Nadia Trabelsi TN", "Karim Jaziri TN"), detentions(f));
        assertTrue(detentionOf(f, "Karim Jaziri").evidence().rule().endsWith("+article-country-pointed"));
    }

    /** "a été placé en résidence surveillée": a placement under house arrest is a custody, as "assigné à résidence" is. */
    @Test
    void aPlacementUnderHouseArrestIsACustody() {
        ArticleFacts f = extract("""
                L'homme d'affaires franco-malien Ousmane Keïta, 63 ans, a été placé en résidence surveillée à Bamako.
                Sa fille, Awa Keïta, pharmacienne à Lyon, a écrit au consulat.""");
        assertEquals(Set.of("Ousmane Keïta ML"), detentions(f));
    }

    /**
     * "a été placée mardi dernier en détention": the participle of a placement, parted from its cue by a time
     * adverbial, does not end the subject as another verb would.
     */
    @Test
    void aPlacementPartedFromItsCueByATimeAdverbialKeepsItsSubject() {
        ArticleFacts f = extract("""
                La chercheuse néerlandaise Femke Dijkstra a été placée mardi dernier en détention à Almaty.
                Son employeur, l'université d'Utrecht, dit n'avoir reçu aucune explication.""");
        assertEquals(Set.of("Femke Dijkstra KZ"), detentions(f));
    }

    /**
     * "Arrêtés à Abéché, A et B ont été condamnés": a plural participle opening the sentence, past a kicker in
     * capitals ("RÉCIT - "), holds every subject it agrees with; a singular one, only the first.
     */
    @Test
    void aPluralParticipleOpeningTheSentenceHoldsItsCoordinatedSubjects() {
        ArticleFacts f = extract("""
                RÉCIT - Interpellés en mars à Mopti, Ibrahim Coulibaly et Jonas Lindqvist ont retrouvé leurs familles mardi.

                Arrêté en mai à Gao, Adama Sangaré et son frère Oumar ont fui.""");
        assertEquals(Set.of("Ibrahim Coulibaly ML", "Jonas Lindqvist ML", "Adama Sangaré ML"), detentions(f));
    }

    /** "où il termine sa peine", "achève sa peine": finishing a sentence is serving it. */
    @Test
    void finishingASentenceIsServingIt() {
        ArticleFacts f = extract("""
                Un Belge transféré

                Le Belge Wim Goossens a été transféré en 2024 à Bakou, où il termine sa peine.""");
        assertEquals(Set.of("Wim Goossens AZ"), detentions(f));
    }

    /** "avait passé onze jours en cellule à X": time in a cell is a detention. */
    @Test
    void timeSpentInACellIsADetention() {
        ArticleFacts f = extract("""
                Un enseignant expulsé

                En 2021, un enseignant catalan, Jordi Ferrer, avait passé onze jours en cellule à Quetzaltenango avant d'être expulsé.""");
        assertEquals(Set.of("Jordi Ferrer GT"), detentions(f));
    }

    /**
     * "avait passé trois jours dans une cellule de X", "partage une cellule avec": a cell is a prison's; not a cell
     * a relative clause gives somebody else ("Laure, elle, s'inquiète pour sa mère, qui partage une cellule"), nor
     * a place after the quotation a quoted cell is in ("« … dans une cellule », souffle sa mère, … au CHU de Nantes").
     */
    @Test
    void aCellIsAPrisonsButOnlyForWhoIsInIt() {
        ArticleFacts cell = extract("""
                Un précédent

                En 2016, le patron pêcheur Goulven Kerhervé avait passé trois jours dans une cellule de Freetown, à la suite d'un contrôle contesté.""");
        assertEquals(Set.of("Goulven Kerhervé SL"), detentions(cell));
        ArticleFacts relative = extract("""
                Une famille dans l'attente

                Odile Ngono est détenue à Douala depuis juillet. Sa fille Maëlle Ngono vit à Créteil.
                Maëlle, elle, s'inquiète surtout pour la santé de sa mère, diabétique, qui partage une cellule surpeuplée.""");
        assertEquals(Set.of("Odile Ngono CM"), detentions(relative));
        ArticleFacts quoted = extract("""
                Philippines : un moniteur de plongée détenu

                « Je n'arrive pas à l'imaginer dans une cellule », souffle Annick Le Bihan, aide-soignante au CHU de Nantes.
                Depuis le 9 octobre, son fils Erwan Le Bihan, moniteur de plongée, est incarcéré à la prison provinciale de Calapan.""");
        assertEquals(Set.of("Erwan Le Bihan PH"), detentions(quoted));
    }

    /**
     * "Arrêté le 29 juillet à Pyongyang, à la veille de son départ, l'entrepreneur était accusé": a description
     * after the opening participial phrase is the person the passage just named; not a description a participle
     * completes ("Interpellé sur le dossier, le secrétaire d'État chargé des Belges de l'étranger, X, se veut
     * rassurant": questioned, not arrested).
     */
    @Test
    void aDescriptionAfterAnOpeningParticipleIsThePersonJustNamed() {
        ArticleFacts f = extract("""
                Le retour d'un importateur

                Sur le tarmac d'Entebbe, Joseph Kasule a serré dans ses bras ses trois enfants.
                Arrêté le 29 juillet 2024 à Pyongyang, à la veille de son départ, l'entrepreneur était accusé d'espionnage.""");
        assertEquals(Set.of("Joseph Kasule KP"), detentions(f));
        ArticleFacts questioned = extract("""
                Un commerçant détenu

                Amadou Fall est détenu à Harare depuis juillet. Son frère Ibrahima Fall organise une collecte.
                Interpellé sur le dossier, le secrétaire d'État chargé des Sénégalais de l'extérieur, Malick Ndiaye, se veut rassurant.""");
        assertEquals(Set.of("Amadou Fall ZW"), detentions(questioned));
    }

    /** "arrêtée à son retour de Manchester": where she came back from is not where she is held. */
    @Test
    void whereAPersonReturnedFromIsNotWhereSheIsHeld() {
        ArticleFacts f = extract("""
                Arabie saoudite : une doctorante condamnée

                Une militante cite le cas de Hala Al-Qahtani, doctorante saoudienne arrêtée à Riyad en 2021 à son retour de Manchester.
                Noura Al-Shehri, une enseignante, a été arrêtée en 2022 à son retour de Londres.""");
        assertEquals(Set.of("Hala Al-Qahtani SA", "Noura Al-Shehri SA"), detentions(f));
    }

    /** "X, consultant libéré en 2023 après dix-huit mois de détention à Y": the role before the cue is X's apposition. */
    @Test
    void aRoleBeforeTheCueInAnAppositionKeepsThePerson() {
        ArticleFacts f = extract("""
                Iran : la diplomatie des otages

                L'Autrichien Florian Gassner, consultant libéré en 2023 après dix-huit mois de détention à Téhéran, ne dit pas autre chose.""");
        assertEquals(Set.of("Florian Gassner IR"), detentions(f));
    }

    /** "le quinquagénaire": the one person named with an age in their fifties, not the man named last nor one of 72. */
    @Test
    void anAgeNounIsThePersonOfThatAge() {
        ArticleFacts f = extract("""
                Liban : un berger enlevé

                Son oncle, Ali Mroueh, 72 ans, garde la maison. Le berger, c'est Hassan Mroueh, 58 ans, emmené par une patrouille en mars. Son fils Karim Mroueh, 31 ans, raconte avoir retrouvé le troupeau éparpillé.
                Le quinquagénaire serait aujourd'hui incarcéré dans une prison d'Israël.""");
        assertEquals(Set.of("Hassan Mroueh IL"), detentions(f));
    }

    /**
     * "X y a passé quatre mois" after a sentence about a place of detention: time spent there is a detention; not
     * after a sentence about a country somebody lived in.
     */
    @Test
    void timeSpentThereIsADetentionWhereThereIsAPrison() {
        ArticleFacts f = extract("""
                Koweït : les oubliés du centre de Talha

                Les plus vulnérables se retrouvent au centre d'expulsion de Talha, où sont enfermés les travailleurs accusés d'avoir fui leur employeur.
                Rowena Dizon, une employée de maison philippine de 34 ans, y a passé quatre mois en 2024.
                Son frère Marlon Dizon est parti au Koweït en 2010. Il y a passé dix ans comme chauffeur.""");
        assertEquals(Set.of("Rowena Dizon KW"), detentions(f));
    }

    /**
     * "enlevé par un cartel … et retenu pendant trois semaines": the second cue tells the same captivity by no state;
     * "menotté et conduit au poste" by the police is an arrest.
     */
    @Test
    void aCaptivityByACartelStaysNoDetentionAndHandcuffingIsAnArrest() {
        ArticleFacts f = extract("""
                Mexique : un Lavallois écroué à Cancún

                Julien Pelletier est détenu à Cancún depuis mars. Son ami, Mathieu Roussel, a lui aussi été menotté par la police de Cancún et conduit au poste.
                L'an dernier, un touriste ontarien, Kevin Doyle, avait été enlevé par un cartel dans l'État de Guerrero et retenu pendant trois semaines avant d'être relâché.""");
        assertEquals(Set.of("Julien Pelletier MX", "Mathieu Roussel MX"), detentions(f));
    }

    /**
     * "Depuis septembre, elle est détenue à Evin. Leila X, belgo-iranienne, …": a lead that names nobody yet speaks
     * of the person the next sentence opens on. The article's country is voted by persons, not by cues: a man
     * told held at Haren three times is one vote.
     */
    @Test
    void aLeadPronounIsTheNextNameAndTheArticleCountryIsVotedByPersons() {
        ArticleFacts f = extract("""
                La diplomatie des otages

                Depuis septembre, elle est détenue dans la section 209 de la prison d'Evin. Leila Moradi, belgo-iranienne, exerce à Gand depuis vingt ans.
                Des dizaines d'étrangers sont détenus en Iran.
                Depuis, un autre Iranien est incarcéré à la prison de Haren : Reza Tavakoli, condamné l'an dernier à quinze ans de réclusion. Reza Tavakoli purge sa peine à la prison de Haren.
                Le Suédo-Iranien Dariush Sadeghi, un ingénieur condamné à mort en 2023, a été libéré l'an dernier après plus de quatre ans de détention.""");
        assertEquals(Set.of("Leila Moradi IR", "Reza Tavakoli BE", "Dariush Sadeghi IR"), detentions(f));
    }

    /** "enlevée par un groupe séparatiste près de Kumbo et retenue onze jours": separatists hold no one for a state. */
    @Test
    void aCaptiveOfSeparatistsIsNoDetention() {
        ArticleFacts f = extract("""
                Cameroun : les humanitaires pris en étau

                En 2023, une infirmière camerounaise, Judith Mbah, avait été enlevée par un groupe séparatiste près de Kumbo et retenue onze jours avant d'être relâchée.""");
        assertEquals(Set.of(), detentions(f));
    }

    /** "La quadragénaire": a man of 45 is not her, whatever his age. */
    @Test
    void anAgeNounKeepsTheGenderOfItsDeterminer() {
        ArticleFacts f = extract("""
                Arabie saoudite : une domestique graciée

                Le marin Rodrigo Manalo, 45 ans, a été rapatrié à Manille l'an dernier. Graciée en mars, Lorna Dizon attend toujours son billet.
                La quadragénaire reste détenue à la prison centrale de Dammam.""");
        assertFalse(detentions(f).contains("Rodrigo Manalo SA"), detentions(f).toString());
    }

    @Test
    void aHostageOfAnArmedGroupIsNotADetention() {
        ArticleFacts f = extract("""
                Niamey (AFP) - L'humanitaire belge Lotte Peeters, enlevée en 2020 près de Gao, est toujours retenue en otage par un groupe jihadiste.""");
        assertEquals(Set.of(), detentions(f));
    }

    @Test
    void aCountryAfterAReleaseOrAHandoverIsNotTheHoldingOne() {
        ArticleFacts f = extract("""
                Un alpiniste allemand détenu depuis un an par les talibans a été libéré dimanche et remis aux autorités qataries.
                Hans Berger avait été arrêté en mai 2022 par les services de renseignement talibans, puis libéré et remis aux autorités qataries.""");
        assertEquals(Set.of("Hans Berger AF"), detentions(f));
    }

    @Test
    void aCountryInARelativeClauseAboutSomethingElseIsNotTheHoldingOne() {
        ArticleFacts f = extract("""
                Correspondante depuis 2019 de la radio Nordvox, qui émet depuis la Lituanie, Irina Volkava a été interpellée en mars à Grodno.""");
        assertEquals(Set.of("Irina Volkava BY"), detentions(f));
    }

    @Test
    void aPlaceAfterATimeClauseDoesNotTellWhereThePersonIsHeld() {
        ArticleFacts f = extract("""
                L'ingénieur Kenta Sato a été interpellé par la police chinoise quelques jours avant son retour prévu au Japon.""");
        assertEquals(Set.of("Kenta Sato CN"), detentions(f));
    }

    @Test
    void everyPersonOfAListIsHeld() {
        ArticleFacts f = extract("""
                Parmi les opposants figurent le pasteur Mateo Ruiz, l'ancienne députée Elena Castro et l'économiste Tomás Vidal, arrêtés en 2021 à Masaya.""");
        assertEquals(Set.of("Mateo Ruiz NI", "Elena Castro NI", "Tomás Vidal NI"), detentions(f));
    }

    @Test
    void aReleaseAfterMonthsOfDetentionSaysThePersonWasHeld() {
        ArticleFacts f = extract("""
                Le blogueur Omar Haddad a été libéré en mars après trois ans passés dans une prison cairote.""");
        assertEquals(Set.of("Omar Haddad EG"), detentions(f));
        ArticleFacts pardoned = extract("""
                Un universitaire rentre à Liège

                Le chimiste Anselme Kabera, gracié par le président après deux ans passés à la prison de Kigali, est rentré à Liège.""");
        assertEquals(Set.of("Anselme Kabera RW"), detentions(pardoned));
    }

    @Test
    void aDetentionNounAfterAnArticleIsNotSaidOfThePersonBeforeIt() {
        ArticleFacts f = extract("""
                Bamako (AFP) - Le chercheur Piet Jansen a été arrêté mardi à Bamako.
                Pour le professeur Jan Vermeulen, l'arrestation de son collègue est « un coup terrible pour la science ».""");
        assertEquals(Set.of("Piet Jansen ML"), detentions(f));
    }

    @Test
    void aPluralParticipleQualifiesThePluralNounBeforeIt() {
        ArticleFacts f = extract("""
                Après la chute du régime de Karim Haddad, le sort des quelque 2 000 Syriens incarcérés dans les prisons libanaises reste en suspens.""");
        assertEquals(Set.of(), detentions(f));
    }

    @Test
    void aPluralParticipleHoldsThePersonsCoordinatedAcrossTheirAppositions() {
        ArticleFacts f = extract("""
                Moussa Ndiaye, 37 ans, logisticien pour une ONG médicale, et Keiko Tanabe, 45 ans, coordinatrice de projets, avaient été arrêtés en juillet près de Mopti, au Mali.""");
        assertEquals(Set.of("Moussa Ndiaye ML", "Keiko Tanabe ML"), detentions(f));
    }

    @Test
    void aSentenceInAbsentiaIsNoDetentionAndRottingInJailIs() {
        ArticleFacts f = extract("""
                Le géographe Walid Mansouri, condamné par contumace au même procès en Tunisie, vit réfugié à Marseille.
                L'agronome Dawit Tesfaye croupit sans procès à Asmara. Le poète Yonas Kidane a passé dix ans dans les geôles soudanaises.""");
        assertEquals(Set.of("Dawit Tesfaye ER", "Yonas Kidane SD"), detentions(f));
    }

    @Test
    void aDemonstrativeAndThenAPronounStandForThePersonThePassageIsAbout() {
        ArticleFacts f = extract("""
                Six ans de prison. C'est la peine dont a écopé jeudi Minh Khoa Tran, un Franco-Vietnamien installé à Rennes, devant le tribunal de Hanoï. Son tort ? Des vidéos.

                Ce professeur de physique avait été arrêté en juillet à l'aéroport de Noi Bai, en rentrant d'un congrès avec Paul Girard et Marc Tessier. Depuis, il est détenu dans le centre de l'ancienne Saïgon.

                Radioécologue à l'Université de Genève, Benoît Aeschlimann étudiait les sols. Il a retrouvé sa famille. Il se repose à Moudon. Le 14 février, il est interpellé près de Khoïniki avec sa collègue, la biologiste Alena Sidarovitch, alors que tous deux prélèvent de la terre. Accusé d'espionnage, il est condamné en octobre par le tribunal de Gomel.""");
        assertEquals(Set.of("Minh Khoa Tran VN", "Benoît Aeschlimann BY", "Alena Sidarovitch BY"), detentions(f));
        assertEquals("detention:detention+pronoun+previous-held+place",
                f.detentions().stream().filter(d -> d.evidence().sentence().startsWith("Depuis")).findFirst().orElseThrow()
                        .evidence().rule());
    }

    @Test
    void aCueAfterARelativePronounHasItsSubjectAfterIt() {
        ArticleFacts f = extract("""
                Evin est la prison où est détenu depuis mars le journaliste Hamid Rezaei, à Téhéran.""");
        assertEquals(Set.of("Hamid Rezaei IR"), detentions(f));
    }

    @Test
    void anEpithetBetweenTheArticleAndThePlaceName() {
        ArticleFacts f = extract("""
                L'ingénieur Hamid Rezaei est détenu dans l'ancienne Saïgon.""");
        assertEquals(Set.of("Hamid Rezaei VN"), detentions(f));
    }

    @Test
    void aHeadlineOpeningOnACountryTellsWhereThoseHeldInUnknownPlacesAre() {
        ArticleFacts f = extract("""
                Venezuela : un reporter étranger, monnaie d'échange

                Le photojournaliste Telmo Arrieta est incarcéré à Rodeo I, une prison de haute sécurité de Guatire.""");
        assertEquals(Set.of("Telmo Arrieta VE"), detentions(f));
    }

    /** One detention read elsewhere does not outweigh the headline's country for those held in unknown places. */
    @Test
    void aHeadlineCountryOutweighsOneDetentionReadInAnotherCountry() {
        ArticleFacts f = extract("""
                Birmanie : sept ans de prison pour un agronome

                Sur le même banc des accusés se trouvait Thiri Kyaw Lwin, syndicaliste, condamnée à vingt ans de prison.
                L'ONG cite aussi le cas de Dawit Tesfamariam, journaliste détenu sans jugement depuis 2019 près d'Asmara.""");
        assertEquals(Set.of("Thiri Kyaw Lwin MM", "Dawit Tesfamariam ER"), detentions(f));
    }

    @Test
    void aCommittalOrderIsADetention() {
        ArticleFacts f = extract("""
                Le géographe Anselme Rouvière a été placé sous mandat de dépôt à Oran. Son collègue Hakim Ferhat a été mis sous écrou à Tlemcen.""");
        assertEquals(Set.of("Anselme Rouvière DZ", "Hakim Ferhat DZ"), detentions(f));
    }

    /** Released on bail is still in the court's hold: the person was held where the bail was granted; a release alone says nothing. */
    @Test
    void releasedOnBailWasHeld() {
        ArticleFacts f = extract("""
                Libéré sous caution au Kenya, le Liégeois Gérald Thonus ne peut toujours pas rentrer.
                Hortense Vaubert a été remise en liberté sous caution en Tanzanie. Libéré au Malawi, Firmin Daoust attend son passeport.""");
        assertEquals(Set.of("Gérald Thonus KE", "Hortense Vaubert TZ"), detentions(f));
    }

    /**
     * A release or a length of detention opening the sentence ("Libéré après 74 jours de prison en Ouganda, X"):
     * X's; not a prison named at the start of a sentence about a visitor.
     */
    @Test
    void aLengthOfDetentionOpeningTheSentenceIsTheSubjectsAfterIt() {
        ArticleFacts f = extract("""
                Libéré après 74 jours de prison en Ouganda, le vidéaste namurois Fabrice Delvaux est rentré à Jambes.
                Après quatorze mois de détention en Jordanie, Karim Haddouche a retrouvé Sherbrooke.
                La prison d'Evin à Téhéran, Hélène Dumarais la connaît bien pour l'avoir visitée.""");
        assertEquals(Set.of("Fabrice Delvaux UG", "Karim Haddouche JO"), detentions(f));
    }

    @Test
    void regionalCitiesTellTheCountry() {
        ArticleFacts f = extract("""
                Le syndicaliste Hakim Bouzid est détenu à Batna. La blogueuse Amira Jlassi est incarcérée à Kairouan.""");
        assertEquals(Set.of("Hakim Bouzid DZ", "Amira Jlassi TN"), detentions(f));
    }

    /** The state that releases a person held them, whatever the country of the detainees the sentence before names. */
    @Test
    void aCountryOrCapitalReleasingSomeoneHeldThem() {
        ArticleFacts f = extract("""
                Les deux Belges étaient détenus depuis un an au Venezuela. En contrepartie, Bruxelles a remis en liberté Rafael Ortúzar, un homme d'affaires vénézuélien.
                La Lituanie a libéré Jonas Keller la semaine suivante.""");
        assertEquals(Set.of("Rafael Ortúzar BE", "Jonas Keller LT"), detentions(f));
        assertEquals(Set.of(), detentions(extract("""
                Le groupe armé qui négocie avec le Qatar a libéré Noa Vered, une humanitaire enlevée en mars.""")));
    }

    /** An authority before the person, active voice, with its place or its nationality: the country of the sentence. */
    @Test
    void aCourtOrAuthorityBeforeThePersonGivesItsCountry() {
        ArticleFacts f = extract("""
                Le tribunal régional de Tver, au nord-ouest de la capitale, a condamné mardi le journaliste Olivier Dumesnil à dix ans de colonie pénitentiaire.
                Un tribunal kazakh a condamné jeudi Marta Osowska à six ans de prison.""");
        assertEquals(Set.of("Olivier Dumesnil RU", "Marta Osowska KZ"), detentions(f));
    }

    /** Persons named "parmi lesquels" or "dont" after unnamed detainees of a country were held there. */
    @Test
    void personsNamedAmongDetaineesOfACountryWereHeldThere() {
        ArticleFacts f = extract("""
                En 2022, quatre Français détenus en Iran, parmi lesquels Luc Marnier, Anne Villeret et Paul Ostrand, avaient été libérés.
                Moscou avait relâché des prisonniers détenus en Russie, dont le journaliste Tom Riggs et l'ancien marine Dale Pruitt.""");
        assertEquals(Set.of("Luc Marnier IR", "Anne Villeret IR", "Paul Ostrand IR", "Tom Riggs RU", "Dale Pruitt RU"),
                detentions(f));
    }

    /** A cue with no place of its own, about a person already said to be held, borrows no place from the sentence before. */
    @Test
    void aPlacelessCueAboutAPersonAlreadyHeldAddsNoCountry() {
        ArticleFacts f = extract("""
                Un tribunal chinois a condamné Étienne Morvanic, un consultant originaire de Sherbrooke, à onze ans de prison.
                L'homme de 47 ans, détenu depuis mars 2023, avait été jugé à huis clos en mai.""");
        assertEquals(Set.of("Étienne Morvanic CN"), detentions(f));
    }

    /** A town's country as the text names it right after the town wins over the gazetteer's town of that name. */
    @Test
    void theCountryNamedAfterATownIsItsCountry() {
        ArticleFacts f = extract("""
                Marc Vionnet avait été interpellé en août à Brest, dans l'ouest du Bélarus, alors qu'il photographiait la gare.
                Samir Haddad a été arrêté à Tripoli (Liban) la semaine dernière.
                Anna Rudi a été arrêtée à Brest, où elle vivait depuis dix ans.""");
        assertEquals(Set.of("Marc Vionnet BY", "Samir Haddad LB", "Anna Rudi FR"), detentions(f));
    }

    /** A town opening the sentence sets where the person after it is held; not a town named in the apposition. */
    @Test
    void aTownOpeningTheSentenceIsWhereThePersonIsHeld() {
        ArticleFacts f = extract("""
                À Bakou, Ilkin Mammadli-Peeters, informaticien installé à Anvers, purge depuis février une peine de six ans de prison.""");
        assertEquals(Set.of("Ilkin Mammadli-Peeters AZ"), detentions(f));
    }

    /** A demonstrative role noun opening the sentence reaches over a relative clause set off by commas. */
    @Test
    void aDemonstrativeSubjectReachesOverARelativeClause() {
        ArticleFacts f = extract("""
                Assis deux rangs derrière elle, Arkadi Zavolokine, 61 ans, a le crâne rasé. Cet historien, qui possède la double nationalité russe et allemande, purgeait depuis 2022 une peine de vingt-deux ans dans une colonie pénitentiaire de Mordovie.""");
        assertEquals(Set.of("Arkadi Zavolokine RU"), detentions(f));
    }

    /** A place in a relative clause about something else is not where the person the sentence opens on is held. */
    @Test
    void aPlaceInARelativeClauseOfTheSubjectIsNotWhereItIsHeld() {
        ArticleFacts f = extract("""
                Youenn Kerhuellec, skipper, est détenu depuis juin dans l'enclave russe de Kaliningrad. Le skipper de 34 ans, qui convoyait un voilier de course de Gdansk à Brest, a été interpellé après une escale.""");
        assertEquals(Set.of("Youenn Kerhuellec RU"), detentions(f));
    }

    /**
     * "après quatorze mois de détention" says how long the subject of its clause was held, past the verb and its
     * object; a duration before another noun says nothing.
     */
    @Test
    void aLengthOfDetentionAfterApresIsTheSubjects() {
        ArticleFacts f = extract("""
                Gracié la semaine dernière, Loïc Vandermeulen est rentré chez lui après quatorze mois de détention au Bélarus.
                Ingénieur de Besançon, Hervé Colomby a retrouvé sa sœur, Maud Colomby, après vingt-deux mois de détention en Iran.
                Anaïs Lherbier est rentrée de Bakou après deux semaines de vacances en Azerbaïdjan.""");
        assertEquals(Set.of("Loïc Vandermeulen BY", "Hervé Colomby IR"), detentions(f));
    }

    /**
     * Two persons held together: the second after "et son neveu", past the first one's apposition; the person
     * joined after the cue by "en même temps que", "ainsi que", "en compagnie de", "avec" or "tout comme", but not one named after a verb
     * ("ainsi que l'a annoncé Y"); "A, 47 ans, et son matelot, B, sont en détention": a plural verb and B set off by
     * commas.
     */
    @Test
    void personsHeldTogether() {
        ArticleFacts f = extract("""
                Gaspard Ntibazonkiza, un grossiste de Kirundo âgé de 52 ans, et son neveu Aloys Ndimurwanko, chauffeur, avaient été arrêtés en août à Kigali.
                Le 17 juin, Arnaud Vellefaux a été interpellé à Samarcande, en même temps que le maître de chai du domaine, Rustam Kholmatov.
                Lucien Arbogast a été condamné à six ans de prison en Iran, ainsi que l'a annoncé le porte-parole Reza Farahani.
                Anthime Colonna, 47 ans, et son matelot guatémaltèque, Elmer Cojtí, sont en détention provisoire au Guatemala.
                Hubert Lemarié, 51 ans, a rejoint son associé, Kofi Mensah, en détention provisoire à Lomé.
                Le cameraman Hery Rakotobe a été interpellé à Moroni, en compagnie de son fixeur, Saïd Mhoudine.
                La reporter Ilona Varga a été interpellée à Tbilissi avec Levan Kobiashvili, le photographe qui l'accompagnait.
                Le guide Yvon Calmette est toujours incarcéré à Douchanbé, tout comme son interprète, Firuz Nazarov.""");
        assertEquals(Set.of("Gaspard Ntibazonkiza RW", "Aloys Ndimurwanko RW", "Arnaud Vellefaux UZ", "Rustam Kholmatov UZ",
                "Lucien Arbogast IR", "Anthime Colonna GT", "Elmer Cojtí GT", "Kofi Mensah TG", "Hery Rakotobe KM",
                "Saïd Mhoudine KM", "Ilona Varga GE", "Levan Kobiashvili GE", "Yvon Calmette TJ", "Firuz Nazarov TJ"),
                detentions(f));
    }

    /**
     * "Deux hommes sont toujours derrière les barreaux : A, second capitaine, et B": the persons the colon lists;
     * not past a verb after the cue.
     */
    @Test
    void personsListedAfterAColonAreHeld() {
        ArticleFacts f = extract("""
                Deux marins sont toujours détenus à Santiago de Cuba : le Marocain Karim Lahbabi, second capitaine, et le Sénégalais Moussa Diagne.
                Un pêcheur est détenu à La Havane, a indiqué le ministère, qui a désigné deux interlocuteurs : Paul Mercier et Anne Royer.""");
        assertEquals(Set.of("Karim Lahbabi CU", "Moussa Diagne CU"), detentions(f));
    }

    /**
     * Questioned in parliament far after the cue ("Interpellée au Grand Conseil lors de la séance des questions"),
     * or a member of a government, the Swiss Federal Council: no detention.
     */
    @Test
    void aFederalCouncillorQuestionedInParliamentIsNotHeld() {
        ArticleFacts f = extract("""
                Marc Vionnaz est détenu à Dakar depuis le mois de juin.
                Interpellée au Grand Conseil lors de la séance des questions, la syndique Anne Morel a assuré que la commune suivait le dossier.
                Le conseiller fédéral Beat Zumstein a été interpellé mercredi par les élus sur ce dossier.""");
        assertEquals(Set.of("Marc Vionnaz SN"), detentions(f));
    }

    /** "des masques achetés au Sénégal": where a thing was bought, not where its owner is held. */
    @Test
    void aPlaceWhereAThingWasBoughtIsNotWhereItsOwnerIsHeld() {
        ArticleFacts bought = extract("""
                Avec des masques sculptés achetés au Sénégal dans ses bagages, Paul Ravel a été arrêté à l'aéroport.""");
        assertEquals(Set.of(), detentions(bought));
        ArticleFacts lived = extract("""
                Installé au Sénégal depuis dix ans, Paul Ravel a été arrêté à l'aéroport.""");
        assertEquals(Set.of("Paul Ravel SN"), detentions(lived));
    }

    /**
     * "une embarcation partie de Libye": where somebody or something comes from, after "de" and a word of origin,
     * is not where anybody is held; a place after another preposition still is ("partis en Grèce").
     */
    @Test
    void aPlaceOfOriginIsNotWhereAnybodyIsHeld() {
        ArticleFacts f = extract("""
                Grèce : deux passeurs présumés en détention

                Issa Mahamat Nour a été arrêté en juin après le sauvetage d'une embarcation partie de Libye.
                Karim Jaouadi et Sami Jaouadi, deux frères originaires de Tunisie, sont placés en détention provisoire à la prison d'Agia.""");
        assertEquals(Set.of("Issa Mahamat Nour GR", "Karim Jaouadi GR", "Sami Jaouadi GR"), detentions(f));
        ArticleFacts went = extract("""
                Partis en Turquie pour un mariage, Jules Ferrand et Anne Ferrand y ont été arrêtés.""");
        assertEquals(Set.of("Jules Ferrand TR", "Anne Ferrand TR"), detentions(went));
    }

    /**
     * "interpellé près de Khoïniki avec sa collègue Y": the companion is held where the article places the other
     * one; not when it places that one in two countries.
     */
    @Test
    void aCompanionIsHeldWhereTheOtherOneIs() {
        ArticleFacts f = extract("""
                Le géologue Hugo Lamarre a été condamné par un tribunal ouzbek.
                Il avait été interpellé près de Zarafchan avec son guide, Timour Akhmedov.""");
        assertEquals(Set.of("Hugo Lamarre UZ", "Timour Akhmedov UZ"), detentions(f));
        ArticleFacts two = extract("""
                Le géologue Hugo Lamarre a été condamné par un tribunal ouzbek. Il est aujourd'hui détenu par les autorités kazakhes.
                Il avait été interpellé près de Zarafchan avec son guide, Timour Akhmedov.""");
        assertEquals(Set.of("Hugo Lamarre UZ", "Hugo Lamarre KZ"), detentions(two));
    }

    /**
     * "Arrêté à Prague sur la foi d'une notice émise par le Bélarus, le journaliste X a passé …": the subject of an
     * opening participle comes after the comma that closes it, past a verb or a quotation inside it; held where
     * the cue says.
     */
    @Test
    void theSubjectOfAnOpeningParticipleComesAfterItsComma() {
        ArticleFacts f = extract("""
                Arrêté à l'aéroport de Prague sur la foi d'une notice d'Interpol émise par le Bélarus, le journaliste Ihor Barsky a passé neuf jours en détention avant d'être libéré.""");
        assertTrue(detentions(f).contains("Ihor Barsky CZ"), detentions(f).toString());
        ArticleFacts quoted = extract("""
                Arrêté à Tbilissi en mars et condamné pour « hooliganisme, outrage », le photographe Rémi Caussade a retrouvé les siens.""");
        assertEquals(Set.of("Rémi Caussade GE"), detentions(quoted));
    }

    /** "arrêté par les garde-côtes libyens": a force that arrests names the holding country before a place further on. */
    @Test
    void arrestingForceNamesTheCountry() {
        ArticleFacts f = extract("""
                Le skipper Loïc Garrec a été arrêté par les garde-côtes libyens au large de la Tunisie.
                Le berger Aram Sarkissian a été arrêté par des gardes-frontières azerbaïdjanais dans la région arménienne du Tavouch.""");
        assertEquals(Set.of("Loïc Garrec LY", "Aram Sarkissian AZ"), detentions(f));
    }

    /** "enfermé au Panama": locked up is held. */
    @Test
    void lockedUpIsHeld() {
        ArticleFacts f = extract("""
                Yanis Haddad, ingénieur de Béjaïa, a passé près d'un mois enfermé au Panama après son expulsion.""");
        assertEquals(Set.of("Yanis Haddad PA"), detentions(f));
    }

    /**
     * "il avait passé trois semaines en détention", "Arrêté le 11 mars à Dakar, il était soupçonné", "L'homme
     * d'affaires venait de passer trois mois à la prison": a pronoun or a role noun is the subject of a cue its
     * predicate leads to, or of an opening participle.
     */
    @Test
    void aPronounOrARoleNounReachesTheCueOverItsPredicate() {
        ArticleFacts before = extract("""
                Un Lyonnais de nouveau libre

                Ce n'est pas la première fois que Timothée Varennes a maille à partir avec la justice : en 2016, il avait passé trois semaines en détention à Bamako, au Mali, avant d'être relâché.""");
        assertEquals(Set.of("Timothée Varennes ML"), detentions(before));
        ArticleFacts opening = extract("""
                Timothée Varennes, 52 ans, a été accueilli par ses proches à Lyon.
                Arrêté le 11 mars à Dakar par des agents des douanes, il était soupçonné de fraude.""");
        assertEquals(Set.of("Timothée Varennes SN"), detentions(opening));
        ArticleFacts role = extract("""
                Timothée Varennes, 52 ans, a été accueilli par ses proches à Lyon.
                L'homme d'affaires venait de passer trois mois à la prison centrale de Lomé.""");
        assertEquals(Set.of("Timothée Varennes TG"), detentions(role));
    }

    /**
     * "Ce n'était pas la première fois que l'hydrogéologue … En 2019, il avait passé deux nuits en cellule": a
     * description nearer the pronoun than any name is whom the pronoun stands for, the person the article gave
     * that role; "le Namurois" whom no name was given with stands for nobody the passage can tell.
     */
    @Test
    void aDescriptionBeforeThePronounIsWhomItStandsFor() {
        ArticleFacts role = extract("""
                Marc Vautrin, hydrogéologue de Thoune, purge une peine de cinq ans dans une prison de Rangoun.
                Des soldats l'avaient arrêté avec son collègue, le technicien Aung Kyaw.
                Ce n'était pas la première fois que l'hydrogéologue avait affaire aux autorités. En 2019 déjà, il avait passé deux nuits en cellule à Mae Sot, en Thaïlande.""");
        assertTrue(detentions(role).contains("Marc Vautrin TH"), detentions(role).toString());
        assertTrue(detentions(role).stream().noneMatch(d -> d.startsWith("Aung Kyaw TH")), detentions(role).toString());
        ArticleFacts demonym = extract("""
                Lucien Dorval, un humanitaire namurois, est détenu à Bakou.
                Son père, Henri Dorval, ancien instituteur, se veut combatif.
                Lors de son dernier appel, le Namurois a demandé à sa mère de ne pas pleurer. Il a passé les premiers jours de sa détention à Bakou à l'isolement.""");
        assertEquals(Set.of("Lucien Dorval AZ"), detentions(demonym));
    }

    /** "Ce Franco-Marocain de Roubaix a été condamné": a demonstrative and a demonym stand for the person just named. */
    @Test
    void aDemonstrativeDemonymIsThePersonJustNamed() {
        ArticleFacts f = extract("""
                Parti enterrer son oncle dans le Rif, Karim Benali, 33 ans, n'est jamais rentré.
                Ce Franco-Marocain de Roubaix a été condamné mercredi par le tribunal de Nador à deux ans de prison ferme.""");
        assertEquals(Set.of("Karim Benali MA"), detentions(f));
    }

    /** "le directeur de la prison": a prison that qualifies a role says who works there, not who is held. */
    @Test
    void thePrisonOfAPrisonGovernorHoldsNobody() {
        ArticleFacts f = extract("""
                Amadou Keïta est directeur de la prison centrale de Bamako depuis 2019.
                Il est aussi gardien de prison à Kati.""");
        assertEquals(Set.of(), detentions(f));
    }

    /**
     * "Les deux militants avaient été interpellés", "Placés en garde à vue, puis …, ils": "les deux" and a noun
     * stand for the two persons the sentence before names, "ils" for the persons the sentence before held; "Un
     * étudiant arrêté avec eux, X," names the student.
     */
    @Test
    void theTwoAndTheirPronounAreThePersonsJustNamed() {
        ArticleFacts f = extract("""
                Albanie : deux militants expulsés

                Greta Lindqvist, infirmière de 27 ans, et Paolo Benedetti, cuisinier de 34 ans, ont embarqué jeudi sur un vol pour Bari.
                Les deux militants avaient été interpellés lundi à Shkodër. Placés en garde à vue, puis en détention provisoire à la prison de Durrës, ils étaient poursuivis pour entrave.
                Un étudiant albanais arrêté avec eux, Ylber Gjonbalaj, a été remis en liberté sous contrôle judiciaire.""");
        assertEquals(Set.of("Greta Lindqvist AL", "Paolo Benedetti AL", "Ylber Gjonbalaj AL"), detentions(f));
        assertEquals(Set.of("detention:custody+plural-pronoun+previous-held+place"), f.detentions().stream()
                .filter(d -> d.evidence().sentence().startsWith("Placés")).map(d -> d.evidence().rule()).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * A rubric above the headline ("MONDE") leaves the headline's country to the line under it; "après deux ans de
     * prison au Koweït" holds the subject of its clause; "un commerçant de Tyr" comes from Tyr, not held there;
     * "Beni Ansar" is not Beni.
     */
    @Test
    void aRubricAnOpeningLengthAnOriginAndALongerName() {
        ArticleFacts rubric = extract("""
                MONDE

                Serbie : libéré après 40 jours de détention, un ingénieur raconte

                Arrêté avec un drone près d'une base militaire, Bastien Morlaix a été condamné à dix mois avec sursis.""");
        assertEquals(Set.of("Bastien Morlaix RS"), detentions(rubric));
        ArticleFacts after = extract("""
                Retour à Beyrouth

                Samir Haddad est rentré au Liban après deux ans de prison au Koweït.""");
        assertEquals(Set.of("Samir Haddad KW"), detentions(after));
        ArticleFacts origin = extract("""
                Koweït : deux Libanais toujours détenus

                Samir Haddad reste incarcéré à Sulaibiya, tout comme Nabil Fares, un commerçant de Tyr condamné à quinze ans.""");
        assertEquals(Set.of("Samir Haddad KW", "Nabil Fares KW"), detentions(origin));
        ArticleFacts longer = extract("""
                Maroc : un infirmier belge condamné

                Selon ses proches, l'infirmier Karim Ouazzani a été interpellé au poste-frontière de Beni Ansar, puis placé en garde à vue à Nador.""");
        assertEquals(Set.of("Karim Ouazzani MA"), detentions(longer));
    }

    /** "l'ingénieur" after "X, ingénieur en télécommunications,": the person given that role, not the one named last. */
    @Test
    void aRoleNounIsThePersonGivenThatRole() {
        ArticleFacts f = extract("""
                Un ingénieur rentre en France

                Arthur Kasparian, ingénieur en télécommunications de 31 ans, a atterri mercredi soir à Lyon. Il a remercié son avocat, Me Paul Girard.
                Ce n'était pas sa première mésaventure. En 2022, l'ingénieur avait déjà été retenu deux jours par la police à Bakou, en Azerbaïdjan.""");
        assertEquals(Set.of("Arthur Kasparian AZ"), detentions(f));
    }

    /**
     * "Au Panama, un skipper …" as a headline names the article's country; "complexe pénitentiaire", "en colonie"
     * are places of detention; the persons after "libérés par" release, "Selon X," is a source, and "Le frère de
     * X" is not X.
     */
    @Test
    void aLocatedHeadlineSourcesAgentsAndRelatives() {
        ArticleFacts located = extract("""
                Au Panama, un skipper français oublié

                Depuis dix-neuf mois, Hugo Marchal attend son procès. Il est détenu depuis avril 2024.""");
        assertEquals(Set.of("Hugo Marchal PA"), detentions(located));
        ArticleFacts places = extract("""
                Deux Européens détenus

                Hugo Marchal a passé trois mois au complexe pénitentiaire de Tocorón, au Venezuela.
                Piotr Nowak est toujours en colonie, en Biélorussie.""");
        assertEquals(Set.of("Hugo Marchal VE", "Piotr Nowak BY"), detentions(places));
        ArticleFacts others = extract("""
                Biélorussie : 31 prisonniers libérés

                Elle est descendue du bus avec la tenue grise de la colonie pénitentiaire n° 4 de Homiel. Anna Petrova, 52 ans, fait partie des 31 détenus libérés mardi par le régime de Viktor Orlov.
                Selon l'avocat Pavel Sobol, plus d'un millier de prisonniers politiques restent détenus en Biélorussie.
                Le frère de Tatsiana Lenz toujours en colonie""");
        assertTrue(detentions(others).stream().noneMatch(d -> d.startsWith("Viktor Orlov") || d.startsWith("Pavel Sobol")
                || d.startsWith("Tatsiana Lenz")), detentions(others).toString());
    }

    /**
     * A town before the headline's colon ("Tours :") is where a local paper's reader lives, not a country the
     * article's detentions are in; "conduit à la prison" holds its subject.
     */
    @Test
    void aTownHeadlineAndATransferToAPrison() {
        ArticleFacts town = extract("""
                Tours : un photographe raconte sa détention

                Quentin Morel a été arrêté en mars à Narva, en Estonie. Son fixeur, Artur Tamm, est arrêté le même jour.""");
        assertEquals(Set.of("Quentin Morel EE", "Artur Tamm EE"), detentions(town));
        ArticleFacts transfer = extract("""
                Deux détenus transférés

                Marc Dubreuil est rentré en France en 2023. Il est conduit à la prison de Bamako.""");
        assertEquals(Set.of("Marc Dubreuil ML"), detentions(transfer));
    }

    /** An intertitle ("Le pasteur toujours détenu") announces whom the next paragraph names, not the person before it. */
    @Test
    void anIntertitleResolvesToNobodyBeforeIt() {
        ArticleFacts f = extract("""
                Népal : une Vaudoise expulsée

                Le porte-parole de la police de Pokhara, l'inspecteur Ram Bahadur Karki, maintient que l'enquête était fondée.

                Le pasteur toujours détenu

                Le pasteur Bishnu Tamang purge sa peine à la prison de district de Kaski.""");
        assertTrue(detentions(f).stream().noneMatch(d -> d.startsWith("Ram Bahadur Karki")), detentions(f).toString());
        assertTrue(Passages.roles(f).contains("Ram Bahadur Karki: inspecteur"), Passages.roles(f).toString());
    }

    /** "la prison zagreboise de Remetinec": a capital's adjective names the country, not the nationality beside it. */
    @Test
    void aCapitalsAdjectiveNamesTheCountry() {
        ArticleFacts f = extract("""
                Serbie : un réserviste réclamé par Belgrade

                Les autorités serbes réclament le transfert de Dragan Petrović, un ancien réserviste de la police serbe détenu à la prison zagreboise de Remetinec.""");
        assertEquals(Set.of("Dragan Petrović HR"), detentions(f));
    }

    /** "de la capitale biélorusse", "de la région russe de Perm": a part of a country named by its adjective. */
    @Test
    void aCountrysPartNamedByItsAdjective() {
        ArticleFacts f = extract("""
                Un enseignant condamné

                Corentin Le Bihan enseignait le français depuis six ans. Arrêté en novembre dans son appartement de la capitale biélorusse, il a été condamné en avril.
                Son collègue Artem Voronine est détenu dans une prison de la région russe de Perm.""");
        assertEquals(Set.of("Corentin Le Bihan BY", "Artem Voronine RU"), detentions(f));
    }

    /** "N'Guessan", "N'Djamena": the N' of a West African name is no elided "ne", in the text or in the gazetteer. */
    @Test
    void aNameOpeningOnNApostrophe() {
        ArticleFacts f = extract("""
                Un maçon libéré

                Le maçon ivoirien Yao N'Dri a passé huit mois à la maison d'arrêt de N'Djamena.""");
        assertEquals(Set.of("Yao N'Dri TD"), detentions(f));
    }

    /**
     * "le Franco-Colombien", "Le Français", as a subject: the one person the article described with that nationality
     * beside the name, whatever its gender; nobody when two persons share it.
     */
    @Test
    void aNationalityNounIsThePersonDescribedWithIt() {
        ArticleFacts f = extract("""
                Un humanitaire libéré

                L'humanitaire franco-colombienne Inés Carvajal est rentrée mardi, comme le photographe allemand Jonas Weber. Arrêtée en septembre près de Cúcuta, la Franco-Colombienne avait été accusée de complot. Elle n'a jamais été jugée.
                Le sort d'Olivier Marchal, un Français de 52 ans, inquiète. Le Français est détenu depuis mars à Bakou.
                Le sort de Jonas Weber inquiète aussi. La Franco-Colombienne connaît ces soupçons : en 2019, elle avait passé trois jours en garde à vue à Quito.""");
        assertEquals(Set.of("Inés Carvajal CO", "Olivier Marchal AZ", "Inés Carvajal EC"), detentions(f));
        ArticleFacts two = extract("""
                Deux Français détenus

                Le Français Paul Ferrand et le Français Luc Moreau ont disparu en mai. Le Français est détenu depuis mars à Bakou.""");
        assertEquals(Set.of(), detentions(two));
    }

    /**
     * "derrière les barreaux saoudiens": bars hold, as a prison does; "est rentré à Beyrouth" names where the
     * person came home, "rentré dimanche de Nauru" where they were held.
     */
    @Test
    void barsHoldAndAReturnNamesHomeUnlessFrom() {
        ArticleFacts f = extract("""
                Un comptable libéré

                Après 27 mois derrière les barreaux saoudiens, Karim Haddad est rentré à Beyrouth.
                Tom Geller a retrouvé les siens. Le photographe de 38 ans est rentré dimanche de Nauru, via Brisbane, après neuf jours de détention.
                Détenu pendant deux ans, Omar Saleh est rentré mardi à Amman.""");
        assertEquals(Set.of("Karim Haddad SA", "Tom Geller NR"), detentions(f));
    }

    /**
     * "avait passé cinq mois à El Helicoide": a prison the gazetteer knows holds its subject as "prison" does;
     * standing before it holds nobody ("devant El Helicoide").
     */
    @Test
    void aKnownPrisonHoldsWhoeverIsInIt() {
        ArticleFacts f = extract("""
                Venezuela : un cycliste expulsé

                En 2023, le cycliste allemand Lukas Brandt avait passé cinq mois à El Helicoide avant d'être expulsé vers la Colombie.
                Anna Brandt a manifesté devant El Helicoide en mai.""");
        assertEquals(Set.of("Lukas Brandt VE"), detentions(f));
    }

    /**
     * "a condamné A, B et C à quinze ans de servitude pénale": every name of a list that a conjunction closes is
     * the sentence verb's object; names joined by a comma alone are no list ("a condamné A, B s'en indigne").
     */
    @Test
    void aListOfObjectsClosedByAConjunctionIsHeldWhole() {
        ArticleFacts f = extract("""
                Burundi : trois hommes condamnés

                Le 24 octobre, le tribunal de grande instance de Gitega a condamné Jean-Marie Ndayizeye, Éloi Nkurunziza et Prosper Hakizimana à quinze ans de servitude pénale.
                Le tribunal de Ngozi a condamné Léonce Bigirimana, Gaspard Niyonzima s'en indigne.""");
        assertEquals(Set.of("Jean-Marie Ndayizeye BI", "Éloi Nkurunziza BI", "Prosper Hakizimana BI", "Léonce Bigirimana BI"),
                detentions(f));
    }

    /**
     * Participles and verbs coordinated by "et" or "puis" share their subject, over a chain and an infinitive
     * ("a été frappé d'une interdiction de quitter le territoire, puis arrêté … et incarcéré"), a negation ("n'a
     * pas bénéficié de la mesure et se trouve toujours en détention") or from an apposition to a name ("X, arrêté
     * au Cap-Vert puis emprisonné aux États-Unis").
     */
    @Test
    void aChainOfCoordinatedParticiplesSharesItsSubject() {
        ArticleFacts f = extract("""
                Un entrepreneur rentre au pays

                Un fournisseur a porté plainte ; Joris Van Acker a été frappé d'une interdiction de quitter le territoire en août 2024, puis arrêté en mai dernier et incarcéré à la prison centrale de Doha.
                Le Qatar avait déjà servi d'intermédiaire pour rendre à Caracas l'homme d'affaires Ramon Quintero, arrêté au Cap-Vert en 2020 puis emprisonné aux États-Unis.
                Le copilote colombien de l'appareil, Andrés Felipe Ruiz, n'a pas bénéficié de la même décision et se trouve toujours en détention au Cap-Haïtien.""");
        assertEquals(Set.of("Joris Van Acker QA", "Ramon Quintero CV", "Ramon Quintero US", "Andrés Felipe Ruiz HT"), detentions(f));
    }

    /**
     * "Après quatre mois passés à la prison civile de X, le pilote Y a été remis": a length of time spent in prison
     * opening the sentence is said of the subject after it; "se trouve en détention" links its subject as "est en
     * détention" does, but "trouve" without the pronoun does not ("Marie trouve son fils, détenu").
     */
    @Test
    void timeSpentInPrisonOpeningTheSentenceAndSeTrouverHoldTheSubject() {
        ArticleFacts f = extract("""
                Haïti : un pilote belge libéré

                Après quatre mois passés à la prison civile de Jacmel, le pilote belge Joris Maes a été remis dimanche aux autorités dominicaines.
                Son mécanicien, Pieter Claes, se trouve toujours en détention à Port-au-Prince.
                À Gand, Marie Claes trouve son fils, détenu depuis des mois, changé.""");
        assertEquals(Set.of("Joris Maes HT", "Pieter Claes HT"), detentions(f));
    }

    /**
     * "La comptable lavalloise de 34 ans a été arrêtée": a role the tagger reads as an adjective before another
     * word still heads the noun phrase that stands for the person just named.
     */
    @Test
    void aRoleTaggedAsAnAdjectiveStillHeadsTheSubject() {
        ArticleFacts f = extract("""
                Une Lavalloise détenue en Colombie

                Depuis 211 jours, Valeria Ospina-Roy dort sur un matelas de mousse.
                La comptable lavalloise de 34 ans, qui possède la double nationalité, a été arrêtée le 13 novembre dernier à Bogotá.""");
        assertEquals(Set.of("Valeria Ospina-Roy CO"), detentions(f));
    }

    /**
     * A subject pronoun after a verbless phrase that opens on a preposition ("En 2019, sous l'ancien président X,
     * il avait passé …"), or whose gender is not the name's ("…, qui allait renverser le président X, elle avait
     * passé …"), is the subject instead of the name before it.
     */
    @Test
    void aSubjectPronounAfterAFrontedPhraseIsNotTheNameInIt() {
        ArticleFacts f = extract("""
                Soudan : un chirurgien libéré

                Le chirurgien Khalid Osman a été libéré mardi.
                En 2019, sous l'ancien président Omar Bachir, il avait passé six semaines à la prison de Kober, à Khartoum.
                Sa consœur Amal Idris connaît les geôles soudanaises : en janvier 2019, au plus fort de la révolution qui allait renverser l'ancien président Omar Bachir, elle avait passé trois semaines à la prison de Kober.""");
        assertEquals(Set.of("Khalid Osman SD", "Amal Idris SD"), detentions(f));
    }

    /**
     * "X, le fixeur qui accompagnait Y, est toujours détenu": a name in the relative clause of an apposition is
     * not who is held; "A et sa femme, B, arrêtés": the plural participle holds both.
     */
    @Test
    void aNameInARelativeClauseIsNotHeldAndAPluralParticipleHoldsBothSpouses() {
        ArticleFacts f = extract("""
                Éthiopie : un journaliste libéré

                Ilyas Abdi Warsame, le fixeur éthiopien qui accompagnait Abdi Farah, est toujours détenu à Dire Dawa.
                Le Britannique Peter Rowland et sa femme, Barbara, arrêtés en février 2025 à Bamiyan, avaient été relâchés en septembre.""");
        assertEquals(Set.of("Ilyas Abdi Warsame ET", "Peter Rowland AF", "Barbara AF"), detentions(f));
    }

    /**
     * When the detentions of named persons split between countries, the cues said of nobody named vote with them
     * for the article's country ("Un instructeur … est détenu depuis huit mois au Honduras"): a detention with no
     * country of its own is held there.
     */
    @Test
    void cuesSaidOfNobodyNamedVoteWhenTheNamedSplit() {
        ArticleFacts f = extract("""
                Un Québécois croupit dans une prison

                Un instructeur de plongée originaire de Rimouski est détenu depuis huit mois au Honduras.
                Kevin Tremblay, 34 ans, a été arrêté le 2 juin dernier au Honduras.
                Un autre étranger arrêté dans la même affaire, le marin américain Tyler Rhodes, est toujours détenu à Tamaraca.
                L'ancien président Juan Carlos Funes a lui-même passé trois ans derrière les barreaux aux États-Unis.""");
        assertEquals(Set.of("Kevin Tremblay HN", "Tyler Rhodes HN", "Juan Carlos Funes US"), detentions(f));
    }

    /**
     * "Correspondant d'un site basé à Kinshasa, le journaliste de 41 ans avait été interpellé": a role noun after a
     * fronted noun phrase without article is the person named just before; "il" in the next sentence is the
     * person held there, not the name that completes a noun ("la réélection de Paul X"); "à la Défense" names a
     * ministry, not a place in France.
     */
    @Test
    void aRoleAfterAFrontedNounPhraseAndThePronounAfterIt() {
        ArticleFacts f = extract("""
                Cameroun : un journaliste congolais libéré

                « J'ai quitté la prison avec la chemise de mon arrestation », raconte Didier Kabamba.
                Correspondant d'un site d'information basé à Kinshasa, le journaliste de 41 ans avait été interpellé le 28 octobre à Garoua, alors qu'il couvrait les manifestations qui avaient suivi la réélection de Paul Mvondo.
                Transféré à Yaoundé, il avait été détenu plusieurs semaines dans les locaux du Secrétariat d'État à la Défense.""");
        assertEquals(Set.of("Didier Kabamba CM"), detentions(f));
    }

    /**
     * "X, lui, connaissait les risques : en 2021, il avait été retenu deux nuits dans un commissariat de Puno": the
     * pronoun after a colon is the one person named before it, not the one the sentence before held; a cue opening
     * the clause after a colon has its subject after it; a police station where somebody spends nights holds
     * them, going there does not.
     */
    @Test
    void aPronounAfterAColonIsThePersonNamedBeforeIt() {
        ArticleFacts f = extract("""
                Bolivie : un documentariste libéré

                En 2019 déjà, un étudiant belge, Pieter Vandamme, avait passé trois mois à la prison de San Pedro, à La Paz.
                Marc Ollivier, lui, connaissait les risques : en 2021, il avait passé deux nuits dans un commissariat de Puno, au Pérou.
                Son oncle, Jamil Haddad, fait figure d'exception : détenu pendant vingt ans à Saydnaya, il avait été libéré en 2024.
                Son frère Paul Ollivier s'est rendu au commissariat de Lyon pour porter plainte.
                Ce n'était pas la première mésaventure d'Hugo Vidal dans la région : en 2019, il avait passé une nuit au poste de police de Cúcuta, en Colombie.""");
        assertEquals(Set.of("Pieter Vandamme BO", "Marc Ollivier PE", "Jamil Haddad SY", "Hugo Vidal CO"), detentions(f));
        ArticleFacts two = extract("""
                Bolivie : deux documentaristes

                Paul Girard et Marc Ollivier connaissaient les risques : en 2021, il avait passé deux nuits dans un commissariat de Puno.""");
        assertEquals(Set.of(), detentions(two));
    }

    /**
     * "Tchad : libéré après sept mois de détention, X est arrivé à Lomé": the place of a cue in a phrase opening
     * the sentence or clause is inside the phrase, not where its subject went after.
     */
    @Test
    void anOpeningPhrasesPlaceIsInsideIt() {
        ArticleFacts f = extract("""
                Tchad : libéré après sept mois de détention, l'hydrogéologue espagnol Íñigo Arrieta est arrivé à Lomé

                Arrêté en avril à Abéché, il a été détenu sept mois par les services de renseignement tchadiens.""");
        assertEquals(Set.of("Íñigo Arrieta TD"), detentions(f));
        ArticleFacts talk = extract("""
                Iran : une chercheuse libérée

                Interpellée en mai à Téhéran, Anne Colin a été relâchée mardi.
                Retenue pendant deux mois, Claire Morel a donné jeudi une conférence de presse à Genève.""");
        assertEquals(Set.of("Anne Colin IR", "Claire Morel IR"), detentions(talk));
    }

    /**
     * "En août 2020, venu couvrir la réélection contestée d'Alexandre X, il avait passé quinze jours à la prison
     * d'Okrestina": a name completing a noun (past its adjective) before a pronoun opening the clause is not
     * who is held.
     */
    @Test
    void aNameCompletingANounBeforeThePronounSubjectIsNotHeld() {
        ArticleFacts f = extract("""
                Bélarus : un journaliste libéré

                Julien Maréchal a été libéré mardi.
                Le journaliste de 34 ans avait déjà été arrêté au Bélarus. En août 2020, venu couvrir les manifestations contre la réélection contestée d'Alexandre Vorobei, il avait passé quinze jours à la prison d'Okrestina.""");
        assertEquals(Set.of("Julien Maréchal BY"), detentions(f));
        ArticleFacts alone = extract("""
                Bélarus : un journaliste libéré

                En août 2020, venu couvrir la réélection contestée d'Alexandre Vorobei, il avait passé quinze jours à la prison d'Okrestina.""");
        assertEquals(Set.of(), detentions(alone));
    }

    /**
     * "Le cas rappelle celui d'Ahmadreza X, médecin …, toujours détenu à Evin": the person after "celui de", whose
     * case the pronoun stands for, is who is held.
     */
    @Test
    void thePersonWhoseCaseIsRecalledIsHeld() {
        ArticleFacts f = extract("""
                Iran : une infirmière transférée

                Le cas rappelle aussi celui d'Ahmadreza Jalili, médecin irano-suédois et ancien chercheur invité à la VUB, toujours détenu à Evin.""");
        assertEquals(Set.of("Ahmadreza Jalili IR"), detentions(f));
    }

    /**
     * "X a été libérée dimanche par les autorités vénézuéliennes, en même temps que Y": the state named after "par"
     * held both; "A, B et C avaient été libérés lors d'une amnistie": those released were held where the article's
     * detentions are. Not "ces libérations", not "le régime libère au compte-gouttes", not a hostage freed.
     */
    @Test
    void thoseReleasedWereHeld() {
        ArticleFacts f = extract("""
                Birmanie : une cinéaste amnistiée

                La cinéaste Malee Chaiyo a été libérée dimanche soir par les autorités birmanes, en même temps que le photographe suédois Nils Berg.
                Elle était détenue depuis un an à la prison d'Insein, à Rangoun.
                En 2022, l'économiste australien Sean Turner et le cinéaste japonais Toru Kubo avaient été libérés lors d'une amnistie.
                Pour Marc Delorme, chercheur, ces libérations s'inscrivent dans une stratégie bien rodée.
                Dernière otage française dans le monde, Anne Pétrin a été libérée jeudi.""");
        assertEquals(Set.of("Malee Chaiyo MM", "Nils Berg MM", "Sean Turner MM", "Toru Kubo MM"), detentions(f));
    }

    /**
     * "retenue plus de six ans par les Farc dans la jungle", "enlevé à Gao par le Groupe de soutien à l'islam et aux
     * musulmans": held by an armed group, not by a state; "détenu par la police" still is.
     */
    @Test
    void aPersonHeldByAnArmedGroupIsNotHeldByAState() {
        ArticleFacts f = extract("""
                Colombie : un agronome libéré

                Marina Oyelaran avait été retenue plus de six ans par les Farc dans la jungle colombienne.
                Le reporter Tom Vasseur, enlevé à Gao en 2021 par le Groupe de soutien à l'islam et aux musulmans, a été libéré en 2023.
                Son collègue Paul Ibarra avait été détenu par la police à Bogota.""");
        assertEquals(Set.of("Paul Ibarra CO"), detentions(f));
    }

    /**
     * "Acquitté après deux ans de détention, un moniteur de plongée enfin de retour en France": the country after
     * "de retour" is where the person came home to, not where they were held.
     */
    @Test
    void theCountryAPersonReturnedToIsNotWhereTheyWereHeld() {
        ArticleFacts f = extract("""
                Philippines : Acquitté après deux ans de détention, un moniteur de plongée de retour en France

                Yann Ropars avait été arrêté en 2024 sur l'île de Busuanga.""");
        assertEquals(Set.of("Yann Ropars PH"), detentions(f));
    }

    /**
     * "L'ancienne sénatrice Leila X, l'une des opposantes à Rodrigo Y, a passé six ans en détention": a name after a
     * preposition inside an apposition is not who is held; "L'ancien président est lui-même détenu à La Haye": after
     * "l'", the role's own gender picks the one man named before. Not a name after a verb ("a rendu visite à Z").
     */
    @Test
    void aComplementInAnAppositionIsNotHeldAndARoleOfKnownGenderPicksItsPerson() {
        ArticleFacts f = extract("""
                Philippines : une opposante acquittée

                L'ancienne sénatrice Maria de Lima, l'une des principales opposantes à Ramon Tugade, a passé six ans en détention au Camp Crame.
                L'ancien président est lui-même détenu depuis mars à La Haye.
                L'ambassadrice de France, Ana Reyes, a rendu visite à Luis Ocampo en prison.""");
        assertEquals(Set.of("Maria de Lima PH", "Ramon Tugade NL", "Luis Ocampo PH"), detentions(f));
    }

    /**
     * "X, un pêcheur de 61 ans, est mort en détention à Karachi": who died where they were held was held there.
     * "Arrêté en 2021 avec son fils Y, il avait été condamné": the son named after a preposition in the opening
     * phrase is held alongside, the pronoun is the person of the sentence before. "Neuf Pakistanais ont été
     * libérés de la prison d'Amritsar. Parmi eux, Z, …": Z was held where the group was, unless Z's own sentence
     * says where.
     */
    @Test
    void diedInDetentionHeldWithHisSonAndNamedAmongAGroup() {
        ArticleFacts f = extract("""
                Pakistan : vingt-deux pêcheurs indiens libérés

                Tous ne sont pas rentrés. Kiran Bhatt, un pêcheur de 61 ans, est mort en détention à Karachi en mars.
                Parmi les libérés figure Ravi Solanki, patron pêcheur de 52 ans. Arrêté en 2021 à Karachi avec son fils Mohan, il n'a revu les siens que mardi.
                Côté indien, neuf Pakistanais ont été libérés de la prison centrale d'Amritsar. Parmi eux, Javed Arif, un berger de 61 ans.
                Côté indien, deux Pakistanais ont été libérés de la prison centrale d'Amritsar. Parmi eux, Nadir Shah, condamné en 2020 à Lahore.""");
        assertEquals(Set.of("Kiran Bhatt PK", "Ravi Solanki PK", "Mohan PK", "Javed Arif IN", "Nadir Shah PK"), detentions(f));
    }

    /** "le juriste lao X n'a plus donné signe de vie" after "Arrêté en même temps qu'elle,": a demonym read as a preposition. */
    @Test
    void aDemonymTheTaggerReadsAsAPrepositionDoesNotHideTheSubject() {
        ArticleFacts f = extract("""
                Laos : une Suissesse expulsée

                Arrêté en même temps qu'elle à Vientiane, le juriste lao Somsak Keola n'a plus donné signe de vie.""");
        assertEquals(Set.of("Somsak Keola LA"), detentions(f));
    }

    /**
     * "A, B et C, trois Libanais arrêtés par l'armée israélienne": a plural noun in apposition to names stands for
     * them; "Tous trois ont été détenus à X" gathers the three persons named over the sentences before; "D'abord
     * incarcéré à la prison de Y, Z …": an adverb may open the participial phrase.
     */
    @Test
    void aGroupInAppositionTousTroisAndAnAdverbBeforeTheOpeningParticiple() {
        ArticleFacts f = extract("""
                Liban : trois bergers rendus

                Karim Haddad, Samir Nassar et Fadi Azar, trois Libanais arrêtés ces derniers mois par l'armée israélienne, ont été remis mardi.

                Nabil Saad, un berger de 23 ans, avait été interpellé en février. Walid Aoun, pêcheur, avait été intercepté en mer, tandis que Tarek Zein avait été arrêté dans son verger. Tous trois ont été détenus près de Haïfa.

                D'abord incarcéré à la prison centrale de Chiang Mai, Paul Girard a été transféré à Bangkok.""");
        assertEquals(Set.of("Karim Haddad IL", "Samir Nassar IL", "Fadi Azar IL", "Nabil Saad IL", "Walid Aoun IL",
                "Tarek Zein IL", "Paul Girard TH"), detentions(f));
    }

    /**
     * "Gracié par le sultan d'Oman, le skipper X retrouve la France", "gracié par le roi de Bahreïn": the state
     * whose head released was the one that held, and the skipper is no sultan; not a name inside the opening
     * phrase ("Libérée par la Russie en échange du marchand d'armes Y, Z a atterri"); "décidées par le chef de la
     * junte, le général W": a rank after an office is the same person.
     */
    @Test
    void releasedByAHeadOfStateWasHeldInThatState() {
        ArticleFacts f = extract("""
                Oman : un skipper libéré

                Gracié par le sultan d'Oman, le skipper breton Yann Kerhoas retrouve la France

                Son équipier Malo Tanguy a été gracié par le roi de Bahreïn.
                Libérée par la Russie en échange du marchand d'armes Oleg Marin, Jane Doyle a atterri au Texas.
                Ces grâces, décidées par le chef de la junte, le général Aung Tun, sont une tradition.""");
        assertEquals(Set.of("Yann Kerhoas OM", "Malo Tanguy BH", "Jane Doyle RU"), detentions(f));
        assertFalse(roles(f).contains("Yann Kerhoas: sultan"), roles(f).toString());
        assertTrue(roles(f).contains("Aung Tun: chef de la junte"), roles(f).toString());
    }
}
