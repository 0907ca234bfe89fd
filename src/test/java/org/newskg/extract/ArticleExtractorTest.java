package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.Passages.detentions;
import static org.newskg.extract.Passages.extract;
import static org.newskg.extract.Passages.quotes;
import static org.newskg.extract.Passages.roles;
import static org.newskg.extract.Passages.speaker;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Extraction on short French news passages written for these tests (people, places and outlets of our own
 * choosing), one construction each: what a careful reader attributes, the test expects.
 */
class ArticleExtractorTest {

    @Test
    void invertedAttributionThenPronounThenContinuation() {
        ArticleFacts f = extract("""
                La ministre norvégienne des Affaires étrangères Ingrid Solberg s'est rendue mardi à Oslo.
                « Nous ne cèderons rien sur ce dossier », a déclaré Ingrid Solberg devant la presse. « Le dialogue reste ouvert », a-t-elle ajouté.
                « Il faudra du temps pour conclure. »""");
        assertEquals(List.of(
                "Nous ne cèderons rien sur ce dossier | Ingrid Solberg",
                "Le dialogue reste ouvert | Ingrid Solberg",
                "Il faudra du temps pour conclure. | Ingrid Solberg"), quotes(f));
        assertTrue(roles(f).contains("Ingrid Solberg: ministre des affaires étrangères"), roles(f).toString());
    }

    @Test
    void aHeadlineQuoteTakesTheSpeakerOfTheQuotationThatRepeatsIt() {
        ArticleFacts f = extract("""
                "Nos enfants ne sont pas des monnaies d'échange"

                Le père de Tomas Varga, Istvan Varga, a répondu aux journalistes à Budapest. "Je le dis depuis le premier jour : nos enfants ne sont pas des monnaies d'échange entre États", a-t-il déclaré.""");
        assertEquals(List.of(
                "Nos enfants ne sont pas des monnaies d'échange | Istvan Varga",
                "Je le dis depuis le premier jour : nos enfants ne sont pas des monnaies d'échange entre États | Istvan Varga"),
                quotes(f));
    }

    @Test
    void aHeadlineQuoteThatTwoSpeakersRepeatStaysUnattributed() {
        ArticleFacts f = extract("""
                "Nous voulons toute la vérité sur sa détention"

                Istvan Varga a parlé à Budapest. "Nous voulons toute la vérité sur sa détention", a-t-il déclaré.
                Son avocate, Judit Kovacs, a été plus directe : "Nous voulons toute la vérité sur sa détention, et vite".""");
        assertEquals("Nous voulons toute la vérité sur sa détention | ?", quotes(f).get(0));
        assertEquals(Set.of("Istvan Varga", "Judit Kovacs"), Set.copyOf(quotes(f).subList(1, 3).stream()
                .map(q -> q.substring(q.indexOf(" | ") + 3)).toList()));
    }

    @Test
    void aPortraitsIncisesFirstNamesAndPresentedSpeakers() {
        ArticleFacts f = extract("""
                « Je ne connaissais même pas le nom de cette ville », sourit Maëlle Morvan, 41 ans, infirmière à Vannes.
                Son frère, Tugdual Morvan, 38 ans, est détenu depuis l'an dernier. « Il garde le moral malgré tout », soupire Maëlle.
                Leur père, Goulven Morvan, a écrit au ministre.
                Dans une lettre parvenue en mai à sa famille, Tugdual se montre confiant. « Je tiens le coup et je lis beaucoup », écrit-il.
                Parmi ses soutiens, Gwenaël Riou, menuisier et ami d'enfance de Tugdual. « Nous irons jusqu'au bout pour lui », lâche-t-il.""");
        assertEquals(List.of(
                "Je ne connaissais même pas le nom de cette ville | Maëlle Morvan",
                "Il garde le moral malgré tout | Maëlle Morvan",
                "Je tiens le coup et je lis beaucoup | Tugdual Morvan",
                "Nous irons jusqu'au bout pour lui | Gwenaël Riou"), quotes(f));
    }

    @Test
    void anOrganisationNounStandsForTheOrganisationNamedBefore() {
        ArticleFacts f = extract("""
                Interrogé par l'AFP, un responsable du ministère a refusé de commenter.
                L'association de défense des libertés civiles KALMA, basée à Genève, a jugé la décision « insuffisante ». « Tant que les interdictions de voyager dureront, on ne pourra pas parler de liberté », a estimé l'ONG dans un communiqué.
                Le Comité pour la défense des reporters (CDR) réclame sa libération. « Détenir un reporter sans motif, c'est le punir pour son métier », a écrit l'organisation lundi.""");
        assertEquals(List.of(
                "Tant que les interdictions de voyager dureront, on ne pourra pas parler de liberté | org:KALMA",
                "Détenir un reporter sans motif, c'est le punir pour son métier | org:Comité pour la défense des reporters"),
                quotes(f).subList(1, 3));
    }

    @Test
    void aStressedPronounAfterSelonOrDaprès() {
        ArticleFacts f = extract("""
                L'avocat du journaliste, Me Bruno Castellane, a annoncé son intention de faire appel.
                D'après lui, la condamnation repose « sur des aveux obtenus sous la contrainte ».

                Le procès en appel doit s'ouvrir en mars à Tunis. « Le dossier ne tient pas devant une cour indépendante », selon lui.""");
        assertEquals(List.of(
                "sur des aveux obtenus sous la contrainte | Bruno Castellane",
                "Le dossier ne tient pas devant une cour indépendante | Bruno Castellane"), quotes(f));
    }

    @Test
    void aColonBeforeTheQuotationsParagraphAndAnEpiceneFirstName() {
        ArticleFacts f = extract("""
                Le juge Piotr Lemański a lu le verdict mardi.

                Dans sa déclaration finale, dont sa sœur a transmis le texte, Tanguy Ravel s'est adressé à la cour :

                « Je n'ai jamais photographié autre chose que des berges et des clochers. »

                A Nantes, où elle anime un comité de soutien, Alix Ravel n'attendait rien d'autre. « Le procès était écrit d'avance », souffle-t-elle, « on ne nous a jamais montré de preuve », poursuit la jeune femme.""");
        assertEquals(List.of(
                "Je n'ai jamais photographié autre chose que des berges et des clochers. | Tanguy Ravel",
                "Le procès était écrit d'avance | Alix Ravel",
                "on ne nous a jamais montré de preuve | Alix Ravel"), quotes(f));
    }

    @Test
    void theSubjectAfterAFrontedParticiplePhrase() {
        ArticleFacts f = extract("""
                Le journaliste Ousmane Baldé reste détenu à Conakry.
                Poursuivi pour « participation à un attroupement illégal », Bakary Touré a été remis en liberté mercredi soir. « Je sors, mais je ne suis pas libre », a-t-il confié.""");
        assertEquals(List.of("Je sors, mais je ne suis pas libre | Bakary Touré"), quotes(f));
    }

    @Test
    void aDemonstrativeSubjectIsThePersonJustPresented() {
        ArticleFacts f = extract("""
                « Personne ne nous dit rien », souffle Gwladys Penhoat, sa compagne.
                « Nous attendons depuis des mois. »
                Cette infirmière de Quimper a appris l'arrestation par un cousin. « Il m'appelait chaque soir », poursuit-elle.""");
        assertEquals(List.of(
                "Personne ne nous dit rien | Gwladys Penhoat",
                "Nous attendons depuis des mois. | Gwladys Penhoat",
                "Il m'appelait chaque soir | Gwladys Penhoat"), quotes(f));
    }

    @Test
    void aSourceOpeningTheSentenceByItsDescriptionThenItsName() {
        ArticleFacts f = extract("""
                La diplomate Sigrid Aalto suit le dossier depuis Helsinki.
                Pour le frère du détenu, Ilvar Tenszak, enseignant à Tartu, la question ne se pose plus : « Qu'on nous le rende. »""");
        assertEquals(List.of("Qu'on nous le rende. | Ilvar Tenszak"), quotes(f));
    }

    @Test
    void aNameInTheComplementOfTheSubjectIsNotTheSpeaker() {
        ArticleFacts f = extract("""
                Au palais présidentiel, un proche du président Oskar Lindqvist résume l'équation : « Les dossiers militaires attendront les élections. »""");
        assertEquals(List.of("Les dossiers militaires attendront les élections. | ?"), quotes(f));
    }

    @Test
    void theSubjectAfterAFrontedPhraseTakesTheQuotationAfterItsColon() {
        ArticleFacts f = extract("""
                Sa sœur, Ilse Marjanovic, pharmacienne à Graz, a obtenu trois permis de visite.
                Du dernier, elle retient surtout ceci : « Il a collé sa main contre la vitre du parloir. »""");
        assertEquals(List.of("Il a collé sa main contre la vitre du parloir. | Ilse Marjanovic"), quotes(f));
    }

    @Test
    void aPeriphrasisSubjectBeforeAnAdverbialPhrase() {
        ArticleFacts f = extract("""
                Mme Ndiaye s'est entretenue avec le ministre malien des Affaires étrangères, Oumar Traoré.
                Le chef de la diplomatie malienne a pour sa part affirmé que les détenus avaient été « graciés à titre humanitaire ».""");
        assertEquals(List.of("graciés à titre humanitaire | Oumar Traoré"), quotes(f));
        assertTrue(roles(f).contains("Oumar Traoré: chef de la diplomatie"), roles(f).toString());
    }

    /** "la voix de X se brise": X, not a complement of somebody else, is the subject a quotation is given to. */
    @Test
    void aNameAfterTheVoiceOfIsTheSubject() {
        ArticleFacts f = extract("""
                Le marin Erwan Pellen a été libéré en mars. Son frère, Tanguy Pellen, l'attendait à Brest.

                « On ne sait même pas où il dort. » Au téléphone, la voix de Soizic Pellen tremble encore.

                Au moment d'évoquer son codétenu, la voix d'Erwan Pellen se brise. « Il est toujours là-bas », dit-il.""");
        assertEquals(List.of("On ne sait même pas où il dort. | Soizic Pellen", "Il est toujours là-bas | Erwan Pellen"), quotes(f));
    }

    @Test
    void speechVerbsMadeOfALightVerbAndAnInfinitive() {
        ArticleFacts f = extract("""
                « C'est une parodie de procès », a laissé tomber son conjoint, Mathurin Lévesque, joint mardi soir.
                La juriste Ximena Ortúzar estime que le gouvernement a trop attendu. « On nous a demandé de nous taire », a-t-elle fait valoir.
                « La route sera longue, mais elle mène quelque part », veut croire Gwendal Le Bihan, porte-parole du collectif.""");
        assertEquals(List.of(
                "C'est une parodie de procès | Mathurin Lévesque",
                "On nous a demandé de nous taire | Ximena Ortúzar",
                "La route sera longue, mais elle mène quelque part | Gwendal Le Bihan"), quotes(f));
    }

    @Test
    void aPossessiveFamilyNounBringsBackThePersonItIntroduced() {
        ArticleFacts f = extract("""
                « Il tient le coup », assure sa conjointe, Solène Girardot.
                La chercheuse Anouk Vermeersch juge l'arrestation politique. « Personne ne le dira », explique-t-elle.
                Le détenu va bien, aux dires de sa conjointe, qui a pu lui parler. Elle résume leur échange : « Il m'a parlé des érables. »""");
        assertEquals(List.of(
                "Il tient le coup | Solène Girardot",
                "Personne ne le dira | Anouk Vermeersch",
                "Il m'a parlé des érables. | Solène Girardot"), quotes(f));
    }

    @Test
    void aQuotationRunningOverParagraphsKeepsItsSpeaker() {
        ArticleFacts f = extract("""
                À son retour, M. Halvorsen a déclaré : « Nous ne sommes pas dans une logique de marchandage. Il s'agit de détenus condamnés.

                « Mais aucun État ne peut accepter des détentions sans procès. »""");
        assertEquals(List.of(
                "Nous ne sommes pas dans une logique de marchandage. Il s'agit de détenus condamnés. | Halvorsen",
                "Mais aucun État ne peut accepter des détentions sans procès. | Halvorsen"), quotes(f));
    }

    @Test
    void aQuotationInsideAQuotationIsGivenToWhomTheOuterSpeakerSaysSpokeIt() {
        ArticleFacts f = extract("""
                Le géologue Tamaz Beridze est détenu depuis mars.
                Nino Beridze, sa sœur, l'a vu en février : « Il m'a dit : “Ne les laisse pas m'oublier ici.” Depuis, je ne dors plus. »
                « Au parquet, on nous répète : “Le dossier suit son cours normal.” Rien d'autre », ajoute-t-elle.""");
        assertEquals(List.of(
                "Il m'a dit : “Ne les laisse pas m'oublier ici.” Depuis, je ne dors plus. | Nino Beridze",
                "Ne les laisse pas m'oublier ici. | Tamaz Beridze",
                "Au parquet, on nous répète : “Le dossier suit son cours normal.” Rien d'autre | Nino Beridze",
                "Le dossier suit son cours normal. | ?"), quotes(f));
    }

    @Test
    void aPronounBeforeAQuotationInsideAQuotationIsThePersonItsParagraphNamed() {
        ArticleFacts f = extract("""
                La documentariste Natia Gelashvili, 31 ans, a été condamnée en février.
                La procureure Eteri Kvaratskhelia avait requis dix ans. « Aucune caméra ne protège de la justice », a-t-elle lancé.

                Son avocat, Guram Chikovani, y voit autre chose. « Natia est une monnaie d'échange », estime-t-il. « Au verdict, elle a simplement répondu : “Alors je filmerai la prison.” »""");
        assertTrue(quotes(f).contains("Alors je filmerai la prison. | Natia Gelashvili"), quotes(f).toString());
    }

    @Test
    void aSelonAfterTheSpeechVerbSaysWhereTheWordsWereReported() {
        ArticleFacts f = extract("""
                Le ministre Karel Dvořák a assuré, selon un communiqué du ministère des Affaires étrangères, que Prague était « prêt à coopérer pleinement ».""");
        assertEquals(List.of("prêt à coopérer pleinement | Karel Dvořák"), quotes(f));
    }

    /**
     * After an object pronoun, and before "pour" in any voice, which gives the grounds of a sentence or an arrest;
     * after the sentence itself when the verb is far ("à sept ans d'emprisonnement ferme pour « … »"). What an
     * organisation condemns in quotation marks is its words.
     */
    @Test
    void chargesAfterAnActiveVerbWithAnObjectPronounAreNoQuotations() {
        ArticleFacts f = extract("""
                La justice tadjike l'a condamné à douze ans de prison pour « complot contre la sûreté de l'État ».
                Un tribunal a condamné son frère à six ans de prison pour « espionnage au profit d'un État étranger ».
                Le tribunal a condamné Hugo Vermandois, géographe de 41 ans attaché à l'université de Namur, à six ans de prison ferme pour « espionnage au profit d'une puissance étrangère ».
                L'étudiant, détenu sept mois à la prison de Tora, au Caire, pour « diffusion de fausses informations », a été gracié.
                La junte les accusait d'« intelligence avec des groupes armés étrangers ».
                Le tribunal de grande instance de Sarh a condamné Aurèle Vasseur, un agronome belge de 52 ans employé par une coopérative de semences, et Tomas Berglund, un mécanicien suédois de 47 ans travaillant pour la même coopérative, à sept ans d'emprisonnement ferme pour « sabotage d'infrastructures publiques » et « financement de groupes armés ».
                Le gouvernement a condamné « une décision inacceptable et contraire au droit ».""");
        assertEquals(List.of("une décision inacceptable et contraire au droit | org:gouvernement"), quotes(f));
    }

    @Test
    void onAfterAFrontedOrganisationSpeaksForIt() {
        ArticleFacts f = extract("""
                Au Quai d'Orsay, on assure suivre l'affaire « avec la plus grande attention ». Amnistie internationale a dénoncé « un verdict qui criminalise la recherche ».""");
        assertEquals(List.of(
                "avec la plus grande attention | org:Quai d'Orsay",
                "un verdict qui criminalise la recherche | org:Amnistie internationale"), quotes(f));
    }

    @Test
    void thePersonASentenceNamesWithSAppelerIsPutForward() {
        ArticleFacts f = extract("""
                Le journaliste Paul Moreau est détenu depuis mars. Depuis l'été, un homme épaule sa famille. Il s'appelle Ferréol Dambrine.
                « Ils savent attendre plus longtemps que nous », glisse-t-il.""");
        assertEquals(List.of("Ils savent attendre plus longtemps que nous | Ferréol Dambrine"), quotes(f));
    }

    @Test
    void anOrganisationDescribedInAppositionIsTheSubject() {
        ArticleFacts f = extract("""
                Le Conseil des affaires continentales, l'organe taïwanais chargé des relations avec Pékin, a dénoncé « une répression destinée à intimider les éditeurs ».
                L'Observatoire andin des libertés syndicales (Oals), une organisation péruvienne, a recensé douze cas et dénonce « une criminalisation des syndicats ruraux ».""");
        assertEquals(List.of("une répression destinée à intimider les éditeurs | org:Conseil des affaires continentales",
                "une criminalisation des syndicats ruraux | org:Observatoire andin des libertés syndicales (Oals)"), quotes(f));
    }

    @Test
    void celuiQuiAfterTheVerbAndAPronounSubjectBeforeAQuotation() {
        ArticleFacts f = extract("""
                Le chercheur Anselme Rochat est rentré jeudi. « Ils riaient », raconte-t-il. « Mais je n'ai jamais été frappé », poursuit celui qui a perdu quatorze kilos.

                Sa mère, Hedwige Rochat, n'a jamais cessé d'y croire. Elle se souvient surtout du 11 juillet. « J'ai raccroché et je suis allée marcher. »

                Il est en grève de la faim depuis décembre.

                « Anselme est l'otage des autorités »""");
        assertEquals(List.of(
                "Ils riaient | Anselme Rochat",
                "Mais je n'ai jamais été frappé | Anselme Rochat",
                "J'ai raccroché et je suis allée marcher. | Hedwige Rochat",
                "Anselme est l'otage des autorités | ?"), quotes(f));
    }

    @Test
    void aPersonNounAfterAnAdjectiveAndASubjectAfterFigure() {
        ArticleFacts f = extract("""
                Le ministre Diosdado Ferrer a accusé le reporter. Parmi les personnes interviewées figure Yorbis Mendoza, un barbier de Maracaibo.
                « Il est le seul qui m'ait écouté », nous a-t-il confié.
                Ysaline Pirotte connaît bien ce centre. « Le pire, c'est l'attente », raconte l'ancienne détenue.""");
        assertEquals(List.of(
                "Il est le seul qui m'ait écouté | Yorbis Mendoza",
                "Le pire, c'est l'attente | Ysaline Pirotte"), quotes(f));
    }

    @Test
    void aSpeechVerbInTheInfinitiveAfterAVerbThatGovernsIt() {
        ArticleFacts f = extract("""
                Le ministre Paulo Arantes a reçu la famille. « La situation fait l'objet d'un suivi constant », se borne à indiquer le Quai d'Orsay.""");
        assertEquals(List.of("La situation fait l'objet d'un suivi constant | org:Quai d'Orsay"), quotes(f));
    }

    @Test
    void theMinistryRefersBackToTheGovernmentBodyNamedBefore() {
        ArticleFacts f = extract("""
                Affaires mondiales Canada a indiqué suivre l'affaire. Amnesty International a dénoncé le verdict.
                « Aucun autre renseignement ne peut être divulgué », ajoute le ministère.""");
        assertEquals(List.of("Aucun autre renseignement ne peut être divulgué | org:Affaires mondiales Canada"), quotes(f));
    }

    @Test
    void theNameOpeningAQueClauseIsNotTheSpeakerOfItsQuotation() {
        ArticleFacts f = extract("""
                Le père Anselme Tchoupo est détenu depuis mars. Dans un communiqué, la Conférence des évêques a demandé que le père Anselme Tchoupo soit « jugé ou libéré sans délai ».""");
        assertEquals(List.of("jugé ou libéré sans délai | org:Conférence des évêques"), quotes(f));
    }

    @Test
    void chargesCoordinatedInQuotationMarksAreNoQuotations() {
        ArticleFacts f = extract("""
                Pour Sékou Diallo, poursuivi pour « diffusion de fausses nouvelles » et « atteinte à la sûreté de l'État », l'horizon reste bouché.""");
        assertEquals(List.of(), quotes(f));
    }

    @Test
    void roleNounSpeakerResolvesToTheNamedHolder() {
        ArticleFacts f = extract("""
                Le porte-parole du gouvernement, Marc Delorme, a réagi jeudi.
                « Cette décision est une erreur grave et nous la contesterons », a affirmé le porte-parole lors d'un point de presse.""");
        assertEquals(List.of("Cette décision est une erreur grave et nous la contesterons | Marc Delorme"), quotes(f));
    }

    @Test
    void organisationAndUnnamedSourcesAreNotPinnedOnANamedPerson() {
        ArticleFacts f = extract("""
                Le diplomate Karl Jensen a quitté la réunion plus tôt.
                « Les discussions se poursuivront la semaine prochaine à Vienne », indique un communiqué du ministère autrichien des Affaires étrangères.
                Une source proche du dossier a déclaré que l'accord était « encore loin d'être conclu à ce stade ».""");
        assertEquals(List.of(
                "Les discussions se poursuivront la semaine prochaine à Vienne | org:ministère autrichien des Affaires étrangères",
                "encore loin d'être conclu à ce stade | ?"), quotes(f));
    }

    @Test
    void anAttributionInsideTheMarksSplitsTheQuotation() {
        ArticleFacts f = extract("""
                « Je suis soulagée et reconnaissante, a confié sa fille, Clara Nemeth, jointe par téléphone. Nous l'attendons depuis trois ans. »""");
        assertEquals(List.of(
                "Je suis soulagée et reconnaissante | Clara Nemeth",
                "Nous l'attendons depuis trois ans. | Clara Nemeth"), quotes(f));
    }

    @Test
    void detentionsWithTheirCountryFromACountryACityOrANationality() {
        ArticleFacts f = extract("""
                Le journaliste Tomas Varga, arrêté en Biélorussie en 2021, purge une peine de huit ans de prison.
                L'homme d'affaires Pierre Lanvin est détenu depuis mars à Téhéran.
                La militante Sofia Reyes a été condamnée par un tribunal vénézuélien à six ans de prison.
                Le ministre Paolo Conti a dénoncé ces détentions.
                L'écrivain Liu Wenbo reste quant à lui incarcéré à Pékin, où il a été condamné en février.""");
        assertEquals(Set.of("Tomas Varga BY", "Pierre Lanvin IR", "Sofia Reyes VE", "Liu Wenbo CN"), detentions(f));
        assertTrue(roles(f).containsAll(Set.of("Tomas Varga: journaliste", "Pierre Lanvin: homme d'affaires")),
                roles(f).toString());
    }

    @Test
    void aSurnameAloneAndACivilTitleJoinTheFullName() {
        ArticleFacts f = extract("""
                Le secrétaire général Antonio Ferreira a rencontré lundi à Genève le président Jonas Berg.
                M. Ferreira a ensuite déclaré que la rencontre avait été « utile et très franche avec nos partenaires ».""");
        assertEquals(Set.of("Antonio Ferreira", "Jonas Berg"),
                f.persons().stream().map(PersonMention::name).collect(Collectors.toSet()));
        assertEquals(List.of("utile et très franche avec nos partenaires | Antonio Ferreira"), quotes(f));
        assertTrue(f.meetings().stream().anyMatch(m -> m.participantIds().size() == 2 && "Genève".equals(m.place())),
                f.meetings().toString());
    }

    @Test
    void selonPourParticipleClausesAndAttributionsItCannotRead() {
        ArticleFacts f = extract("""
                Selon le ministre turc de la Justice Ahmet Yilmaz, le procès « se tiendra dans les délais prévus par la loi ».
                Pour la chancelière Greta Lind, « il est trop tôt pour parler de sanctions ».
                Interrogé par la chaîne TF1, Luc Marchand a estimé que la situation était « extrêmement préoccupante pour les familles ».
                « Nous suivons la situation de très près », a-t-on appris auprès du ministère.
                L'avocate de la famille, Me Hélène Garnier, a dénoncé « une parodie de justice sans aucune preuve sérieuse ».""");
        assertEquals(List.of(
                "se tiendra dans les délais prévus par la loi | Ahmet Yilmaz",
                "il est trop tôt pour parler de sanctions | Greta Lind",
                "extrêmement préoccupante pour les familles | Luc Marchand",
                "Nous suivons la situation de très près | ?",
                "une parodie de justice sans aucune preuve sérieuse | Hélène Garnier"), quotes(f));
        assertTrue(roles(f).containsAll(Set.of("Ahmet Yilmaz: ministre de la justice", "Greta Lind: chancelière",
                "Hélène Garnier: avocate")), roles(f).toString());
    }

    @Test
    void particlesInNamesPrisonsAndRegionsAComplementBeforeAnInvertedSubject() {
        ArticleFacts f = extract("""
                Le ministre français des Affaires étrangères Jean-Yves Le Drian a reçu lundi la présidente de la Commission européenne Ursula von der Leyen.
                Le journaliste Evan Gershkovich, incarcéré à la prison de Lefortovo depuis mars, risque vingt ans de prison.
                L'ancien soldat Trevor Reed avait été détenu dans une colonie pénitentiaire de Mordovie avant d'être échangé.
                « Il n'a rien fait de mal », a déclaré à l'AFP son épouse, Anna Reed.""");
        assertTrue(f.persons().stream().map(PersonMention::name).collect(Collectors.toSet())
                .containsAll(Set.of("Jean-Yves Le Drian", "Ursula von der Leyen")), f.persons().toString());
        assertEquals(Set.of("Evan Gershkovich RU", "Trevor Reed RU"), detentions(f));
        assertEquals(List.of("Il n'a rien fait de mal | Anna Reed"), quotes(f));
        assertTrue(f.meetings().stream().anyMatch(m -> m.participantIds().size() == 2 && "lundi".equals(m.date())),
                f.meetings().toString());
    }

    @Test
    void officialsNamedByTheirPostOrganisationsAndPluralSources() {
        ArticleFacts f = extract("""
                Le vice-ministre russe des Affaires étrangères Sergueï Riabkov s'est exprimé mardi.
                « Les contacts se poursuivent à un niveau technique », a affirmé à l'agence Ria Novosti le vice-ministre russe des Affaires étrangères.
                Dmitri Peskov, le porte-parole du Kremlin, a déclaré : « Nous n'avons rien à ajouter pour le moment. »
                « Le président suit personnellement ce dossier depuis des mois », selon un communiqué de la Maison Blanche.
                « Notre client est innocent et sera acquitté en appel », ont déclaré les avocats de M. Novak.""");
        assertEquals(List.of(
                "Les contacts se poursuivent à un niveau technique | Sergueï Riabkov",
                "Nous n'avons rien à ajouter pour le moment. | Dmitri Peskov",
                "Le président suit personnellement ce dossier depuis des mois | org:Maison Blanche",
                "Notre client est innocent et sera acquitté en appel | ?"), quotes(f));
    }

    @Test
    void dApresNamesTheSourceLikeSelon() {
        ArticleFacts f = extract("""
                D'après le Quai d'Orsay, « les négociations se poursuivent avec les autorités iraniennes ».
                « Aucune décision n'a été prise sur un éventuel échange », d'après la ministre belge Hadja Lahbib.
                D'après son avocat, Me Karim Benali, « le dossier ne contient aucune preuve matérielle ».""");
        assertEquals(List.of(
                "les négociations se poursuivent avec les autorités iraniennes | org:Quai d'Orsay",
                "Aucune décision n'a été prise sur un éventuel échange | Hadja Lahbib",
                "le dossier ne contient aucune preuve matérielle | Karim Benali"), quotes(f));
    }

    @Test
    void aPlaceNameAfterAFirstNameIsASurname() {
        ArticleFacts f = extract("""
                L'enseignant Jacques Paris a été arrêté en mai 2022 à Téhéran, selon sa famille.
                Sa collègue Florence Lyon est rentrée en France.""");
        assertEquals(Set.of("Jacques Paris", "Florence Lyon"),
                f.persons().stream().map(PersonMention::name).collect(Collectors.toSet()));
        assertEquals(Set.of("Jacques Paris IR"), detentions(f));
    }

    @Test
    void aQueClauseThatIsWhollyQuotedIsOneStatement() {
        ArticleFacts f = extract("""
                La porte-parole Lena Moreau a répondu que « la justice traite toutes les affaires conformément à la loi ».
                Le ministre Omar Haddad a estimé que la situation restait « très préoccupante pour les familles ».""");
        List<String> indirect = f.statements().stream().filter(s -> s.kind() == Statement.Kind.INDIRECT)
                .map(s -> s.text() + " | " + speaker(f, s.speaker())).toList();
        assertEquals(List.of("la situation restait « très préoccupante pour les familles » | Omar Haddad"), indirect);
        assertEquals(List.of(
                "la justice traite toutes les affaires conformément à la loi | Lena Moreau",
                "très préoccupante pour les familles | Omar Haddad"), quotes(f));
    }

    @Test
    void thePassiveSubjectOfASpeechVerbIsNotTheSpeaker() {
        ArticleFacts f = extract("""
                La journaliste Ana Beltrán a été arrêtée le mois dernier à Maracaibo.
                Elle est accusée d'avoir « diffusé de fausses informations sur internet ».
                Elle s'est dite « totalement innocente de ces accusations ».""");
        assertEquals(List.of(
                "diffusé de fausses informations sur internet | ?",
                "totalement innocente de ces accusations | Ana Beltrán"), quotes(f));
    }

    @Test
    void aDescriptionInAppositionAfterANameLeavesTheNameTheSpeaker() {
        ArticleFacts f = extract("""
                L'ancien otage Marek Nowak, un universitaire libéré en 2019, a estimé que Minsk avait « obtenu exactement ce qu'il voulait ».
                Face à Lena Berg, un conseiller a répondu que cette option était « totalement exclue à ce stade ».""");
        assertEquals(List.of(
                "obtenu exactement ce qu'il voulait | Marek Nowak",
                "totalement exclue à ce stade | ?"), quotes(f));
    }

    @Test
    void anIncisePronounNamesTheSubjectOpeningTheSentence() {
        ArticleFacts f = extract("""
                L'opposante Irina Volkova a quitté le pays en 2020.
                La Commission européenne « condamne fermement cette nouvelle condamnation », écrit-elle dans un communiqué.
                « Il savait qu'il risquait la prison », raconte son ami Pavel Grin.""");
        assertEquals(List.of(
                "condamne fermement cette nouvelle condamnation | org:Commission européenne",
                "Il savait qu'il risquait la prison | Pavel Grin"), quotes(f));
    }

    @Test
    void aProfessionAfterADemonstrativeDescribesTheSalientPerson() {
        ArticleFacts f = extract("""
                Paul Durand a été condamné lundi à seize ans de prison par la justice russe.
                Un verdict très lourd pour cet ancien militaire qui clame son innocence.
                Il a été interrogé par un journaliste de la télévision d'État. Ce journaliste lui a demandé s'il regrettait.""");
        assertEquals(Set.of("Paul Durand: ancien militaire"), roles(f));
    }

    @Test
    void theNameOfAChargeInQuotationMarksIsNotSpeech() {
        ArticleFacts f = extract("""
                La militante Irina Sokol a été condamnée mardi à huit ans de colonie pénale pour « appels à des actions contre la sécurité nationale ».
                Accusé d'« espionnage » et de « collusion avec un État étranger hostile », son collègue Marek Lis reste détenu.
                L'évêque est visé par une enquête pour « atteinte à l'intégrité de la nation ».
                Le gouvernement polonais a accusé Minsk de « mener une politique de prise d'otages ».
                Il est écroué pour des faits qualifiés d'« atteinte à la défense nationale » et de « trahison envers la patrie ».
                Le ministre Piotr Wren a qualifié la peine « d'inacceptable et de profondément injuste ».""");
        assertEquals(List.of("mener une politique de prise d'otages | org:gouvernement polonais",
                "d'inacceptable et de profondément injuste | Piotr Wren"), quotes(f));
    }

    @Test
    void aGeneralNounForAnOrganisationAndANameInAComplement() {
        ArticleFacts f = extract("""
                Amnesty International s'est félicitée de la grâce. « Cette libération ne doit pas faire oublier les autres détenus », a déclaré l'organisation.
                Pour le directeur de l'association de M. Garnier, Olivier Brun, ces libérations « récompensent une politique d'otages » : « Chaque fois qu'un Européen sort, un autre est arrêté. »""");
        assertEquals(List.of(
                "Cette libération ne doit pas faire oublier les autres détenus | org:Amnesty International",
                "récompensent une politique d'otages | Olivier Brun",
                "Chaque fois qu'un Européen sort, un autre est arrêté. | Olivier Brun"), quotes(f));
    }

    @Test
    void aRoleNounNamesOnlyAHolderTheArticleAlreadyGave() {
        ArticleFacts f = extract("""
                « Nous suivons ce dossier de très près », a déclaré le porte-parole du ministère.
                Le porte-parole du ministère, Karel Novak, a ensuite quitté la salle.""");
        assertEquals(List.of("Nous suivons ce dossier de très près | ?"), quotes(f));
    }

    @Test
    void unnamedSubjectsPronounsAndNamesAfterARole() {
        ArticleFacts f = extract("""
                Le ministre Rahul Verma a refusé de commenter.
                Un diplomate occidental en poste à New Delhi doute d'une issue rapide. « Personne ne veut faire le premier pas », a-t-il confié.
                Pour le directeur du programme, le professeur Jonas Weber, l'arrestation est « un coup terrible pour la recherche ».
                A Rome, la présidente du Conseil, Lucia Ferri, a parlé d'une « bonne nouvelle pour toute l'Italie ».""");
        assertEquals(List.of(
                "Personne ne veut faire le premier pas | ?",
                "un coup terrible pour la recherche | Jonas Weber",
                "bonne nouvelle pour toute l'Italie | Lucia Ferri"), quotes(f));
    }

    @Test
    void anInvertedOnSpeaksForTheOrganisationNamedAfterIt() {
        ArticleFacts f = extract("""
                « Le dossier est suivi au plus haut niveau », indique-t-on au ministère néerlandais des Affaires étrangères.
                « Aucune visite n'a été autorisée », dit-on au Quai d'Orsay, où l'on promet un rapport.
                « Rien n'est décidé », a-t-on appris auprès du ministère.""");
        assertEquals(List.of(
                "Le dossier est suivi au plus haut niveau | org:ministère néerlandais des Affaires étrangères",
                "Aucune visite n'a été autorisée | org:Quai d'Orsay",
                "Rien n'est décidé | ?"), quotes(f));
    }

    /** The tagger may read "a" as a verb: the description of an unnamed speaker still ends before it. */
    @Test
    void anUnresolvedRoleSpeaksWithoutTheAuxiliaryAfterIt() {
        ArticleFacts f = extract("""
                Selon l'agence officielle, le ministre moldave des Affaires étrangères a rappelé à son interlocuteur que la justice de son pays était « indépendante et souveraine dans ses décisions ».""");
        assertEquals(List.of("ministre moldave des Affaires étrangères"), f.statements().stream()
                .filter(s -> s.kind() == Statement.Kind.QUOTATION).map(s -> s.speaker().label()).toList());
    }

    @Test
    void aResearchInstituteIsNoPersonAndAVerbBeforeQueIsNoRole() {
        ArticleFacts f = extract("""
                L'avocate Maria Lind a dénoncé des conditions « inhumaines et dégradantes pour tous les prisonniers ».
                L'ancien diplomate Paul Morel, chercheur à l'Institut Montaigne, juge que la Turquie « consolide son rôle de médiateur incontournable ».""");
        assertEquals(Set.of("Maria Lind", "Paul Morel"),
                f.persons().stream().map(PersonMention::name).collect(Collectors.toSet()));
        assertEquals(List.of(
                "inhumaines et dégradantes pour tous les prisonniers | Maria Lind",
                "consolide son rôle de médiateur incontournable | Paul Morel"), quotes(f));
    }

    /** "le chef de la diplomatie" after "le ministre des Affaires étrangères X": the minister, and the role with him. */
    @Test
    void aPeriphrasisAsInvertedSubjectSpeaksForTheOneHolderOfTheOffice() {
        ArticleFacts f = extract("""
                Le ministre des Affaires étrangères, Lorens Vandamme, s'est entretenu avec son homologue, Tarek Benslim.

                « Nous n'avons rien cédé sur nos principes », a déclaré le chef de la diplomatie devant la presse.""");
        assertEquals(List.of("Nous n'avons rien cédé sur nos principes | Lorens Vandamme"), quotes(f));
        assertTrue(roles(f).contains("Lorens Vandamme: chef de la diplomatie"), roles(f).toString());
    }

    /** The other way round: the office named after the periphrasis that introduced its holder. */
    @Test
    void anOfficeAfterItsPeriphrasisSpeaksForTheOneHolder() {
        ArticleFacts f = extract("""
                Le chef de la diplomatie estonienne, Rein Kallasmaa, confirme l'échange.

                « Deux personnes ont franchi la frontière ce matin », a déclaré le ministre des Affaires étrangères devant le Parlement.""");
        assertEquals(List.of("Deux personnes ont franchi la frontière ce matin | Rein Kallasmaa"), quotes(f));
        assertTrue(roles(f).contains("Rein Kallasmaa: ministre des affaires étrangères"), roles(f).toString());
    }

    /** Two persons hold offices the periphrasis stands for: the reader cannot tell, and neither does the rule. */
    @Test
    void aPeriphrasisOfTwoHoldersStaysUnresolved() {
        ArticleFacts f = extract("""
                Le ministre des Affaires étrangères, Lorens Vandamme, a reçu le ministre des Affaires étrangères du Maroc, Tarek Benslim.

                « Nous n'avons rien cédé sur nos principes », a déclaré le chef de la diplomatie devant la presse.""");
        assertEquals(List.of("Nous n'avons rien cédé sur nos principes | ?"), quotes(f));
    }

    /** A colon hands the words to the anonymous source before it, not to the person quoted just before. */
    @Test
    void aColonHandsTheQuotationToTheAnonymousSubjectBeforeIt() {
        ArticleFacts f = extract("""
                « Nous avons travaillé chaque jour pour lui », a affirmé la ministre des Affaires étrangères, Inga Solheim. Un haut fonctionnaire, sous couvert d'anonymat, est plus direct : « Les autres avaient la monnaie d'échange, pas nous. »""");
        assertEquals(List.of(
                "Nous avons travaillé chaque jour pour lui | Inga Solheim",
                "Les autres avaient la monnaie d'échange, pas nous. | ?"), quotes(f));
    }

    /** The tagger reads no verb in "l'attendait": the sentence still presents the mother, whom "elle" then names. */
    @Test
    void aSentencePresentingAFamilyMemberGivesThePronounItsPerson() {
        ArticleFacts f = extract("""
                Sa mère, Ilse Marenko, l'attendait depuis deux heures. « Quand il m'a appelée, j'ai su que c'était vrai », raconte-t-elle.""");
        assertEquals(List.of("Quand il m'a appelée, j'ai su que c'était vrai | Ilse Marenko"), quotes(f));
    }

    /** An intertitle repeats words said further on: their speaker's, not the speaker of the paragraph before it. */
    @Test
    void anIntertitleTakesTheSpeakerWhoseWordsItRepeats() {
        ArticleFacts f = extract("""
                Le ministre des Affaires étrangères, Tomas Lind, a indiqué que « les deux détenus ont été remis à leurs familles ».

                « On a pleuré, on a ri »

                À Tartu, la famille a laissé éclater sa joie. « On a pleuré, on a ri, on a tout fait en même temps », a raconté sa mère, Kadri Saar.""");
        assertEquals(List.of(
                "les deux détenus ont été remis à leurs familles | Tomas Lind",
                "On a pleuré, on a ri | Kadri Saar",
                "On a pleuré, on a ri, on a tout fait en même temps | Kadri Saar"), quotes(f));
    }

    /**
     * "« Il est enfin rentré » : libéré au Laos, …": a headline quotation of four words, before a colon and a
     * participle that reports no speech, is the words the article quotes with their speaker further on.
     */
    @Test
    void aHeadlineQuotationBeforeAColonTakesTheSpeakerWhoseWordsItRepeats() {
        ArticleFacts f = extract("""
                « Il est enfin rentré » : libéré au Laos, un cuisinier de Vierzon retrouve les siens

                Le cuisinier Armel Pradeau a atterri dimanche. Sa femme, Odile Pradeau, pleure. « Il est enfin rentré. Il a maigri », dit-elle.""");
        assertEquals(List.of(
                "Il est enfin rentré | Odile Pradeau",
                "Il est enfin rentré. Il a maigri | Odile Pradeau"), quotes(f));
    }

    /**
     * "« Je savais que je prenais un risque. » Attablé dans un café, X …", "« Julien n'est pas un contrebandier. »
     * Dans le salon, sa sœur Y …": words that open a paragraph as a sentence of their own are the account of the
     * subject of the paragraph's next sentence, a name or a pronoun; not a call that opens on a verb ("« Libérons
     * les otages ! »", "« Rendez-nous … »", which the tagger may read as a name), nor a paragraph of their own, nor words after another sentence of the paragraph.
     */
    @Test
    void wordsOpeningAParagraphAreThoseOfTheNextSubject() {
        ArticleFacts f = extract("""
                Le skipper Youenn Carrec est rentré à Lorient jeudi.

                « Je savais que je prenais un risque. Je ne pensais pas finir en prison. » Attablé dans un café du port, Youenn Carrec tourne sa cuillère.

                « Dans la cellule, j'ai compté les jours sur le mur. » Il marque une pause.

                « Youenn n'a jamais transporté autre chose que des voiliers. » Dans la cuisine familiale, sa sœur Katell Carrec relit ses lettres.

                « Millions de familles attendent ce geste du pouvoir. » Attablée dans un café, l'avocate Inès Marrou tourne sa cuillère.

                « Libérons tous les marins du port ! » Le ministre Karl Aunestad a ignoré l'appel des familles.

                « Rendez-nous nos marins, tous nos marins ! » Le ministre Karl Aunestad a de nouveau ignoré l'appel.

                « Nous ne céderons jamais à ce chantage. »

                Le ministre Karl Aunestad a reçu les familles.

                Jeudi soir, à l'aéroport, la foule attendait. « Je n'ai jamais été un espion. » Il n'a rien voulu dire de plus.""");
        assertEquals(List.of(
                "Je savais que je prenais un risque. Je ne pensais pas finir en prison. | Youenn Carrec",
                "Dans la cellule, j'ai compté les jours sur le mur. | Youenn Carrec",
                "Youenn n'a jamais transporté autre chose que des voiliers. | Katell Carrec",
                "Millions de familles attendent ce geste du pouvoir. | Inès Marrou",
                "Libérons tous les marins du port ! | ?",
                "Rendez-nous nos marins, tous nos marins ! | ?",
                "Nous ne céderons jamais à ce chantage. | ?",
                "Je n'ai jamais été un espion. | ?"), quotes(f));
    }

    /**
     * "Visiblement éprouvé, X est revenu sur …": a short detached participle before the subject, an adverb in
     * -ment the tagger reads as a noun included, is no verb of the sentence; its subject speaks the words after it.
     */
    @Test
    void aDetachedParticipleBeforeTheSubjectIsPassedOver() {
        ArticleFacts f = extract("""
                Visiblement éprouvé, le commandant Yaya Sangaré est revenu sur ces semaines. « Nous ne savions rien de cette cargaison. »

                Très éprouvée, Nadia Kerrou serre la photo de son fils. « Je veux qu'il rentre à la maison. »""");
        assertEquals(List.of(
                "Nous ne savions rien de cette cargaison. | Yaya Sangaré",
                "Je veux qu'il rentre à la maison. | Nadia Kerrou"), quotes(f));
    }

    /**
     * "Selon lui, X « a été pris … »" opening a sentence: the pronoun is the source and X what the words are
     * about; "Un diplomate tempère : selon lui, …" further on is the unnamed diplomat's, not a named man's.
     */
    @Test
    void aPronounAfterSelonOpeningTheSentenceIsTheSource() {
        ArticleFacts f = extract("""
                « Le Chaco vit une ruée sur la terre », analyse le géographe Octave Marsal. Selon lui, Bruno Tessier « a été pris dans une querelle qui le dépasse ».

                Un diplomate européen tempère : selon lui, le Kremlin « ne lâche jamais rien sans contrepartie ».""");
        assertEquals(List.of(
                "Le Chaco vit une ruée sur la terre | Octave Marsal",
                "a été pris dans une querelle qui le dépasse | Octave Marsal",
                "ne lâche jamais rien sans contrepartie | ?"), quotes(f));
    }

    /** A four-word intertitle is long enough to repeat a speaker's words. */
    @Test
    void aFourWordIntertitleTakesTheSpeakerWhoseWordsItRepeats() {
        ArticleFacts f = extract("""
                Le ministère des Affaires étrangères assure suivre « la situation de très près ».

                « Nous travaillons à tâtons »

                Son avocate, Me Lena Brauch, n'a jamais vu le dossier. « Personne ne nous répond. Nous travaillons à tâtons », regrette Lena Brauch.""");
        assertEquals(List.of(
                "la situation de très près | org:ministère des Affaires étrangères",
                "Nous travaillons à tâtons | Lena Brauch",
                "Personne ne nous répond. Nous travaillons à tâtons | Lena Brauch"), quotes(f));
    }

    /**
     * "», attaque-t-il", "», se rebiffe-t-elle": an inverted subject pronoun after a quotation makes any verb an
     * incise of speech; not an impersonal verb ("», semble-t-il,"), nor a pronoun that is not inverted ("», puis elle").
     */
    @Test
    void anyVerbWithAnInvertedPronounAfterAQuotationIsAnIncise() {
        ArticleFacts f = extract("""
                Son avocat, Me Ivan Velikov, ne décolère pas. « On a fabriqué un coupable idéal », attaque-t-il.

                « Je ne lâcherai rien », a déclaré l'avocate Léa Morin. Le juge Paul Verne a rejeté sa demande mardi. « Ce sont des machines à cash », se rebiffe-t-elle.

                Le consul Marc Olier a rendu visite au détenu. « Un geste de bonne volonté », semble-t-il, a convaincu les juges.""");
        assertEquals(List.of(
                "On a fabriqué un coupable idéal | Ivan Velikov",
                "Je ne lâcherai rien | Léa Morin",
                "Ce sont des machines à cash | Léa Morin",
                "Un geste de bonne volonté | ?"), quotes(f));
        ArticleFacts plain = extract("""
                « Je ne lâcherai rien », a déclaré l'avocate Léa Morin.

                Le juge Paul Verne lit le verdict. « La séance est levée », puis elle quitte la salle.""");
        assertEquals(List.of("Je ne lâcherai rien | Léa Morin", "La séance est levée | Paul Verne"), quotes(plain));
    }

    /** An incise whose verb the tagger reads as a noun before the name still splits the quotation. */
    @Test
    void anInciseVerbReadAsANounBeforeANameSplitsTheQuotation() {
        ArticleFacts f = extract("""
                « Le schéma est désormais bien rodé, observe Hervé Castaing, ancien ambassadeur de France en Norvège. On arrête un ressortissant sur un motif extensible, puis on attend une offre. »""");
        assertEquals(List.of(
                "Le schéma est désormais bien rodé | Hervé Castaing",
                "On arrête un ressortissant sur un motif extensible, puis on attend une offre. | Hervé Castaing"), quotes(f));
    }

    /** "« A, a-t-elle poursuivi, B. »": the comma after the participle of a compound inversion closes the incise. */
    @Test
    void anInciseInACompoundTenseSplitsTheQuotationInTwo() {
        ArticleFacts f = extract("""
                L'avocate Marisol Quiroga a rencontré son client mardi. « Ce n'est pas une victoire du droit, a-t-elle poursuivi, c'est une victoire de la diplomatie. »""");
        assertEquals(List.of(
                "Ce n'est pas une victoire du droit | Marisol Quiroga",
                "c'est une victoire de la diplomatie. | Marisol Quiroga"), quotes(f));
    }

    /** "Lors d'un point de presse tenu lundi, le ministre X est revenu …": the subject after the locution, whom "il" names. */
    @Test
    void aSubjectAfterAFrontedLocutionIsWhomThePronounNames() {
        ArticleFacts f = extract("""
                « Je veux juste rentrer chez moi », a déclaré Pavel Ostrov à sa libération.

                Lors d'un point de presse tenu lundi à Riga, le ministre de la Justice, Juris Kalnins, est revenu sur l'affaire. « Nous n'avons cédé sur rien, et nous ne céderons sur rien », a-t-il martelé.""");
        assertEquals(List.of(
                "Je veux juste rentrer chez moi | Pavel Ostrov",
                "Nous n'avons cédé sur rien, et nous ne céderons sur rien | Juris Kalnins"), quotes(f));
    }

    /** "le porte-parole" after "Un porte-parole …, sous couvert d'anonymat": that unnamed one, not the named holder. */
    @Test
    void aDefiniteRoleAfterAnUnnamedIndefiniteOneIsThatUnnamedPerson() {
        ArticleFacts f = extract("""
                Le porte-parole du ministère, Anders Holm, a refusé de commenter l'affaire lundi.

                Un porte-parole du ministère, qui s'est exprimé sous couvert d'anonymat, a déclaré que l'ambassadrice avait rendu visite au détenu. « Il a décrit des conditions difficiles, mais il reste fort », a déclaré le porte-parole.
                « Nous ne céderons pas », a ajouté un porte-parole, Erik Lund. « Rien n'est réglé », a précisé le porte-parole.""");
        assertEquals(List.of(
                "Il a décrit des conditions difficiles, mais il reste fort | ?",
                "Nous ne céderons pas | Erik Lund",
                "Rien n'est réglé | Erik Lund"), quotes(f));
    }

    /**
     * An organisation named with its acronym in brackets speaks under its name and keeps the acronym, and so does
     * the acronym later; the name runs up to the bracket, past words that are not capitalised ("pour la
     * promotion"). A country or a town in brackets is no acronym.
     */
    @Test
    void anAcronymInBracketsStandsForTheNameBeforeIt() {
        ArticleFacts f = extract("""
                Le Syndicat des reporters indépendants (SRI) a dénoncé « une parodie de justice sans aucune preuve ».
                « Son seul tort est d'avoir fait son métier », a réagi le SRI dans un communiqué.
                La Ligue malgache pour la défense des libertés (Limadel) dénonce « une utilisation systématique du Code pénal ».
                Le ministère de la Justice (Liban) a rappelé que « la loi s'applique à tous ».
                Le ministère de l'Intérieur (Beyrouth) a indiqué que « le dossier reste ouvert ».""");
        assertEquals(List.of(
                "une parodie de justice sans aucune preuve | org:Syndicat des reporters indépendants (SRI)",
                "Son seul tort est d'avoir fait son métier | org:Syndicat des reporters indépendants (SRI)",
                "une utilisation systématique du Code pénal | org:Ligue malgache pour la défense des libertés (Limadel)",
                "la loi s'applique à tous | org:ministère de la Justice",
                "le dossier reste ouvert | org:ministère de l'Intérieur"), quotes(f));
    }

    /** "peut-on lire dans le document": the words of who issued the document the sentence before mentions. */
    @Test
    void wordsReadInADocumentAreItsIssuers() {
        ArticleFacts f = extract("""
                Le ministère des Affaires étrangères a confirmé la nouvelle dans un communiqué publié dimanche. « Le gouvernement se félicite de cette libération tant attendue », peut-on lire dans le document.
                Dans une lettre à ses proches, Nadia Ferhat raconte sa détention. « Je tiens le coup, malgré le froid et la faim », lit-on dans sa lettre.""");
        assertEquals(List.of(
                "Le gouvernement se félicite de cette libération tant attendue | org:ministère des Affaires étrangères",
                "Je tiens le coup, malgré le froid et la faim | Nadia Ferhat"), quotes(f));
    }

    /** A name the article gave an organisation noun ("l'ONG berlinoise X Y") is that organisation when it speaks. */
    @Test
    void aNameIntroducedByAnOrganisationNounSpeaksAsTheOrganisation() {
        ArticleFacts f = extract("""
                Greta Lindqvist coordonnait des projets pour l'ONG berlinoise Brücke Nord depuis 2019.
                Brücke Nord a salué dans un communiqué « la fin d'un cauchemar de dix-neuf mois ».""");
        assertEquals(List.of("la fin d'un cauchemar de dix-neuf mois | org:Brücke Nord"), quotes(f));
    }

    /** "», poursuit le texte": the issuer of the document, found however many documents the sentences before name. */
    @Test
    void aDocumentAsInvertedSubjectSpeaksForItsIssuer() {
        ArticleFacts f = extract("""
                Le ministère iranien des Affaires étrangères a salué dans un communiqué le retour de deux citoyens. « La République islamique a toujours traité ce dossier comme une question humanitaire », poursuit le texte.
                Le communiqué a été lu dimanche à la télévision. Le texte était bref. « Nous restons attentifs au sort de nos ressortissants », précise le texte.""");
        assertEquals(List.of(
                "La République islamique a toujours traité ce dossier comme une question humanitaire | org:ministère iranien des Affaires étrangères",
                "Nous restons attentifs au sort de nos ressortissants | org:ministère iranien des Affaires étrangères"), quotes(f));
    }

    /** "a déclaré à l'AFP X": the name after the complement, not the agency. */
    @Test
    void theNameAfterAnAgencyComplementIsTheSpeaker() {
        ArticleFacts f = extract("""
                « Il voulait seulement photographier la vie des gens ordinaires », a déclaré à l'AFP Kenji Moriyama, joint par téléphone.""");
        assertEquals(List.of("Il voulait seulement photographier la vie des gens ordinaires | Kenji Moriyama"), quotes(f));
    }

    /** An organisation after a fronted phrase speaks, though the tagger reads its first word as an adjective. */
    @Test
    void anOrganisationAfterAFrontedPhraseIsTheSubject() {
        ArticleFacts f = extract("""
                Dans une déclaration écrite, Affaires mondiales Canada affirme que ses agents se sont vu refuser l'accès « malgré des demandes répétées et insistantes ».""");
        assertEquals(List.of("malgré des demandes répétées et insistantes | org:Affaires mondiales Canada"), quotes(f));
    }

    /** "a raconté le frère" after "Son frère aîné, X": the relative introduced so. */
    @Test
    void aFamilyNounAsSubjectIsTheRelativeIntroducedWithIt() {
        ArticleFacts f = extract("""
                Le photographe Ren Takeda est détenu depuis juillet. Son frère aîné, Hideo Takeda, a rencontré le ministre mardi.
                « Il nous a promis que le gouvernement ferait tout son possible », a raconté le frère à l'issue de la rencontre.""");
        assertEquals(List.of("Il nous a promis que le gouvernement ferait tout son possible | Hideo Takeda"), quotes(f));
    }

    /**
     * A person named in a sentence whose subject is no person ("Une pétition lancée par …, X, …", "on trouve X") is
     * the one the next "elle" or "il" is about; not the complement of a noun, and not when the subject is "il".
     */
    @Test
    void aPersonNamedInASentenceWithoutAPersonSubjectIsSalient() {
        ArticleFacts f = extract("""
                La ministre Odile Ferrandou a promis un suivi attentif. Une pétition lancée par la sœur du marin, Gaëlle Quéméner, a recueilli 9000 signatures.
                « Nous ne demandons aucun privilège », a-t-elle écrit dans le texte de la pétition.
                Le député Yann Le Bihan a interpellé le gouvernement. À Brest, on trouve aussi l'ancien patron de Goulven Le Roux, Loïc Tanguy.
                « Personne ne l'oubliera », explique-t-il.
                Le député Erwan Caradec a pris la parole. Il a reçu Mathieu Kervella mardi.
                « Nous suivons le dossier », a-t-il ajouté.""");
        assertEquals(List.of(
                "Nous ne demandons aucun privilège | Gaëlle Quéméner",
                "Personne ne l'oubliera | Loïc Tanguy",
                "Nous suivons le dossier | Erwan Caradec"), quotes(f));
    }

    /**
     * A surname alone that two persons of the article share is the one it named first, whom it is about; with
     * "Mme", the woman.
     */
    @Test
    void aSharedSurnameAloneIsThePersonNamedFirst() {
        ArticleFacts f = extract("""
                Le consultant Bastien Morvillier est détenu à Bakou depuis un an. Son épouse, Claire Morvillier, a rendu publiques ses lettres.
                « Je compte les carreaux du plafond », écrit Morvillier dans la dernière.
                « Il tient bon », assure Mme Morvillier.""");
        assertEquals(List.of(
                "Je compte les carreaux du plafond | Bastien Morvillier",
                "Il tient bon | Claire Morvillier"), quotes(f));
    }

    /**
     * "Il précise" after a sentence whose subject is an organisation of the pronoun's gender, behind a fronted
     * participle the tagger misreads; a name in apposition inside that participle is not the subject.
     */
    @Test
    void aPronounAfterAnOrganisationSubjectStandsForIt() {
        ArticleFacts f = extract("""
                Le député Marc Lebrun a interpellé le gouvernement mardi.
                Sollicité par Le Courrier, le ministère des Affaires étrangères confirme « l'interpellation d'un ressortissant français ». Il précise que « le consulat général est en contact avec la famille ».
                Joint par téléphone par le ministre des Affaires étrangères, Paulo Ferreira, M. Tavares a confirmé l'appel, tout en estimant que la situation restait « très préoccupante pour les familles ».
                Le ministre allemand des Affaires étrangères, Jens Vogel, s'est entretenu avec son homologue. À l'issue de la rencontre, le chef de la diplomatie allemande a dit avoir abordé le dossier sans détour. « Nous voulons une relation étroite avec Ankara », a-t-il déclaré.
                Le ministère turc de la Justice a publié un communiqué lundi. « Les deux ressortissants sont en bonne santé », précise-t-il.""");
        assertEquals(List.of(
                "l'interpellation d'un ressortissant français | org:ministère des Affaires étrangères",
                "le consulat général est en contact avec la famille | org:ministère des Affaires étrangères",
                "très préoccupante pour les familles | Tavares",
                "Nous voulons une relation étroite avec Ankara | Jens Vogel",
                "Les deux ressortissants sont en bonne santé | org:ministère turc de la Justice"), quotes(f));
    }

    /** "Le texte affirme" after "D'après un communiqué du ministère X, …": the issuer named after the document noun. */
    @Test
    void aDocumentSpeaksForTheIssuerNamedAfterIt() {
        ArticleFacts f = extract("""
                « Il est libre pour des raisons humanitaires », a déclaré Dawa Sherpa, porte-parole du gouvernement. D'après un communiqué du ministère népalais des Affaires étrangères, le ministre Hari Prasad Koirala a reçu lundi une délégation. Le texte affirme que « le Népal est prêt à examiner tous les dossiers en suspens ».""");
        assertEquals(List.of(
                "Il est libre pour des raisons humanitaires | Dawa Sherpa",
                "le Népal est prêt à examiner tous les dossiers en suspens | org:ministère népalais des Affaires étrangères"), quotes(f));
    }

    /**
     * "l'organisation" and "l'ONG" stand for the name the article introduced with such a noun, after a capitalised
     * one too ("l'ONG Vigie Presse"), and where it comes back alone, nearer than another organisation.
     */
    @Test
    void aGeneralOrganisationNounStandsForTheNameItIntroduced() {
        ArticleFacts f = extract("""
                Pour l'ONG Vigie Presse, la tendance est claire. Dans un rapport publié en octobre, l'organisation affirme que « jamais autant de reporters n'ont été détenus ».
                Le coordinateur de l'association Terres vivantes, Jules Aubertin, est détenu depuis mars. Le Département fédéral des affaires étrangères dit suivre le dossier. Terres vivantes a suspendu ses activités. Dans un communiqué, l'ONG affirme que son coordinateur « n'a jamais fait que de l'aide agricole ».""");
        assertEquals(List.of(
                "jamais autant de reporters n'ont été détenus | org:Vigie Presse",
                "n'a jamais fait que de l'aide agricole | org:Terres"), quotes(f));
    }

    /**
     * "l'organisation", "l'entreprise" stand for an organisation the lexicon does not know, named as the subject of a
     * sentence just before: opening it after its article, or after a fronted phrase and its comma; also with
     * complements in lower case ("l'organisation de défense des droits humains"). Not a determiner opening a
     * sentence, a person, a name that is no verb's subject, nor for a noun of a kind ("le ministère").
     */
    @Test
    void aGeneralOrganisationNounStandsForTheSubjectNamedJustBefore() {
        ArticleFacts f = extract("""
                Le géologue Armand Téqui est détenu à Lomé depuis mars.
                La Fédération ivoirienne des droits civiques s'est saisie du dossier. « Son maintien en détention pose un problème d'égalité devant la loi », estime l'organisation dans un communiqué.
                Pendant quatre mois, Brenntal Werkzeuge a gardé le silence. Son avocat, Gilles Ravaz, a plaidé la semaine dernière. « Nous avons respecté la demande de discrétion des autorités », justifie l'entreprise.
                L'Alliance sahélienne des juristes est montée au créneau. « La détention prolongée d'un chercheur pose question », estime l'organisation de défense des droits humains.
                Margot Sauvin dirige la coopérative de Mont-Lebrac depuis dix ans. La coopérative de Mont-Lebrac a été perquisitionnée. Vendredi, Grenzwald et ses environs étaient calmes. Tous attendent une issue rapide. « Tout est en règle dans nos comptes depuis le premier jour », assure l'entreprise.
                Corvin Logistik a démenti toute fraude. « Le dossier est désormais entre les mains de la justice », indique le ministère.""");
        assertEquals(List.of(
                "Son maintien en détention pose un problème d'égalité devant la loi | org:Fédération ivoirienne des droits civiques",
                "Nous avons respecté la demande de discrétion des autorités | org:Brenntal Werkzeuge",
                "La détention prolongée d'un chercheur pose question | org:Alliance sahélienne des juristes",
                "Tout est en règle dans nos comptes depuis le premier jour | org:entreprise",
                "Le dossier est désormais entre les mains de la justice | org:ministère"), quotes(f));
    }

    /**
     * "la représentation française", "la représentation diplomatique" stand for the embassy named just before, with
     * its complements, but not for one unnamed; "le ministère" for a ministry so named, not for an embassy.
     */
    @Test
    void aDiplomaticRepresentationStandsForTheEmbassyNamedBefore() {
        ArticleFacts f = extract("""
                L'ambassade de France au Togo indique avoir rendu visite au détenu. « Nos services sont en contact régulier avec sa famille », a fait savoir la représentation française.
                Le consulat général de Belgique à Lomé a été saisi. Dans un message, la représentation diplomatique a indiqué : « Le consul a effectué trois visites au détenu. »
                L'ambassade du Luxembourg à Lomé suit le dossier. « Notre pays respecte l'indépendance de la justice », précise le ministère.
                Le ministère togolais des Affaires étrangères a publié un communiqué. « La procédure suit son cours normal », précise le ministère.
                Un consulat honoraire a ouvert à Kara l'an dernier. « Aucune demande de visite ne nous est parvenue », a précisé la représentation.""");
        assertEquals(List.of(
                "Nos services sont en contact régulier avec sa famille | org:ambassade de France au Togo",
                "Le consul a effectué trois visites au détenu. | org:consulat général de Belgique à Lomé",
                "Notre pays respecte l'indépendance de la justice | org:ministère",
                "La procédure suit son cours normal | org:ministère togolais des Affaires étrangères",
                "Aucune demande de visite ne nous est parvenue | org:représentation"), quotes(f));
    }

    /** "Joint par téléphone, il pèse chacun de ses mots. « … »": the pronoun after a fronted adjunct speaks next. */
    @Test
    void aPronounAfterAFrontedAdjunctSpeaksTheQuotationThatFollows() {
        ArticleFacts f = extract("""
                Le ministre Anar Guliyev a refusé de commenter. Rauf Mammadzade, l'avocat du consultant, a fait appel. Joint par téléphone, il pèse chacun de ses mots. « Dans le contexte actuel, le droit ne pèse pas lourd. »""");
        assertEquals(List.of("Dans le contexte actuel, le droit ne pèse pas lourd. | Rauf Mammadzade"), quotes(f));
    }

    /** "Sa mère décrit …" after "raconte X, sa mère,": the relative the family noun introduced after her name. */
    @Test
    void aPossessiveFamilyNounAsSubjectIsTheRelativeNamedBeforeIt() {
        ArticleFacts f = extract("""
                Le ministre Hugo Lemarchand a promis de suivre le dossier de l'étudiant Tanguy Perrec.
                « On a reçu un appel à trois heures du matin », raconte Odile Perrec, sa mère, jointe à Vannes.
                Sa mère décrit un garçon « curieux mais jamais imprudent ».""");
        assertEquals(List.of(
                "On a reçu un appel à trois heures du matin | Odile Perrec",
                "curieux mais jamais imprudent | Odile Perrec"), quotes(f));
    }

    /**
     * "Maïwenn, sa petite sœur, infirmière à Lorient, …": a first name alone with a family noun in apposition after
     * it is a person, whose apposed profession is no subject of its own; "Leur maman, Josette," too.
     */
    @Test
    void aFirstNameWithAFamilyNounAfterItIsAPerson() {
        ArticleFacts f = extract("""
                Sa mère, Nadine Guéguen, aide-soignante, attend des nouvelles de Brieuc Guéguen, détenu depuis un an.
                Maïwenn, sa petite sœur, infirmière à Lorient, a pu lui parler le mois dernier. « Il m'a demandé si son chat allait bien », confie-t-elle.
                Leur maman, Josette, 79 ans, n'a plus qu'un souhait : « Le revoir avant de partir, c'est tout ce que je demande. »""");
        assertEquals(List.of(
                "Il m'a demandé si son chat allait bien | Maïwenn",
                "Le revoir avant de partir, c'est tout ce que je demande. | Josette"), quotes(f));
    }

    /**
     * Newspapers and agencies as speakers: named after a definite article ("écrit la Rheinische Abendpost"), after
     * an outlet noun and then alone ("écrit Yeni Ses"), as "le journal"; a speech verb the tagger reads as a noun
     * before an aside and "que"; "le SPF" for the name given in full before; "la Vaudoise" stays a person, the woman
     * just named.
     */
    @Test
    void outletsSpeakUnderTheirNames() {
        ArticleFacts f = extract("""
                « Un correspondant derrière les barreaux, c'est toute une rédaction que l'on bâillonne », écrit la Rheinische Abendpost.
                Selon le quotidien d'opposition Yenises, l'acte d'accusation tient en huit pages. « Si interroger un élu est un crime, tout le journalisme est un crime », résume le journal.
                L'agence de presse officielle Anadolu rapporte de son côté que le journaliste « entretenait des contacts avec une organisation interdite ».
                « Berlin donne des leçons de droit au monde entier », écrit Yenises.
                Le SPF Affaires étrangères suit le dossier. « Nos services sont en contact avec sa famille », indique le SPF.
                La ministre Léa Perret a rencontré la famille. « La Suisse ne peut pas se contenter d'une diplomatie de l'ombre », insiste la Vaudoise.""");
        assertEquals(List.of(
                "Un correspondant derrière les barreaux, c'est toute une rédaction que l'on bâillonne | org:Rheinische Abendpost",
                "Si interroger un élu est un crime, tout le journalisme est un crime | org:Yenises",
                "entretenait des contacts avec une organisation interdite | org:agence de presse officielle Anadolu",
                "Berlin donne des leçons de droit au monde entier | org:Yenises",
                "Nos services sont en contact avec sa famille | org:SPF Affaires étrangères",
                "La Suisse ne peut pas se contenter d'une diplomatie de l'ombre | Léa Perret"), quotes(f));
    }

    /** "dit « le Renard »" names somebody; "se dit « … »" says something of oneself, and is speech. */
    @Test
    void seDitIntroducesWordsWhereDitIntroducesANickname() {
        ArticleFacts f = extract("""
                Le passeur Omar Belhadri, dit « le Renard », a été arrêté à Tachkent.
                De son côté, l'ambassade de France à Tachkent se dit « en contact étroit avec la famille », sans plus de détails.""");
        assertEquals(List.of("en contact étroit avec la famille | org:ambassade de France à Tachkent"), quotes(f));
    }

    /** The title of a programme in marks is no quotation; a label given "comme « … »" after an apposition is the subject's. */
    @Test
    void aProgrammeTitleIsNoQuotationAndAPresentedLabelIsTheSubjects() {
        ArticleFacts f = extract("""
                Le ministre de l'Intérieur, Pavel Sarbatch, en a parlé dans son émission télévisée « Le Marteau ».
                Le ministre de l'Intérieur, Pavel Sarbatch, l'a présenté comme un agent « payé depuis l'étranger pour saboter nos usines ».""");
        assertEquals(List.of("payé depuis l'étranger pour saboter nos usines | Pavel Sarbatch"), quotes(f));
    }

    /** Words that speak of a man by his name are not his, though he is the last man named. */
    @Test
    void anInvertedPronounIsNotThePersonTheQuotationSpeaksOf() {
        ArticleFacts f = extract("""
                Arseni Vitchko a été libéré mardi. Il pense à ceux qui restent. Parmi eux, le journaliste Kastous Lémenko, avec qui il a partagé une cellule, toujours incarcéré à Hrodna. « Kastous m'a demandé de ne pas me taire », dit-il.""");
        assertEquals(List.of("Kastous m'a demandé de ne pas me taire | Arseni Vitchko"), quotes(f));
    }

    /** "Joint jeudi par X, il …": a participle, a day and its agent open the sentence; the subject comes after. */
    @Test
    void aFrontedParticipleWithADayBeforeItsAgent() {
        ArticleFacts f = extract("""
                Son avocat, Oleg Tchoukarine, avait dénoncé la procédure. Joint jeudi par Euronews, il a dit son soulagement, tout en rappelant que « des centaines de personnes sont derrière les barreaux ».""");
        assertEquals(List.of("des centaines de personnes sont derrière les barreaux | Oleg Tchoukarine"), quotes(f));
    }

    /** "l'accusait", read as a noun by the tagger: an imperfect form is a verb, whatever the tagger read. */
    @Test
    void anImperfectSpeechVerbIsAVerbWhateverTheTaggerRead() {
        ArticleFacts f = extract("""
                L'agence Tasnimar, organe de l'Autorité judiciaire, l'accusait d'avoir « collecté des informations sensibles ».""");
        assertEquals(List.of("collecté des informations sensibles | org:agence Tasnimar"), quotes(f));
    }

    /** "Le Riomois assure …" after "le Riomois Patrice X": the man that word introduced. */
    @Test
    void anInhabitantsNameAfterAnArticleIsThePersonItIntroduced() {
        ArticleFacts f = extract("""
                Gracié par Minsk, le Riomois Patrice Aubrac est rentré chez lui. Le ministre Jean Vanpoucke a salué sa libération.
                Le Riomois assure qu'il ne retournera pas au Bélarus « tant que ce régime sera en place ».""");
        assertEquals(List.of("tant que ce régime sera en place | Patrice Aubrac"), quotes(f));
    }

    /**
     * "a présenté X comme « … »" and "faisait état de « … »" report the subject's words; the participle "se
     * présentant comme" describes its subject, and "présenté" without "comme" reports no words.
     */
    @Test
    void wordsPresentedAsSomethingOrReportedAreTheSubjects() {
        ArticleFacts f = extract("""
                Le ministère moldave des Affaires étrangères a présenté la libération des deux marins comme « un geste humanitaire envers un pays ami ».
                Dans un communiqué, le parquet de Chisinau faisait état de « onze caisses de cigarettes dissimulées sous les fruits ».
                Un intermédiaire se présentant comme « le cousin de tout le port » les avait recrutés.
                Le parquet a présenté mardi le dossier « le plus lourd de la décennie » au tribunal.""");
        assertEquals(List.of(
                "un geste humanitaire envers un pays ami | org:ministère moldave des Affaires étrangères",
                "onze caisses de cigarettes dissimulées sous les fruits | org:parquet de Chisinau",
                "le cousin de tout le port | ?",
                "le plus lourd de la décennie | ?"), quotes(f));
    }

    /**
     * "Son mari, lui, …", "Sa fille se montre …" after a woman spoke: the next words are not hers, though the
     * relative goes unnamed. After an organisation's words, "selon la même source" goes on with them.
     */
    @Test
    void aRelativeOpeningASentenceEndsTheSpeakersTurn() {
        ArticleFacts f = extract("""
                À Rennes, la sœur du détenu, Maïwenn Le Goff, n'a plus de nouvelles. « Je ne dors plus depuis son arrestation », confie-t-elle. Son mari, lui, veut rester confiant : « Nous faisons confiance à la diplomatie de notre pays. »
                « Il reviendra avant l'hiver », ajoute-t-elle. Sa fille se montre plus prudente. « On verra bien ce que décidera le juge. »
                Le ministère moldave de l'Intérieur a affirmé que le marin avait été « traité conformément à la loi ». Son collègue, lui, fait l'objet d'une enquête « pour des infractions graves à la sécurité », selon la même source.""");
        assertEquals(List.of(
                "Je ne dors plus depuis son arrestation | Maïwenn Le Goff",
                "Nous faisons confiance à la diplomatie de notre pays. | ?",
                "Il reviendra avant l'hiver | Maïwenn Le Goff",
                "On verra bien ce que décidera le juge. | ?",
                "traité conformément à la loi | org:ministère moldave de l'Intérieur",
                "pour des infractions graves à la sécurité | org:ministère moldave de l'Intérieur"), quotes(f));
    }

    /** "Le 26 mai, le parquet … Dans son communiqué, il précise": a date before the subject, which "il" stands for. */
    @Test
    void aSubjectAfterADateIsWhatThePronounOfTheNextSentenceStandsFor() {
        ArticleFacts f = extract("""
                Selon l'avocat du chercheur, Mateo Ibarra, « les caméras de l'hôtel montrent tout ».
                Le 26 mai, le parquet général de Montevideo a abandonné les poursuites. Dans son communiqué, il précise qu'« aucun élément ne permet d'établir sa culpabilité ».""");
        assertEquals(List.of(
                "les caméras de l'hôtel montrent tout | Mateo Ibarra",
                "aucun élément ne permet d'établir sa culpabilité | org:parquet général de Montevideo"), quotes(f));
    }

    /**
     * "Tavita Lemalu, son assistant de recherche," names a person by the role after it, first name unknown; "le
     * président X" in the complement of "l'assistant" holds that role, not the assistant's.
     */
    @Test
    void anAssistantInAppositionIsAPersonAndThePresidentInTheComplementIsNotTheAssistant() {
        ArticleFacts f = extract("""
                Maïwenn Kerlo a été arrêtée à Apia. Tavita Lemalu, son assistant de recherche, a lui aussi été arrêté. « Les policiers pensaient que j'avais vendu les plantes », raconte-t-il.
                Côté azerbaïdjanais, Rauf Mammadli, l'assistant du président Elnur Kasimov chargé de la politique étrangère, a estimé que la justice « n'a de leçons à recevoir de personne ».""");
        assertTrue(roles(f).contains("Tavita Lemalu: assistant de recherche"), roles(f).toString());
        assertEquals(List.of(
                "Les policiers pensaient que j'avais vendu les plantes | Tavita Lemalu",
                "n'a de leçons à recevoir de personne | Rauf Mammadli"), quotes(f));
    }
}
