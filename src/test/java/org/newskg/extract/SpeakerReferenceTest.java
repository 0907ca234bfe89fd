package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.Passages.extract;
import static org.newskg.extract.Passages.quotes;
import static org.newskg.extract.Passages.roles;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whom a speaker given by a pronoun, a role noun or an organisation's name stands for, on short French news
 * passages written for these tests (people and outlets of our own choosing), one construction each.
 */
class SpeakerReferenceTest {

    /** "Affaires" is read as a verb by the tagger; capitalised, it is still part of the name. */
    @Test
    void anOrganisationNameKeepsItsCapitalisedWordsAndStopsBeforeAReflexiveVerb() {
        ArticleFacts f = extract("""
                Le SPF Affaires étrangères précise de son côté que « notre ambassade a pu rendre visite à notre compatriote ».
                L'agence officielle Tasnimar s'est bornée à annoncer l'arrestation de « plusieurs employés d'entreprises étrangères ».""");
        assertEquals(List.of(
                "notre ambassade a pu rendre visite à notre compatriote | org:SPF Affaires étrangères",
                "plusieurs employés d'entreprises étrangères | org:agence officielle Tasnimar"), quotes(f));
    }

    /**
     * "En juillet 2023, au lendemain du coup d'État qui avait renversé le président X, l'Australien avait été
     * retenu …": past two fronted phrases, the subject is the demonym, the man it introduced before, and "il" in
     * the next sentence is he, not the president named inside the phrases.
     */
    /**
     * "confie cette femme de 58 ans", "souffle cette retraitée" after a person whose first name tells no gender: that
     * person, whom the noun now tells a woman, so that the next "elle" is her too.
     */
    @Test
    void aDemonstrativePersonNounIsThePersonJustNamedWhateverTheirGender() {
        ArticleFacts f = extract("""
                Chaque printemps, Lee Bo-ram dépose la même lettre au siège de la Croix-Rouge, à Séoul. « Nous ne savons même pas s'il est vivant », confie cette femme de 58 ans.
                Elle a écrit au ministre Park Joon-ho. « Je lui demande seulement une photo », dit-elle.""");
        assertEquals(List.of("Nous ne savons même pas s'il est vivant | Lee Bo-ram",
                "Je lui demande seulement une photo | Lee Bo-ram"), quotes(f));
        ArticleFacts brother = extract("""
                Chaque printemps, Lee Bo-ram dépose la même lettre à Séoul. « Nous ne savons même pas s'il est vivant », confie cette femme de 58 ans.
                Son frère avait franchi le fleuve en 2014. Arrêté à Sinuiju, il a été présenté à la presse de Pyongyang.""");
        assertEquals(Set.of(), Passages.detentions(brother)); // "il" is not the woman
    }

    /**
     * "L'agronome … avait été arrêté" after the person just put forward: a trade whose word tells no gender names
     * that person too, so the "il" after is not held back by somebody unnamed.
     */
    @Test
    void aDefiniteTradeOfNoGenderIsThePersonJustPutForward() {
        ArticleFacts f = extract("""
                Ramiro Ortega Baltodano, 63 ans, a atterri à Montréal au début du mois. « J'ai perdu vingt kilos », lance-t-il.

                L'agronome, longtemps chargé de projets auprès de producteurs de café, avait été arrêté en août 2022 à Managua.

                « On comptait les jours avec des grains de riz », se souvient-il.""");
        assertEquals(List.of("J'ai perdu vingt kilos | Ramiro Ortega Baltodano",
                "On comptait les jours avec des grains de riz | Ramiro Ortega Baltodano"), quotes(f));
    }

    /**
     * "elle" opening a sentence after one that names a woman as a complement: that woman, not the one who spoke
     * earlier; unless the sentence before had a subject of its own ("L'ingénieur … gracié par le président X. Il").
     */
    @Test
    void aPronounSubjectIsThePersonTheSentenceBeforeNamed() {
        ArticleFacts f = extract("""
                « La police peut vous livrer à ceux que vous fuyez », résume la chroniqueuse Akinyi Odhiambo.

                The East Herald revient sur l'histoire de Wairimu Njoroge, une avocate arrêtée en mai à Dar es-Salaam. Détenue quatre jours sans inculpation, elle a finalement été déposée à la frontière.

                « On m'a bandé les yeux dès la première nuit », raconte-t-elle.

                Joost Verlinden a retrouvé le sol belge mardi. L'ingénieur de 38 ans avait été gracié samedi par le président Rodrigue Agbo.

                Il travaillait pour une société flamande lorsqu'il a été interpellé. « Je photographiais un pont pour un rapport », a-t-il déclaré.""");
        assertEquals(List.of("La police peut vous livrer à ceux que vous fuyez | Akinyi Odhiambo",
                "On m'a bandé les yeux dès la première nuit | Wairimu Njoroge",
                "Je photographiais un pont pour un rapport | Joost Verlinden"), quotes(f));
    }

    /**
     * A quotation standing alone after a sentence that presents somebody without making them its subject: that
     * person's words, unless they speak of that person.
     */
    @Test
    void aQuotationAfterASentenceThatPresentsSomebodyIsTheirs() {
        ArticleFacts f = extract("""
                Une réponse jugée insuffisante par l'avocate de la famille, Me Hélène Verhaegen. « On ne peut pas se contenter de diplomatie silencieuse. » Elle envisage de saisir l'ONU.

                Au laboratoire, où Loïc Vernier partage son temps avec une association, la nouvelle a d'abord été accueillie avec incrédulité. « On a cru à une blague. Loïc est la personne la plus respectueuse du village. »""");
        assertEquals(List.of("On ne peut pas se contenter de diplomatie silencieuse. | Hélène Verhaegen",
                "On a cru à une blague. Loïc est la personne la plus respectueuse du village. | ?"), quotes(f));
    }

    @Test
    void aDemonymSubjectAfterTwoFrontedPhrasesIsWhomThePronounNext() {
        ArticleFacts f = extract("""
                Un ingénieur libéré

                L'Australien Liam Carver a été libéré mardi.

                Ce n'est pas la première fois que Liam Carver goûte aux geôles sahéliennes. En juillet 2023, au lendemain du coup d'État qui avait renversé le président Oumar Tandja, l'Australien avait été retenu trois jours dans un commissariat de Niamey. « Là-bas, on m'avait au moins rendu mon téléphone le deuxième jour », ironise-t-il dans un message.""");
        assertEquals(List.of("Là-bas, on m'avait au moins rendu mon téléphone le deuxième jour | Liam Carver"), quotes(f));
    }

    /**
     * "Pour un diplomate européen, …" puts forward an unnamed man, whom "juge-t-il" next stands for, not the minister
     * quoted before; an organisation subject before words in quotation marks gives them ("Le centre de défense des
     * droits humains Ostrog recense « … »"), with its name as far as a stressed pronoun ("L'ambassade, elle, …"),
     * or an object pronoun ("Le parquet le soupçonne d'…"), but not the charge its verb brings against a person
     * ("le parquet le poursuit pour « … »").
     */
    @Test
    void anUnnamedOpeningSourceAndAnOrganisationSubjectGiveTheWordsAfterThem() {
        ArticleFacts f = extract("""
                « Notre diplomatie a travaillé sans relâche », a réagi le ministre des Affaires étrangères, Marc Delvaux. Pour un diplomate européen en poste à Riga, cette libération n'a rien d'un cadeau. « Le régime vide ses prisons au compte-gouttes, pendant que d'autres s'y remplissent », juge-t-il. Le centre de défense des droits humains Ostrog recense encore « plus de 900 prisonniers politiques » dans le pays.
                L'ambassade de Lettonie à Minsk, elle, se refuse à tout commentaire sur « une procédure judiciaire en cours ».
                Le parquet de Riga le poursuit pour « collecte de renseignements au profit d'un État tiers ».
                Au ministère letton des Affaires étrangères, on reste prudent : « Nous privilégions une approche discrète ».
                Le parquet letton le soupçonne d'avoir organisé une « fraude fiscale de grande ampleur » au détriment de l'État.""");
        assertEquals(List.of(
                "Notre diplomatie a travaillé sans relâche | Marc Delvaux",
                "Le régime vide ses prisons au compte-gouttes, pendant que d'autres s'y remplissent | ?",
                "plus de 900 prisonniers politiques | org:Ostrog",
                "une procédure judiciaire en cours | org:ambassade de Lettonie à Minsk",
                "collecte de renseignements au profit d'un État tiers | ?",
                "Nous privilégions une approche discrète | org:ministère letton des Affaires étrangères",
                "fraude fiscale de grande ampleur | org:parquet letton"), quotes(f));
    }

    /**
     * Looking for an organisation subject does not read a description that names nobody: "l'humanitaire" after a
     * man put forward gives him no role.
     */
    @Test
    void lookingForAnOrganisationSubjectGivesNoRoleToTheSalientPerson() {
        ArticleFacts f = extract("""
                Le ministre de la Sécurité, Idrissa Kaboré, assure que l'enquête « suit son cours normalement ».
                Jointe par téléphone, l'humanitaire assure n'avoir « aucun regret ».""");
        assertEquals(Set.of("Idrissa Kaboré: ministre de la sécurité"), roles(f));
    }

    /**
     * "a ajouté la mère de Brian" after the woman put forward spoke: she is that mother, though she bears another
     * surname; with no woman put forward, nobody is.
     */
    @Test
    void aRelativeOfANamedPersonWithAnotherSurnameIsTheSalientPersonOfItsGender() {
        ArticleFacts f = extract("""
                Brian Odhiambo a été libéré mardi.
                À Kisumu, Grace Wanjiru n'a pas lâché son fils depuis son retour. « J'ai vendu deux vaches pour payer les avocats », confie-t-elle. « Aujourd'hui, ma prière est exaucée », a ajouté la mère de Brian.""");
        assertEquals(List.of("J'ai vendu deux vaches pour payer les avocats | Grace Wanjiru",
                "Aujourd'hui, ma prière est exaucée | Grace Wanjiru"), quotes(f));
        ArticleFacts none = extract("""
                Brian Odhiambo a été libéré mardi. « Aujourd'hui, ma prière est exaucée », a ajouté la mère de Brian.""");
        assertEquals(List.of("Aujourd'hui, ma prière est exaucée | ?"), quotes(none));
    }

    /**
     * "« … », a déclaré le conseiller fédéral" after "Le chef de la diplomatie, X, s'était entretenu avec son
     * homologue Y": another office of government of the one person named there whom the article put forward or
     * gave such an office; "le chef de l'État" after a minister and a man the sentence before puts forward is not
     * the minister's; after a president named too, of neither.
     */
    @Test
    void anotherOfficeOfTheOnePersonPutForwardAmongSeveralNamed() {
        ArticleFacts f = extract("""
                Le chef de la diplomatie, Marco Ferretti, s'était entretenu avec son homologue Elvin Rzayev. « Nous avons toujours privilégié le dialogue discret », a déclaré jeudi le conseiller fédéral.""");
        assertEquals(List.of("Nous avons toujours privilégié le dialogue discret | Marco Ferretti"), quotes(f));
        ArticleFacts received = extract("""
                Le ministre omanais des Affaires étrangères, Saïd Al-Harthi, s'est félicité d'un dénouement heureux. Mercredi, la chercheuse a été reçue à l'Élysée par Étienne Duval. « La France n'abandonne jamais les siens », a déclaré le chef de l'État.""");
        assertEquals(List.of("La France n'abandonne jamais les siens | Étienne Duval"), quotes(received));
        ArticleFacts both = extract("""
                Le chef de la diplomatie, Marco Ferretti, s'était entretenu avec son homologue Elvin Rzayev. Le président Tofik Aliyev a signé le décret. « Nous avons toujours privilégié le dialogue discret », a déclaré jeudi le conseiller fédéral.""");
        assertEquals(List.of("Nous avons toujours privilégié le dialogue discret | ?"), quotes(both));
    }

    /**
     * "À Téhéran, le porte-parole de la diplomatie iranienne s'est gardé …": an office of a country after a fronted
     * adjunct, held by nobody the article names, is whom "a-t-il déclaré" next stands for, not the minister quoted
     * before; after an adjunct, an indefinite one ("un juge de l'Audiencia nacional l'a placé …") is not.
     */
    @Test
    void anUnnamedOfficeAfterAFrontedAdjunctKeepsThePronounFromTheManBefore() {
        ArticleFacts f = extract("""
                « Notre compatriote est libre », a annoncé le ministre des Affaires étrangères, Paul Verdier.

                À Téhéran, le porte-parole de la diplomatie iranienne s'est gardé de prononcer son nom. « La République islamique a toujours fait preuve de clémence », a-t-il déclaré.""");
        assertEquals(List.of("Notre compatriote est libre | Paul Verdier", "La République islamique a toujours fait preuve de clémence | ?"),
                quotes(f));
        ArticleFacts judge = extract("""
                Le 9 juillet, deux policiers ont demandé à Bastien Lagrange de les suivre. Après trois jours de garde à vue, un juge de l'Audiencia nacional l'a placé en détention. « Je n'ai jamais piraté personne », a-t-il fait savoir.""");
        assertEquals(List.of("Je n'ai jamais piraté personne | Bastien Lagrange"), quotes(judge));
    }

    /** "un communiqué du bureau du Premier ministre israélien": the office speaks, not an unnamed Prime Minister. */
    @Test
    void thePrimeMinistersOfficeIsAnOrganisation() {
        ArticleFacts f = extract("""
                « Il s'agit d'un geste de bonne volonté consenti en coordination avec Washington », indique un communiqué du bureau du Premier ministre israélien.""");
        assertEquals(List.of("Il s'agit d'un geste de bonne volonté consenti en coordination avec Washington | org:bureau du Premier ministre israélien"),
                quotes(f));
    }

    /** "Côté nigérian, le DSS s'est contenté d'un communiqué, affirmant que « … »": the subject after the adjunct speaks. */
    @Test
    void aSubjectAfterAnAdjunctOpenedByCoteGivesTheParticiplesWords() {
        ArticleFacts f = extract("""
                « Nous sommes soulagés », a déclaré le ministre, Bakary Sangaré. Côté nigérian, le DSS s'est contenté d'un bref communiqué, affirmant que la remise « s'inscrit dans le cadre des relations de bon voisinage » entre les deux pays.""");
        assertEquals(List.of("Nous sommes soulagés | Bakary Sangaré",
                "s'inscrit dans le cadre des relations de bon voisinage | org:DSS"), quotes(f));
    }

    /** "Cela fait cent vingt jours que X n'a pas entendu …" puts X forward: the words that follow are hers. */
    @Test
    void theSubjectOfTheQueClauseAfterCelaFaitSpeaksNext() {
        ArticleFacts f = extract("""
                Cela fait cent vingt jours que Vanessa Raman n'a pas entendu la voix de son mari. « La dernière fois, c'était un message vocal depuis l'aéroport. Depuis, plus rien. »""");
        assertEquals(List.of("La dernière fois, c'était un message vocal depuis l'aéroport. Depuis, plus rien. | Vanessa Raman"), quotes(f));
    }

    /** A role after a fronted adjunct, which the article gave one person, is that person, and so is "elle" after it. */
    @Test
    void aRoleSubjectAfterAFrontedAdjunctNamesItsHolder() {
        ArticleFacts f = extract("""
                L'étudiante française Lise Vendrassou a été libérée jeudi à Istanbul.
                « Il est en prison pour avoir fait son métier », dénonce son avocate, Selin Ostrevic.

                De son côté, l'étudiante ne cache pas un certain malaise. « Je rentre, et lui reste. C'est injuste », promet-elle.""");
        assertEquals(List.of(
                "Il est en prison pour avoir fait son métier | Selin Ostrevic",
                "Je rentre, et lui reste. C'est injuste | Lise Vendrassou"), quotes(f));
    }

    /**
     * "selon son avocate" is somebody's lawyer: not the woman the article presented as the company's head, who
     * gets no such role; the lawyer named next is the "elle" of the words after her, though a man is named in a
     * complement before her.
     */
    @Test
    void aPossessiveProfessionIsNotAPersonGivenAnotherOccupation() {
        ArticleFacts f = extract("""
                « Nous coopérons pleinement avec les autorités », a déclaré Claire Talmeyrac, PDG du groupe Lanvaux.

                Un « otage économique », selon son avocate

                La famille de M. Quenardel a mandaté Me Camille Brossolette, avocate au barreau de Paris. « Mon client est un otage économique », tranche-t-elle.""");
        assertEquals(List.of(
                "Nous coopérons pleinement avec les autorités | Claire Talmeyrac",
                "otage économique | ?",
                "Mon client est un otage économique | Camille Brossolette"), quotes(f));
        assertFalse(roles(f).contains("Claire Talmeyrac: avocate"), roles(f).toString());
    }

    /** "X n'a prononcé, selon son frère, qu'une phrase :": the brother, named before, reports; X spoke. */
    @Test
    void aSourceSetOffAfterTheSpeechVerbReportsTheSubjectsWords() {
        ArticleFacts f = extract("""
                Son frère, Hugo Talmeyrac, l'attendait à l'aéroport.
                Dans la voiture, Adrien Talmeyrac n'a prononcé, selon son frère, qu'une seule phrase sur sa détention : « Là-bas, j'ai appris à compter le temps en soupes. »""");
        assertEquals(List.of("Là-bas, j'ai appris à compter le temps en soupes. | Adrien Talmeyrac"), quotes(f));
    }

    /** "Selon un diplomate, …": the "il" of the next words is that unnamed source, not the man quoted before. */
    @Test
    void anIndefiniteSourceIsThePronounOfTheWordsThatFollow() {
        ArticleFacts f = extract("""
                « Mon client n'a rien fait d'autre que mesurer des rivières », a déclaré son avocat, Rauf Alizadeh.

                Selon un diplomate européen en poste dans le Caucase, la peine prononcée « ressemble fort à une mise à prix ». « Ce genre de dossier finit toujours par se régler autour d'une table », ajoute-t-il.""");
        assertEquals(List.of(
                "Mon client n'a rien fait d'autre que mesurer des rivières | Rauf Alizadeh",
                "ressemble fort à une mise à prix | ?",
                "Ce genre de dossier finit toujours par se régler autour d'une table | ?"), quotes(f));
    }

    /**
     * "Il y avait avec moi X": an impersonal "il" presents X, the "elle" of the next words. "L'enquêteur du KGB"
     * is an organisation's investigator, not the man the article presented as head of state.
     */
    @Test
    void anImpersonalSubjectPresentsThePersonAndAnOrganisationsInvestigatorIsNobodyNamed() {
        ArticleFacts f = extract("""
                Le président, Anton Dubrovets, avait présenté ces grâces comme un geste « d'humanité envers des gens qui ont compris leurs erreurs ».
                « J'ai appris à compter les jours sans les nommer », raconte Ilona Savitchenko.
                L'enquêteur du KGB me l'a dit franchement : « Votre passeport français ne vous protège pas. »
                Il y avait avec moi Maryna Hrytsko, une journaliste condamnée à huit ans. La veille de mon départ, elle m'a glissé : « Si tu sors, parle de moi avec colère. »""");
        assertEquals(List.of(
                "d'humanité envers des gens qui ont compris leurs erreurs | Anton Dubrovets",
                "J'ai appris à compter les jours sans les nommer | Ilona Savitchenko",
                "Votre passeport français ne vous protège pas. | ?",
                "Si tu sors, parle de moi avec colère. | Maryna Hrytsko"), quotes(f));
    }

    /**
     * "L'employeur de M. X, la firme Y, affirme": the firm speaks, not the man in the complement; "l'université de
     * Strasbourg" is an organisation in lower case too.
     */
    @Test
    void theComplementOfAnEmployerDoesNotSpeakAndAUniversityInLowerCaseDoes() {
        ArticleFacts f = extract("""
                L'employeur de M. Chassagnol, la firme montréalaise Hydrolac Conseil, affirme qu'il se trouvait au Venezuela pour un contrat « entièrement conforme aux sanctions en vigueur ».
                « Nous sommes pleinement mobilisés aux côtés de sa famille », indique l'université de Strasbourg dans un communiqué.""");
        assertEquals(List.of(
                "entièrement conforme aux sanctions en vigueur | org:firme montréalaise Hydrolac Conseil",
                "Nous sommes pleinement mobilisés aux côtés de sa famille | org:université de Strasbourg"), quotes(f));
    }

    /**
     * Quoted words that open on a verb are the predicate of the clause's subject, an organisation too; an
     * attribution after them comes first ("il « passait … », raconte sa mère").
     */
    @Test
    void quotedWordsOpeningOnAVerbAreTheSubjectsUnlessAttributedAfter() {
        ArticleFacts f = extract("""
                Dans une déclaration transmise à l'AFP, le ministère des Affaires étrangères « regrette une décision qui ne met pas fin à sa détention » et « appelle les autorités à un geste d'humanité ».
                Passionné de photo, Lucas Ferrandel « passait tous ses week-ends à arpenter les ports », raconte sa mère, Nathalie Kerjean.
                Le ministère de l'Intérieur « salue la libération de notre compatriote » et remercie « les autorités locales pour leur coopération ».""");
        assertEquals(List.of(
                "regrette une décision qui ne met pas fin à sa détention | org:ministère des Affaires étrangères",
                "appelle les autorités à un geste d'humanité | org:ministère des Affaires étrangères",
                "passait tous ses week-ends à arpenter les ports | Nathalie Kerjean",
                "salue la libération de notre compatriote | org:ministère de l'Intérieur",
                "les autorités locales pour leur coopération | org:ministère de l'Intérieur"), quotes(f));
    }

    /** "X, qui s'était entretenu avec son homologue, Y, a salué …": the relative clause is an aside; X speaks. */
    @Test
    void aRelativeClauseSetOffByCommasIsNoSubject() {
        ArticleFacts f = extract("""
                Le ministre des Affaires étrangères, Lorens Vandamme, qui s'était entretenu jeudi avec son homologue iranien, Karim Sadeghpour, a salué la nouvelle : « Notre compatriote est libre. »""");
        assertEquals(List.of("Notre compatriote est libre. | Lorens Vandamme"), quotes(f));
    }

    /**
     * "Selon une source proche du dossier, … « … », résume ce diplomate": the demonstrative takes up the anonymous
     * source, not the man the article put forward, who gets no role from it either.
     */
    @Test
    void aDemonstrativeRoleTakesUpTheAnonymousSourceJustIntroduced() {
        ArticleFacts f = extract("""
                L'avocat Anton Velikov a négocié l'échange. Selon une source proche du dossier, Paris a hésité jusqu'au dernier moment. « Chaque fois que l'on cède, on fixe un prix », résume ce diplomate.""");
        assertEquals(List.of("Chaque fois que l'on cède, on fixe un prix | ?"), quotes(f));
    }

    /** "», a souri X": a participle the tagger reads as a determiner is still the speech verb after its auxiliary. */
    @Test
    void aSpeechParticipleMisreadByTheTaggerAfterItsAuxiliary() {
        ArticleFacts f = extract("""
                Dans le hall, son père l'a enveloppée dans une écharpe. « Elle repartira, je la connais. Je préférerais autre chose, mais elle repartira », a souri Serhat.""");
        assertEquals(List.of("Elle repartira, je la connais. Je préférerais autre chose, mais elle repartira | Serhat"), quotes(f));
    }

    /** "Hydrolia, une ONG nantaise": a name described by an indefinite organisation noun is what "l'ONG" takes up. */
    @Test
    void anOrganisationNounTakesUpTheNameItDescribedWithAnIndefiniteArticle() {
        ArticleFacts f = extract("""
                L'ingénieur travaillait depuis le printemps pour Hydrolia, une ONG nantaise qui remet en état des stations de pompage. Le 9 juillet, il a été arrêté près de Mossoul.
                Dans un communiqué, l'ONG a appelé à « libérer sans délai un ingénieur venu aider les habitants ».""");
        assertEquals(List.of("libérer sans délai un ingénieur venu aider les habitants | org:Hydrolia"), quotes(f));
    }

    /** "le parti chiite" takes up the party named just before. */
    @Test
    void aPartyNounTakesUpThePartyNamedBefore() {
        ArticleFacts f = extract("""
                Le Hezbollah, lui, a haussé le ton. Dans un communiqué, le parti chiite estime que « l'État doit assumer ses responsabilités sans attendre ».""");
        assertEquals(List.of("l'État doit assumer ses responsabilités sans attendre | org:Hezbollah"), quotes(f));
    }

    /** ", et le ministère … a fait état de « … »": the clause the conjunction opens has its own subject. */
    @Test
    void aClauseAfterACommaAndAConjunctionHasItsOwnSubject() {
        ArticleFacts f = extract("""
                Le ministre, Salem Al-Harthy, s'est entretenu avec M. Dorval mercredi, et le ministère omanais des affaires étrangères a fait état de « discussions franches et constructives ».""");
        assertEquals(List.of("discussions franches et constructives | org:ministère omanais des affaires étrangères"), quotes(f));
    }

    /** "ou" coordinates two verbs of the relative clause; unlike "où", it opens no clause of its own. */
    @Test
    void aCoordinationInARelativeClauseKeepsItAnAside() {
        ArticleFacts f = extract("""
                Le président Anselmo Ribeira, qui a déjà suspendu ou refusé certaines extraditions, a écrit en mars que « l'extradition n'est pas une faveur due à Washington ».""");
        assertEquals(List.of("l'extradition n'est pas une faveur due à Washington | Anselmo Ribeira"), quotes(f));
    }

    /**
     * "le ministre suisse des Affaires étrangères" is not the Ethiopian minister named before but the Swiss
     * federal councillor who met him, nor is "le ministre de l'Europe et des Affaires étrangères", the French
     * title, the Turkish one: a nationality inside the office, or a title only one country uses, must agree with
     * the holder's. The French minister is the man named before with no role.
     */
    @Test
    void anOfficeOfAnotherCountryIsNotTheHolderOfItsPeriphrasis() {
        ArticleFacts f = extract("""
                Lundi, le conseiller fédéral Urs Kellenberg s'est entretenu avec le chef de la diplomatie éthiopienne, Dawit Alemayehu. « Un citoyen suisse doit pouvoir voir un avocat », a déclaré le ministre suisse des Affaires étrangères à l'issue de la rencontre.

                Selon le Quai d'Orsay, Paul Vermandois s'était entretenu avec le chef de la diplomatie turque, Kemal Özdağlı. À Paris, le ministre de l'Europe et des Affaires étrangères a salué « l'aboutissement de longs mois d'un travail discret ».""");
        assertEquals(List.of(
                "Un citoyen suisse doit pouvoir voir un avocat | Urs Kellenberg",
                "l'aboutissement de longs mois d'un travail discret | Paul Vermandois"), quotes(f));
        assertFalse(roles(f).contains("Kemal Özdağlı: ministre de l'europe et des affaires étrangères"), roles(f).toString());
    }

    /** A sentence about another named person between two quotations: the second is not the first speaker's. */
    @Test
    void aSentenceAboutAnotherPersonEndsTheContinuationOfTheQuotationBefore() {
        ArticleFacts f = extract("""
                Le ministre de l'Intérieur, Tomas Arrieta, a présenté les détenus à la télévision. « Ils ont été pris la main dans le sac », avait-il affirmé. Odile Brassac a reconnu son fils sur l'écran, le visage fermé. « J'ai éteint la télé. Je ne pouvais pas regarder ça. »""");
        assertEquals(List.of(
                "Ils ont été pris la main dans le sac | Tomas Arrieta",
                "J'ai éteint la télé. Je ne pouvais pas regarder ça. | Odile Brassac"), quotes(f));
    }

    /** "le président rwandais" is the Rwandan president named before, not the Kazakh one named since. */
    @Test
    void aRoleWithANationalityNamesTheHolderOfThatCountry() {
        ArticleFacts f = extract("""
                L'universitaire a été gracié par le président rwandais Jean-Bosco Kayitare. Un autre détenu a été libéré après un entretien avec le président kazakh Nurlan Abenov.
                « La grâce ne change rien au verdict », souligne le président rwandais lors d'une conférence de presse.""");
        assertEquals(List.of("La grâce ne change rien au verdict | Jean-Bosco Kayitare"), quotes(f));
    }

    /**
     * "Mais une source ministérielle se montre moins optimiste :" is the source of the words after the colon;
     * "énumère X" attributes; "le ministère a pour sa part « salué … »" is the ministry's.
     */
    @Test
    void aConjunctionBeforeTheSubjectAndAnAuxiliaryBeforeTheQuotedParticiple() {
        ArticleFacts f = extract("""
                Pour le ministre des Affaires étrangères, Karim Haddad, « chaque détenu libanais est une plaie ouverte pour le pays ». Mais une source ministérielle se montre moins optimiste : « Tant que ce nœud n'est pas tranché, rien ne bougera. »
                « On était cinquante, parfois deux cents », énumère Sandrine Lagarrigue, présidente du comité. Le ministère de l'Intérieur a pour sa part « salué l'engagement constant du Qatar ».""");
        assertEquals(List.of(
                "chaque détenu libanais est une plaie ouverte pour le pays | Karim Haddad",
                "Tant que ce nœud n'est pas tranché, rien ne bougera. | ?",
                "On était cinquante, parfois deux cents | Sandrine Lagarrigue",
                "salué l'engagement constant du Qatar | org:ministère de l'Intérieur"), quotes(f));
    }

    /** "Selon l'acte d'accusation …, le Français aurait « collecté … »": the source's words, not the accused's. */
    @Test
    void anOpeningSourceOutranksTheSubjectOfAQuotedPredicate() {
        ArticleFacts f = extract("""
                Le géologue Arnaud Vessière est détenu à Bakou. Selon l'acte d'accusation rédigé par le parquet général, le Français aurait « collecté des informations sur les infrastructures énergétiques du pays ».""");
        assertEquals(List.of("collecté des informations sur les infrastructures énergétiques du pays | org:parquet général"), quotes(f));
    }

    /**
     * A quoted predicate may open on the clitics of its verb ("« se réjouit … »"); after "Pour X," the words are
     * still the source's, not those of the subject the quotation is the predicate of.
     */
    @Test
    void aQuotedPredicateOverItsCliticsAndAfterAnOpeningSource() {
        ArticleFacts f = extract("""
                À Paris, le ministère de l'Intérieur « se réjouit de la libération de notre compatriote ».
                Pour la politologue Ana Pires, l'affaire Marc Dubreuil « en dit davantage sur le calendrier du gouvernement ».""");
        assertEquals(List.of("se réjouit de la libération de notre compatriote | org:ministère de l'Intérieur",
                "en dit davantage sur le calendrier du gouvernement | Ana Pires"), quotes(f));
    }

    /**
     * "a lancé le président américain" right after a sentence about a man the article gave no role is that man;
     * "Le consul m'a dit" is not the husband named paragraphs before; "l'ancienne otage" is the woman just
     * presented; "Interrogé sur son cas, X s'est montré prudent :" gives X the words after the colon.
     */
    @Test
    void aRoleNamesThePersonJustNamedWhomTheArticleGaveNoRole() {
        ArticleFacts f = extract("""
                Walter Brisbane, lui, n'a pas boudé son plaisir. « Nous ramenons nos gens à la maison », a lancé le président américain depuis le Bureau ovale.

                Interrogé sur son cas, Ronald Pickering s'est montré prudent : « Chaque dossier est différent. »

                Son mari, Haruto Kiyonaga, est détenu à Pékin depuis deux ans. Elle a écrit à tous les ministres.
                Le consul m'a dit un jour au téléphone : « Madame, ces affaires prennent des années. »

                Élodie Marsolier connaît ce chemin. Cette humanitaire lyonnaise avait passé six mois dans une cellule à Kaboul. « L'isolement est le pire », raconte l'ancienne otage.""");
        assertEquals(List.of(
                "Nous ramenons nos gens à la maison | Walter Brisbane",
                "Chaque dossier est différent. | Ronald Pickering",
                "Madame, ces affaires prennent des années. | ?",
                "L'isolement est le pire | Élodie Marsolier"), quotes(f));
    }

    /**
     * "Elle ne l'a vu qu'une fois, au parloir :" gives the words after the colon to the woman the pronoun stands for,
     * past the negation and the object pronoun; the impersonal "Il y a" stands for nobody.
     */
    @Test
    void aPronounSubjectBeforeItsNegationAndObjectHandsOnTheWordsAfterAColon() {
        ArticleFacts f = extract("""
                Mathieu Ravenel est détenu à Tunis depuis mars. Sa femme, Inès Ravenel, se bat pour lui.
                Elle ne l'a vu qu'une fois, au parloir : « Il a maigri, il ne dort plus. »

                Le procureur Karim Belhaj a requis dix ans. Il y a une chose que l'on oublie : « Ces dossiers durent des années. »""");
        assertEquals(List.of(
                "Il a maigri, il ne dort plus. | Inès Ravenel",
                "Ces dossiers durent des années. | ?"), quotes(f));
    }

    /**
     * "L'enseignante" opening the sentence after "Claire X n'a pu lui parler" is that woman, so the next
     * "raconte-t-elle" is hers, and "La scientifique" the woman the sentences before were about; not "Le diplomate"
     * after "Un diplomate européen" (nor "Le médecin" after "Un médecin", an accented word), nor when the woman
     * named last is not the one the article put forward ("Anne X a longtemps travaillé avec Julie Y.
     * L'enseignante …"), nor when the trade is of the other gender or the person's gender unknown; "de 38 ans" is
     * an age, not a complement; an office ("La ministre") is somebody else.
     */
    @Test
    void aTradeOpeningTheSentenceIsThePersonJustPutForward() {
        ArticleFacts f = extract("""
                Le mari de Claire Ruhumuza est détenu au Burundi. Claire Ruhumuza n'a pu lui parler qu'à trois reprises. L'enseignante n'a jamais fait le voyage. « Il m'a demandé de ne pas venir », raconte-t-elle.

                Anne Valorge a longtemps travaillé avec Julie Marchadier. L'enseignante a quitté le pays en mars. « Personne ne nous a prévenues », dit-elle.

                Sophie Lambrecq attend son frère depuis un an. Le mécanicien a été arrêté à Goma. « Je ne sais rien », confie-t-il.

                Dominique Verdier attend son frère depuis un an. Le mécanicien a été arrêté à Goma. « On ne me dit rien », confie-t-il.

                Marc Tessandier est rentré mardi. Le mécanicien de 38 ans avait été arrêté à Goma. « J'ai tenu bon », confie-t-il.
                Un diplomate européen a suivi le dossier. « Nous avons porté des messages », dit-il. Le diplomate insiste sur la durée. « Il a fallu quatorze mois. »
                Un médecin européen l'a examiné. « Il a perdu du poids », dit-il. Le médecin insiste sur son cœur. « Il lui faut du repos. »

                Léa Aubanel, 44 ans, est rentrée de Bornéo mardi. Elle a passé six semaines en prison. Elle a maigri. Elle dort mal. Elle veut repartir.
                La scientifique ne se cherche pas d'excuses. « J'avais tous les permis », reconnaît-elle.

                Julie Fontanel attend son mari depuis un an. La ministre a reçu la famille mardi. « Nous suivons le dossier », a-t-elle dit.""");
        assertEquals(List.of(
                "Il m'a demandé de ne pas venir | Claire Ruhumuza",
                "Personne ne nous a prévenues | ?",
                "Je ne sais rien | ?",
                "On ne me dit rien | ?",
                "J'ai tenu bon | Marc Tessandier",
                "Nous avons porté des messages | ?",
                "Il a fallu quatorze mois. | ?",
                "Il a perdu du poids | ?",
                "Il lui faut du repos. | ?",
                "J'avais tous les permis | Léa Aubanel",
                "Nous suivons le dossier | ?"), quotes(f));
    }

    /**
     * A fronted phrase holding a participle ("Dans une lettre transmise à sa famille par son avocat,") ends before
     * the subject that the colon hands the words to, a person or an organisation; a description there is not taken
     * for the person most put forward ("le Sétois" after a club president was quoted), as it is after a phrase
     * without one ("Devant les caméras de la télévision publique, le vieil homme …").
     */
    @Test
    void theSubjectAfterAFrontedPhraseWithAParticipleHandsOnTheWordsAfterAColon() {
        ArticleFacts f = extract("""
                Milena Radosavka est détenue à Pristina depuis un mois.
                Dans une lettre transmise à sa famille par son avocat, Milena Radosavka se veut rassurante : « Je vais bien. Les gardiennes sont correctes. »
                Dans un communiqué diffusé après son arrestation, la police kosovare avait donné le ton : « Les étrangers doivent respecter nos lois. »

                Alain Soubeyrol est détenu à Bali. « On a lancé une cagnotte », raconte Robert Combaluzier, le président du club.
                Dans un court message transmis par le consulat, le Sétois a tenu à rassurer ses proches : « Je vais bien, je lis. »

                Samvel Hovhannessian, 63 ans, a été libéré mardi. Devant les caméras de la télévision publique, le vieil homme a posé la main sur l'épaule de son codétenu : « Sans lui, je n'aurais pas tenu. »""");
        assertEquals(List.of(
                "Je vais bien. Les gardiennes sont correctes. | Milena Radosavka",
                "Les étrangers doivent respecter nos lois. | org:police kosovare",
                "On a lancé une cagnotte | Robert Combaluzier",
                "Je vais bien, je lis. | ?",
                "Sans lui, je n'aurais pas tenu. | Samvel Hovhannessian"), quotes(f));
    }

    /**
     * "Son mari se montre plus nuancé" right after the wife spoke is the man of her surname, so the next
     * "assure-t-il" is his, not the lawyer's named since; "Sa sœur" after Anne X spoke is the other woman of her
     * surname.
     */
    @Test
    void aFamilyNounSubjectIsTheRelativeOfThePersonLastPutForward() {
        ArticleFacts f = extract("""
                Didier Caussade, 58 ans, a passé huit mois dans une prison de Libreville. Son avocat, Marc Obame, a salué la décision.
                « Je ne veux plus entendre parler du Gabon », tranche Sylvie Caussade. Son mari se montre plus nuancé. « J'ai des amis là-bas », assure-t-il.

                Julie Verlhac attend son frère depuis un an. « Il va bien », dit Anne Verlhac. Sa sœur se montre plus dure. « Il faut le faire rentrer », lance-t-elle.""");
        assertEquals(List.of(
                "Je ne veux plus entendre parler du Gabon | Sylvie Caussade",
                "J'ai des amis là-bas | Didier Caussade",
                "Il va bien | Anne Verlhac",
                "Il faut le faire rentrer | Julie Verlhac"), quotes(f));
    }

    /**
     * "Un communiqué du NSS … évoquait « … »" gives the words to the organisation that issued the document, here
     * by the acronym the article introduced; "l'université du Luxembourg" is an organisation, as "de" would be.
     */
    @Test
    void aDocumentOfAnOrganisationAndAUniversityOfACountrySpeak() {
        ArticleFacts f = extract("""
                Le Service national de sécurité (NSS) détient Baptiste Rivoire depuis août à Juba.
                Un communiqué du NSS, lu début septembre à la radio publique, évoquait seulement des « activités incompatibles avec le statut d'humanitaire ».
                « L'université revoit dès à présent ses procédures d'autorisation », indique l'université du Luxembourg dans un communiqué.
                Un communiqué de Paul Mirande, le porte-parole, évoquait « une affaire très compliquée pour tous ».""");
        assertEquals(List.of(
                "activités incompatibles avec le statut d'humanitaire | org:Service national de sécurité (NSS)",
                "L'université revoit dès à présent ses procédures d'autorisation | org:université du Luxembourg",
                "une affaire très compliquée pour tous | Paul Mirande"), quotes(f));
    }

    /**
     * "L'ambassade de France à Skopje se veut rassurante. « … », indique-t-elle": an organisation after an elided
     * article may be what "elle" or "il" stands for, the article telling no gender.
     */
    @Test
    void anOrganisationAfterAnElidedArticleIsWhatThePronounStandsFor() {
        ArticleFacts f = extract("""
                Sophie Lartigue attend son mari depuis mars.
                L'ambassade de France à Skopje se veut rassurante. « L'ambassade suit la situation de très près », indique-t-elle.
                L'Ordre des journalistes de Madagascar est monté au créneau. Il dénonce « une atteinte grave à la liberté de la presse ».""");
        assertEquals(List.of(
                "L'ambassade suit la situation de très près | org:ambassade de France à Skopje",
                "une atteinte grave à la liberté de la presse | org:Ordre des journalistes de Madagascar"), quotes(f));
    }

    /** Words that call the father are not the father's, whatever the sentence that keeps them says. */
    @Test
    void wordsCallingAParentAreNotThatParents() {
        ArticleFacts f = extract("""
                Son père, Gérard Montferrier, a appris l'arrestation de son fils par un appel. « Ça fait sept semaines que j'attends », lâche-t-il. M. Montferrier n'a pu parler qu'une seule fois à son fils, le 8 novembre. Il en garde une phrase : « Papa, ne t'inquiète pas, ils me nourrissent correctement. »""");
        assertEquals(List.of(
                "Ça fait sept semaines que j'attends | Gérard Montferrier",
                "Papa, ne t'inquiète pas, ils me nourrissent correctement. | ?"), quotes(f));
    }

    /** "L'avocat de Paul X a déclaré": the lawyer speaks, whom the article does not name; not his client. */
    @Test
    void theNameInTheComplementOfASubjectDoesNotSpeak() {
        ArticleFacts f = extract("""
                Le journaliste Paul Durandal est détenu à Yaoundé. L'avocat de Paul Durandal a déclaré : « Nous irons devant les instances africaines. »
                À N'Djamena, l'avocat de Djibril Kassoum a prévenu qu'il poursuivrait son combat : « Nous irons devant la Cour de justice. »""");
        assertEquals(List.of(
                "Nous irons devant les instances africaines. | ?",
                "Nous irons devant la Cour de justice. | ?"), quotes(f));
    }

    /**
     * A sentence opening on a past participle and a preposition is a fronted adjunct, whatever the tagger read
     * ("Interpellé" as a proper noun); "au Quai" is the French foreign ministry, not a person.
     */
    @Test
    void aFrontedParticipleIsNoSubjectAndTheQuaiIsNoPerson() {
        ArticleFacts f = extract("""
                Interpellé à l'Assemblée nationale lors des questions au gouvernement, le ministre des Affaires étrangères, Lorens Vandamme, s'en est tenu à la ligne habituelle : « Nous ne commentons pas les négociations en cours. »
                Au Quai, un diplomate glisse, sous couvert d'anonymat : « Chaque déclaration publique fait monter le prix. »""");
        assertEquals(List.of(
                "Nous ne commentons pas les négociations en cours. | Lorens Vandamme",
                "Chaque déclaration publique fait monter le prix. | ?"), quotes(f));
        assertEquals(List.of("Lorens Vandamme"), f.persons().stream().map(PersonMention::name).toList());
    }
    /**
     * "promet sa mère" is the woman introduced as "sa mère, X": not the son named after "Selon sa mère," as the
     * subject of the clause that source opens; "ajoute son père" is not the son who opens the paragraph after a
     * headline's "dit son père".
     */
    @Test
    void aRelativeIsTheOneIntroducedInAppositionNotTheSubjectAfterIt() {
        ArticleFacts f = extract("""
                Bastien Ferradou, enlevé au Tchad, « tient bon malgré tout », dit son père

                Bastien Ferradou, 31 ans, est détenu depuis juin à N'Djamena. Léa Ferradou a lancé une pétition.
                « Il avait pas bu, il roulait pas vite », répète sa mère, Odile Ferradou, dans sa cuisine de Rodez.

                Selon sa mère, Bastien partage une cellule avec une vingtaine d'autres détenus.
                D'après sa sœur, Maud Ferradou, jointe par téléphone, Bastien « ne dort presque plus depuis juin ».

                « On lâchera pas. Bastien, c'est un gars solide », promet sa mère.
                « Il tiendra jusqu'au bout, reprend son père. Il a toujours tenu. »""");
        assertEquals(List.of(
                "tient bon malgré tout | ?",
                "Il avait pas bu, il roulait pas vite | Odile Ferradou",
                "ne dort presque plus depuis juin | Maud Ferradou",
                "On lâchera pas. Bastien, c'est un gars solide | Odile Ferradou",
                "Il tiendra jusqu'au bout | ?",
                "Il a toujours tenu. | ?"), quotes(f));
    }

    /**
     * "« …, confie le père. … »": the incise splits the quotation and says who speaks, here the man of the
     * family named before, not the son the article is about, nor the uncle introduced as such; an incise naming
     * nobody still splits it. A participle after a comma inside the words, with no subject after it, is no incise.
     */
    @Test
    void anInciseInsideTheMarksNamesItsSpeakerEvenAsAFamilyNoun() {
        ArticleFacts f = extract("""
                Clément Varaigne a atterri jeudi soir à Villacoublay. Clément Varaigne a passé dix-neuf mois en prison.
                Son oncle, Loïc Varaigne, est venu de Brest. Le député Hervé Maillol était là.
                Yvon Varaigne, 66 ans, attend son tour.
                « Je n'ai jamais douté qu'il tiendrait, confie le père. C'est nous qui avons failli lâcher. »

                « Il passait tous les matins, glisse la boulangère. Toujours poli, toujours pressé. »

                « Il s'agit d'un échange humanitaire, conclu grâce aux bons offices de nos amis », a déclaré le porte-parole Anton Belkine.
                « Il n'a jamais manifesté, jamais publié une ligne sur la politique », assure Yvon Varaigne.""");
        assertEquals(List.of(
                "Je n'ai jamais douté qu'il tiendrait | Yvon Varaigne",
                "C'est nous qui avons failli lâcher. | Yvon Varaigne",
                "Il passait tous les matins | ?",
                "Toujours poli, toujours pressé. | ?",
                "Il s'agit d'un échange humanitaire, conclu grâce aux bons offices de nos amis | Anton Belkine",
                "Il n'a jamais manifesté, jamais publié une ligne sur la politique | Yvon Varaigne"), quotes(f));
        ArticleFacts spouse = extract("""
                Le journaliste Bertin Essomba est détenu à Yaoundé depuis mars.
                « Les enfants demandent chaque soir quand papa revient, confie son épouse, Clarisse Essomba, enseignante dans un lycée. Je ne sais plus quoi leur répondre. »""");
        assertEquals(List.of(
                "Les enfants demandent chaque soir quand papa revient | Clarisse Essomba",
                "Je ne sais plus quoi leur répondre. | Clarisse Essomba"), quotes(spouse));
        ArticleFacts pronoun = extract("""
                La députée Line Gaboury n'a pas ces pudeurs. « Ce n'est pas une question de relations bilatérales, lance-t-elle. Un citoyen canadien est détenu sans preuve. »""");
        assertEquals(List.of(
                "Ce n'est pas une question de relations bilatérales | Line Gaboury",
                "Un citoyen canadien est détenu sans preuve. | Line Gaboury"), quotes(pronoun));
        ArticleFacts closedByComma = extract("""
                Le pasteur Aurèle Mancelier a reçu la famille. « Nous ne savons rien, ajoute-t-il, mais nous prions pour lui. »""");
        assertEquals(List.of(
                "Nous ne savons rien | Aurèle Mancelier",
                "mais nous prions pour lui. | Aurèle Mancelier"), quotes(closedByComma));
    }

    /** "X, elle, a promis …": the pronoun between commas is X again, not the woman who spoke before. */
    @Test
    void resumptivePronounIsTheNameBeforeIt() {
        ArticleFacts facts = extract("""
                Sa productrice, Odile Ferrandat, a salué la libération. « Nous terminerons le film », a-t-elle assuré. Maëlle Corvisart, elle, a promis de ne pas se taire. « Je ne rentrerai vraiment que le jour où il sortira. »""");
        assertEquals(List.of(
                "Nous terminerons le film | Odile Ferrandat",
                "Je ne rentrerai vraiment que le jour où il sortira. | Maëlle Corvisart"), quotes(facts));
    }

    /**
     * The woman who spoke of "son mari" is "son épouse", though she has another surname; a man who spoke of his
     * "mère" is not "le père".
     */
    @Test
    void aRelativeIsWhoSpokeOfTheOtherSideOfTheTie() {
        ArticleFacts f = extract("""
                Tomás Irigoyen est détenu depuis mars à Caracas. Tomás Irigoyen est ingénieur.
                Depuis, Yolanda Ferrabosco n'a pas entendu la voix de son mari. « On me dit qu'il va bien », confie au téléphone son épouse.
                L'avocat Hugo Brenat a pu appeler sa mère. « Il a maigri », lâche le père.""");
        assertEquals(List.of("On me dit qu'il va bien | Yolanda Ferrabosco", "Il a maigri | ?"), quotes(f));
    }

    /** "Lui laisse passer un silence.": a man as subject between his wife's words and the next ones, which are his. */
    @Test
    void aStressedPronounSubjectEndsTheContinuationOfAnotherSpeaker() {
        ArticleFacts f = extract("""
                Depuis son retour, Gaspard Marsillac a repris neuf kilos. « Il jure que non. Je le connais depuis trente ans », glisse son épouse, Anne Marsillac. Lui laisse passer un silence. « Là-bas, il reste des mines. »""");
        assertEquals(List.of(
                "Il jure que non. Je le connais depuis trente ans | Anne Marsillac",
                "Là-bas, il reste des mines. | Gaspard Marsillac"), quotes(f));
    }

    /** "le géologue" is the man the article gave that role, not the woman it called "la géologue" after him. */
    @Test
    void anEpiceneRoleTakesTheHolderOfItsArticlesGender() {
        ArticleFacts f = extract("""
                Le géologue Jérôme Pouliquen est de retour au Québec. Il circulait avec une collègue, la géologue Andrea Muñecas, lorsque leur véhicule a été arrêté.
                « On dormait sous des bâches », a raconté le géologue.""");
        assertEquals(List.of("On dormait sous des bâches | Jérôme Pouliquen"), quotes(f));
    }

    /** Words after a sentence that names another man before them do not continue the quotation before. */
    @Test
    void aQuotationAfterAnotherPersonInItsSentenceDoesNotContinueTheOneBefore() {
        ArticleFacts f = extract("""
                Le porte-parole iranien, Ali Jahanbin, a salué l'accord. « C'est une victoire de notre diplomatie », a-t-il déclaré. Le sultanat d'Oman, qui a accueilli les discussions, a mis en avant par la voix de son ministre, Badr Albousari, « l'esprit de dialogue et de confiance mutuelle ».""");
        assertEquals(List.of("C'est une victoire de notre diplomatie | Ali Jahanbin",
                "l'esprit de dialogue et de confiance mutuelle | ?"), quotes(f));
    }

    /** A first name the tagger reads as a verb ("Reto") still opens the sentence as its subject. */
    @Test
    void aNameReadAsAVerbIsStillTheSubject() {
        ArticleFacts f = extract("""
                Reto Hunkeler a été libéré jeudi. Au total, trente détenus ont été graciés par le président Alexandre Loukachenko.

                Reto Hunkeler s'est brièvement exprimé devant la presse à Vilnius, vendredi matin. « Il y a deux jours, j'étais encore dans une baraque », a-t-il déclaré.""");
        assertEquals(List.of("Il y a deux jours, j'étais encore dans une baraque | Reto Hunkeler"), quotes(f));
    }

    /** Two men of the family named and neither introduced: "le frère" is neither. */
    @Test
    void aFamilyNounNamesNobodyWhenTwoRelativesCouldBeMeant() {
        ArticleFacts f = extract("""
                Julie Castagnède est détenue à Téhéran depuis mars. Julie Castagnède est chercheuse.
                Pierre Castagnède et Hugo Castagnède ont fait le voyage jusqu'à Paris.
                « Nous ne partirons pas sans elle, lance le frère. Pas cette fois. »""");
        assertEquals(List.of("Nous ne partirons pas sans elle | ?", "Pas cette fois. | ?"), quotes(f));
    }

    /**
     * A person the article quotes without a name, as it says ("qui a requis l'anonymat", "ne pas être citée"), is
     * the "il" or "lui" after: not the detainee or the minister named before; a man appointed ("vient d'être
     * nommé") is not anonymous.
     */
    @Test
    void aSourceTheArticleSaysIsUnnamedIsThePronounAfterIt() {
        ArticleFacts f = extract("""
                Cité par ses proches, Gaspard Villemagne est détenu à Téhéran depuis onze mois.

                Son confrère iranien, qui a requis l'anonymat, n'a pu consulter le dossier qu'une fois. « Le dossier tient en quarante pages, sans une preuve », a-t-il confié.

                Le ministre, Octave Renardière, a salué « un geste attendu depuis des mois ». Le journal cite un avocat moscovite, qui préfère ne pas être cité. Pour lui, « le prix d'un otage a encore augmenté ».

                Octave Renardière a refusé de commenter, invoquant l'anonymat des négociateurs. Pour lui, « la négociation doit rester discrète ».

                Gaspard Villemagne vient d'être nommé professeur. Une audience vient d'être fixée et un expert nommé. « Je tiendrai jusqu'au bout de cette épreuve », a-t-il écrit.""");
        assertEquals(List.of(
                "Le dossier tient en quarante pages, sans une preuve | ?",
                "un geste attendu depuis des mois | Octave Renardière",
                "le prix d'un otage a encore augmenté | ?",
                "la négociation doit rester discrète | Octave Renardière",
                "Je tiendrai jusqu'au bout de cette épreuve | Gaspard Villemagne"), quotes(f));
    }

    /**
     * "s'agace X", "se souvient-elle" attribute words; "sa blonde, Justine" (Québec French) introduces a person;
     * Laval, a city, is no person with a role in apposition.
     */
    @Test
    void regionalAndPronominalAttributionVocabulary() {
        ArticleFacts f = extract("""
                Mathis Gendreau-Paré, 29 ans, devait passer une semaine à Varadero avec sa blonde, Justine.
                « On nous parle de contrebande. Mon frère répare des moteurs », s'agace Élise Gendreau-Paré, sa sœur cadette.
                « Au début, on se dit que c'est un malentendu », se souvient-elle.
                Dans le salon de la maison familiale, à Laval, la préposée aux bénéficiaires montre une photo.""");
        assertEquals(List.of(
                "On nous parle de contrebande. Mon frère répare des moteurs | Élise Gendreau-Paré",
                "Au début, on se dit que c'est un malentendu | Élise Gendreau-Paré"), quotes(f));
        assertEquals(List.of("Mathis Gendreau-Paré", "Justine", "Élise Gendreau-Paré"),
                f.persons().stream().map(PersonMention::name).toList());
    }

    /**
     * The answers in quotation marks, each alone on the line after a question, are the person the line opening
     * the questions names; a quotation that is not alone on its line, or not after a question, is not an answer,
     * and a line opening the questions that names nobody gives no one.
     */
    @Test
    void interviewAnswersAreThePersonTheQuestionsAreAddressedTo() {
        ArticleFacts f = extract("""
                Le ministre Octave Renardière a évoqué le dossier lors d'un entretien avec son homologue.

                Trois questions à Solène Marquayrol, avocate de la famille

                Que sait-on des faits reprochés à votre client ?
                « Rien d'officiel. On nous parle de données agricoles sensibles. »

                La Belgique en fait-elle assez ?

                « Elle peut et elle doit parler plus fort. »

                Et la famille, que sait-elle ?
                « Rien de bien officiel » : voilà tout ce que la famille sait.

                La famille attend toujours un signe.

                « Nous ne lâcherons rien, jamais. »""");
        assertEquals(List.of(
                "Rien d'officiel. On nous parle de données agricoles sensibles. | Solène Marquayrol",
                "Elle peut et elle doit parler plus fort. | Solène Marquayrol",
                "Rien de bien officiel | ?",
                "Nous ne lâcherons rien, jamais. | ?"), quotes(f));
        ArticleFacts noBox = extract("""
                Le ministre Octave Renardière a évoqué le dossier lors d'un entretien.

                Sa sœur a accepté de répondre à nos questions.

                Combien de temps encore ?

                « Personne ne peut le dire à sa famille. »""");
        assertEquals(List.of("Personne ne peut le dire à sa famille. | ?"), quotes(noBox));
    }

    /** "D'après ce dernier": the last man named in the paragraph, not the woman named after him, nor the first man. */
    @Test
    void theLatterIsTheLastPersonOfItsGenderNamed() {
        ArticleFacts f = extract("""
                Me Anselme Prévotat travaille avec un avocat de Tripoli, Me Karim Benslimane, et avec Me Odile Sarrazin. D'après ce dernier, les deux marins « sont en bonne santé mais épuisés ».""");
        assertEquals(List.of("sont en bonne santé mais épuisés | Karim Benslimane"), quotes(f));
    }

    /**
     * Words with no attribution of their own, right after a sentence of the same paragraph whose subject is a
     * named person (after a fronted adjunct too), are that person's; not across a paragraph.
     */
    @Test
    void theNamedSubjectOfTheSentenceBeforeSaysTheWordsAfterIt() {
        ArticleFacts f = extract("""
                Romain Estebenet a atterri jeudi à Villacoublay.

                Avant de refermer la porte, Nadège Estebenet montre le piolet accroché dans l'entrée. « Il devait gravir le Cervin avec notre fille. »

                Romain Estebenet a passé dix-neuf mois en prison.

                « La libération est une affaire d'État, pas de famille. »

                Un diplomate occidental doute de l'issue. « Rien ne bougera avant l'été prochain. »""");
        assertEquals(List.of(
                "Il devait gravir le Cervin avec notre fille. | Nadège Estebenet",
                "La libération est une affaire d'État, pas de famille. | ?",
                "Rien ne bougera avant l'été prochain. | ?"), quotes(f));
        assertEquals(Speaker.Kind.UNNAMED, f.statements().get(f.statements().size() - 1).speaker().kind());
    }

    /**
     * A definite office of a named country is another title for the person just put forward whom the article gave
     * an office of that country (as speaker and as subject), not for one of another country.
     */
    @Test
    void anotherOfficeOfTheSameCountryNamesThePersonJustPutForward() {
        ArticleFacts f = extract("""
                Le conseiller fédéral Urs Brändli a évoqué le dossier lors d'une conférence de presse. « Nous ne laissons tomber aucun de nos concitoyens », a affirmé le chef de la diplomatie suisse.

                Le conseiller fédéral Urs Brändli a reçu la famille. « Rien ne sera négligé pour eux », a déclaré le chef de la diplomatie française.""");
        assertEquals(List.of(
                "Nous ne laissons tomber aucun de nos concitoyens | Urs Brändli",
                "Rien ne sera négligé pour eux | ?"), quotes(f));
        ArticleFacts subject = extract("""
                Le chef de la diplomatie suisse, Beat Zumstein, aurait évoqué le cas au téléphone. Interrogé vendredi à Martigny, le conseiller fédéral n'a pas démenti. « Ce dossier est sur mon bureau chaque semaine. »""");
        assertEquals(List.of("Ce dossier est sur mon bureau chaque semaine. | Beat Zumstein"), quotes(subject));
        ArticleFacts far = extract("""
                Le conseiller fédéral Urs Brändli a reçu la famille en mars.

                La procédure a repris en juin. Les audiences se sont succédé. La défense a fait appel.

                « Nous ne laissons tomber aucun de nos concitoyens », a affirmé le chef de la diplomatie suisse.""");
        assertEquals(List.of("Nous ne laissons tomber aucun de nos concitoyens | ?"), quotes(far));
    }

    /**
     * A town's demonym as a noun ("la Lilloise", "l'Oisannais de 46 ans") names the salient person of the
     * gender its article or its ending shows; the person the same word introduced as an adjective before
     * ("l'étudiant villeurbannais X") over the last man quoted; a newspaper's title ("selon Le Parisien") is no person.
     */
    @Test
    void aTownsDemonymNamesThePersonItDescribes() {
        ArticleFacts f = extract("""
                Jointe par téléphone, Clarisse Vandewalle revient sur son arrestation. « Ils nous ont séparés dès le commissariat », raconte la Lilloise.
                Quand Aurélien Chabord est descendu de la voiture, la foule a applaudi. « Je ne pensais pas qu'autant de monde viendrait », a lâché l'Oisannais de 46 ans.""");
        assertEquals(List.of("Ils nous ont séparés dès le commissariat | Clarisse Vandewalle",
                "Je ne pensais pas qu'autant de monde viendrait | Aurélien Chabord"), quotes(f));
        ArticleFacts introduced = extract("""
                L'étudiant villeurbannais Mathis Granjon a été libéré mardi.
                « Mon client a été traité comme un criminel », dénonce son avocat, Me Kemal Aydınlı. « Je pense à elle tout le temps », souffle le Villeurbannais.""");
        assertEquals(List.of("Mon client a été traité comme un criminel | Kemal Aydınlı",
                "Je pense à elle tout le temps | Mathis Granjon"), quotes(introduced));
        ArticleFacts title = extract("""
                Laurent Bessières a été arrêté à Bakou. Son arrestation a été « une surprise totale pour la famille », selon Le Parisien.""");
        assertEquals(List.of("une surprise totale pour la famille | ?"), quotes(title));
    }

    /**
     * Quoted words that are the predicate of an organisation: after "s'est borné à" and the like, and after a
     * relative clause set off by commas, which is no part of the organisation's name; and after another verb
     * ("a refusé de « … »"), the organisation subject still gives the words.
     */
    @Test
    void anOrganisationsQuotedPredicateAfterARestrictingVerbOrARelativeClause() {
        ArticleFacts f = extract("""
                Dans un communiqué, le ministère des Affaires étrangères s'est borné à « saluer la libération de notre compatriote ».
                Le parquet national financier, qui s'était opposé à cette remise en liberté, « prend acte d'une décision de justice ».
                Le ministère de la Justice a refusé de « commenter une procédure en cours ».""");
        assertEquals(List.of("saluer la libération de notre compatriote | org:ministère des Affaires étrangères",
                "prend acte d'une décision de justice | org:parquet national financier",
                "commenter une procédure en cours | org:ministère de la Justice"), quotes(f));
    }

    /** An inverted subject past a weekday and a part of the day, and the channel: "a assuré mercredi matin sur X le ministre". */
    @Test
    void anInvertedSubjectPastAPartOfTheDay() {
        ArticleFacts f = extract("""
                Le chef de la diplomatie, Arnaud Vernier, était à Tunis. « Il n'y a eu aucun marchandage », a assuré mercredi matin sur Radio Cap le chef de la diplomatie française, Arnaud Vernier.""");
        assertEquals(List.of("Il n'y a eu aucun marchandage | Arnaud Vernier"), quotes(f));
    }

    /**
     * "Mardi, il s'est dit « … »" after a sentence whose subject is an organisation: the day set off by a comma
     * is a fronted adjunct, and "il" stands for the organisation, not for the man named before it.
     */
    @Test
    void aPronounAfterAFrontedDayStandsForTheOrganisationBefore() {
        ArticleFacts f = extract("""
                Gaspard Rüttimann, agronome, est rentré à Bienne.
                Le Département fédéral des affaires étrangères avait confirmé en août « la détention d'un ressortissant suisse ». Mardi, il s'est dit « soulagé de l'issue favorable de ce cas ».""");
        assertEquals(List.of("la détention d'un ressortissant suisse | org:Département fédéral des affaires étrangères",
                "soulagé de l'issue favorable de ce cas | org:Département fédéral des affaires étrangères"), quotes(f));
    }

    /**
     * "X a indiqué avoir évoqué le dossier avec Y, et affirmé « … »": a participle coordinated without its
     * auxiliary has the subject of the main clause's; "la Suisse" after "que" is the country, no Swiss woman.
     */
    @Test
    void aCoordinatedParticipleSharesTheMainClausesSubject() {
        ArticleFacts f = extract("""
                Le ministre, Arnaud Vernier, a indiqué avoir évoqué le dossier avec le Premier ministre irakien, Karim al-Doulaimi, et affirmé que la France « ne ménagera aucun effort pour son retour ».
                Corinne Mottier attend. Le conseiller fédéral Urs Brändli a affirmé que la Suisse faisait valoir ses droits « à chaque occasion et à tous les niveaux ».
                Le ministère des Affaires étrangères a affirmé que la justice avait statué en toute indépendance et rejeté « toute tentative d'ingérence extérieure ».""");
        assertEquals(List.of("ne ménagera aucun effort pour son retour | Arnaud Vernier",
                "à chaque occasion et à tous les niveaux | Urs Brändli",
                "toute tentative d'ingérence extérieure | org:ministère des Affaires étrangères"), quotes(f));
    }

    /**
     * "selon elle" stands for the one woman its sentence names before it; a family noun is not the name of the
     * other gender a badly read sentence put beside it before ("que possède sa sœur, Xavier X, pose"); "balaie"
     * attributes; an organisation's name ends before "qui".
     */
    @Test
    void pronounsFamilyNounsAndOrganisationsReadInTheirSentence() {
        ArticleFacts f = extract("""
                Céline Montandon attend son mari. Professeure à Genève, Anne-Laure Jaquemet nuance : les étrangers ne sont selon elle « ni plus ni moins visés que les autres ».
                Sur la dernière photo que possède sa sœur, Xavier Hublart pose dans une plantation. « On ne sait même pas ce qu'on lui reproche », dénonce sa sœur, Véronique, institutrice à Jambes.
                « Ces virements, c'est l'argent qu'il envoie à sa mère », balaie Véronique.
                Pour Loïc Barbet, la petite société antiboise qui a confié la mission au skipper a « toute confiance dans son équipage ».""");
        assertEquals(List.of("ni plus ni moins visés que les autres | Anne-Laure Jaquemet",
                "On ne sait même pas ce qu'on lui reproche | Véronique",
                "Ces virements, c'est l'argent qu'il envoie à sa mère | Véronique",
                "toute confiance dans son équipage | org:société antiboise"), quotes(f));
    }

    /**
     * "confie ce dernier" after a quotation is the person named last outside quotation marks, not a name inside
     * it, in its paragraph or at the end of the one before ("Interrogé au Sénat, ce dernier a assuré"), not
     * further; nobody when a person without a name was brought in since ("aux dires d'un haut fonctionnaire").
     */
    @Test
    void ceDernierIsThePersonNamedLast() {
        ArticleFacts f = extract("""
                Son associé, Ousmane Ndiaye, a obtenu sa liberté provisoire. « J'ai laissé Raphaël Chappuis derrière moi », confie ce dernier, joint au téléphone.

                Le ministre a soulevé le cas auprès de son homologue, Wang Tao, aux dires d'un haut fonctionnaire du ministère. « Le ministre a été très clair », reconnaît ce dernier.

                Sa mère a écrit au ministre des Affaires étrangères, Jérôme Valcourt.

                Interrogé au Sénat le 8 octobre, ce dernier a assuré suivre le dossier « avec la plus grande attention ». La séance a été levée à midi.

                Ensuite, ce dernier a affirmé : « Nous ne lâcherons rien sur ce dossier. »""");
        assertEquals(List.of("J'ai laissé Raphaël Chappuis derrière moi | Ousmane Ndiaye", "Le ministre a été très clair | ?",
                "avec la plus grande attention | Jérôme Valcourt", "Nous ne lâcherons rien sur ce dossier. | ?"), quotes(f));
    }

    /** An incise between the subject of a clause and the quotation ("Le régime, explique-t-elle, « … »") is the speaker's. */
    @Test
    void anInciseBeforeTheQuotationGivesItsPronoun() {
        ArticleFacts f = extract("""
                Paul Arnoult est toujours détenu. Chercheuse à Paris, Lucie Bertholon suit son dossier. Le régime, explique-t-elle, « utilise les détenus étrangers comme une monnaie ».""");
        assertEquals(List.of("utilise les détenus étrangers comme une monnaie | Lucie Bertholon"), quotes(f));
    }

    /** "« … », a-t-il écrit, sous le couvert de l'anonymat": the pronoun is an unnamed source, not the man named before. */
    @Test
    void anInvertedPronounThatAsksAnonymityIsAnUnnamedSource() {
        ArticleFacts f = extract("""
                L'avocat Ramiro Peralta défend le retraité. Un Albertain, arrêté l'an dernier, témoigne. « J'ai passé 41 jours en prison avant qu'un juge accepte une amende », a-t-il écrit, sous le couvert de l'anonymat.""");
        assertEquals(List.of("J'ai passé 41 jours en prison avant qu'un juge accepte une amende | ?"), quotes(f));
    }

    /**
     * "confie l'épouse de Thibault X" is the one other person of the article with his surname and her gender,
     * wherever the article names her; nobody when two could be meant.
     */
    @Test
    void theRelativeOfANamedPersonIsTheOneWhoSharesTheSurname() {
        ArticleFacts f = extract("""
                Thibault Marcenac est bloqué à Dubaï. « Il appelle tous les soirs », confie l'épouse de Thibault Marcenac, professeure à Tinqueux.
                Aurore Marcenac a écrit au ministère.

                Mathilde Zwingli est détenue à Vientiane. Ses tantes, Claire Zwingli et Anne Zwingli, attendent. « Personne n'a pu nous dire où elle se trouvait », lâche la tante de Mathilde.""");
        assertEquals(List.of("Il appelle tous les soirs | Aurore Marcenac", "Personne n'a pu nous dire où elle se trouvait | ?"),
                quotes(f));
    }

    /**
     * A speech verb in a relative clause that a comma closes before the quotation does not introduce it: "Pour
     * Me X, un avocat qui conseille la famille, Ottawa doit « … »" is X's, and so is "l'avocate qui conseille la
     * famille, Me Y, se montre prudente : « … »"; "X, qui a déclaré « … »" still introduces its words.
     */
    @Test
    void aSpeechVerbInAClosedRelativeClauseIntroducesNothing() {
        ArticleFacts f = extract("""
                Pour Me Hugo Provenzano, un avocat de Québec qui conseille la famille, Ottawa doit « cesser de traiter ce dossier comme une affaire consulaire ».
                Naïma Gharbi attend à Roubaix. À Lille, l'avocate qui conseille la famille, Me Amandine Lessard, se montre prudente : « La justice tunisienne a durci sa ligne. »
                Il y a Karim Dahmani, qui a déclaré « ne rien regretter de son engagement ».""");
        assertEquals(List.of("cesser de traiter ce dossier comme une affaire consulaire | Hugo Provenzano",
                "La justice tunisienne a durci sa ligne. | Amandine Lessard",
                "ne rien regretter de son engagement | Karim Dahmani"), quotes(f));
    }

    /**
     * "a saisi l'ambassade de France, qui dit avoir « … »": the relative pronoun that is the speech verb's subject
     * takes up the organisation before it, not the clause's subject, or the person named before the apposition
     * it follows ("Me X, un avocat de Cobán, qui décrit « … »"); "X, qui a déclaré « … »" is still X's.
     */
    @Test
    void aRelativePronounAfterAnOrganisationObjectGivesTheOrganisation() {
        ArticleFacts f = extract("""
                Me Timothée Garrigou défend le pêcheur. L'avocat a saisi l'ambassade de France au Ghana, qui dit avoir « rendu visite au détenu à trois reprises ».
                Il a aussi écrit à Bertrand Lomazzi, qui a déclaré « suivre le dossier de très près ».
                La défense est assurée par Me Ramón Ixcoy, un avocat de Cobán, qui décrit une procédure « d'une lenteur exaspérante ».""");
        assertEquals(List.of("rendu visite au détenu à trois reprises | org:ambassade de France au Ghana",
                "suivre le dossier de très près | Bertrand Lomazzi", "d'une lenteur exaspérante | Ramón Ixcoy"), quotes(f));
    }

    /**
     * "Me X" is a lawyer: "l'avocat de la famille" after him is he, not a lawyer the article gave that role
     * earlier, and he gets the role; a name past the role's adjectives ("L'avocat criminaliste montréalais Y")
     * is the subject, whom "il" then stands for.
     */
    @Test
    void aLawyersTitleMakesHimTheLawyerARoleNounMeans() {
        ArticleFacts f = extract("""
                La défense est assurée par Ignacio Barrantes, un avocat de Tegucigalpa. « La procédure sera longue », prévient-il.
                À Bastia, c'est Me Paul-Antoine Sanguinetti qui suit le dossier. « Il faut de la patience », rappelle l'avocat de la famille.

                L'avocat pénaliste lyonnais Gaspard Verchère met en garde les proches.
                « Aucun pays ne libère un détenu sur demande », explique-t-il.""");
        assertEquals(List.of("La procédure sera longue | Ignacio Barrantes",
                "Il faut de la patience | Paul-Antoine Sanguinetti",
                "Aucun pays ne libère un détenu sur demande | Gaspard Verchère"), quotes(f));
        assertTrue(roles(f).contains("Paul-Antoine Sanguinetti: avocat"), roles(f).toString());
    }

    /** "Pr X" is a professor and "Dr Y" a physician: "le professeur", "le médecin" after them are they. */
    @Test
    void aProfessorsOrDoctorsTitleMakesThemTheHolderOfTheRoleNoun() {
        ArticleFacts f = extract("""
                À Dakar, le Pr Ousmane Fall a écrit aux autorités. Le mari de la défunte, Moussa Diagne, réclame une enquête.
                « Il faut attendre les conclusions des experts avant de désigner un coupable », explique le professeur.
                Le Dr Karim Ndoye a soigné le détenu. Son cousin, Malick Sarr, a porté plainte.
                « Son état s'est nettement amélioré depuis une semaine », assure le médecin.""");
        assertEquals(List.of("Il faut attendre les conclusions des experts avant de désigner un coupable | Ousmane Fall",
                "Son état s'est nettement amélioré depuis une semaine | Karim Ndoye"), quotes(f));
    }

    /**
     * A sentence without a person as subject puts forward the person it names after "autour de", whom "il" then
     * stands for; not one named after a noun and "de" ("la famille de X").
     */
    @Test
    void aPersonNamedAfterAnAdverbAndDeIsPutForward() {
        ArticleFacts f = extract("""
                Le consul, Didier Yapo, a salué le travail des autorités.
                Le soir, une fête réunissait voisins et parents autour de Koffi Amessan. « Demain, je vais me reposer », a-t-il lancé.
                Le consul, Didier Yapo, a salué le travail des autorités.
                Le soir, une fête réunissait la famille de Koffi Amessan. « Demain, nous irons au marché », a-t-il lancé.""");
        assertEquals(List.of("Demain, je vais me reposer | Koffi Amessan", "Demain, nous irons au marché | Didier Yapo"), quotes(f));
    }

    /** "le Lituanien" after "Andrius X, un enseignant lituanien": the person whose apposition held the adjective. */
    @Test
    void aNationalityNounIsThePersonItsAdjectiveDescribed() {
        ArticleFacts f = extract("""
                Erwan Kervella est détenu en Sibérie. Son frère, Yann Kervella, attend des nouvelles.
                Parmi les libérés figurait Andrius Petrauskas, un enseignant lituanien qui a partagé sa cellule. Il a téléphoné à la famille.
                D'après Yann Kervella, le Lituanien a assuré que son frère « tient le coup et fait rire tout le monde ».""");
        assertEquals(List.of("tient le coup et fait rire tout le monde | Andrius Petrauskas"), quotes(f));
    }

    /**
     * "L'Université a indiqué qu'elle se réjouissait … et qu'elle l'accueillerait « … »": a pronoun opening a
     * "que" clause is the organisation whose speech verb governs it, or the person of its gender.
     */
    @Test
    void aPronounInAQueClauseIsTheSubjectOfTheSpeechVerbGoverningIt() {
        ArticleFacts f = extract("""
                L'Université de Rimouski a indiqué qu'elle se réjouissait du retour de M. Haddadin et qu'elle l'accueillerait « dès qu'il sera prêt à reprendre ses cours ».
                Le député Marc-André Poulin est intervenu. Sa collègue Hélène Dufresne a affirmé qu'elle se réjouissait « d'un dénouement attendu depuis des mois ».""");
        assertEquals(List.of("dès qu'il sera prêt à reprendre ses cours | org:Université de Rimouski",
                "d'un dénouement attendu depuis des mois | Hélène Dufresne"), quotes(f));
    }

    /**
     * "le diplomate" after "l'ambassadeur …, X": the one diplomat the article named; not when "un diplomate" brought
     * in somebody unnamed just before.
     */
    @Test
    void theDiplomatIsTheAmbassadorOrConsulNamedBefore() {
        ArticleFacts f = extract("""
                L'ambassadeur de Belgique à Nairobi, Pieter Claessens, a obtenu un droit de visite. Jonas Verbeke, lui, attend son procès depuis mars. « Il tient le coup malgré tout », a raconté le diplomate.
                Un diplomate européen en poste à Nairobi se montre pessimiste. « Rien ne bougera avant l'élection », estime le diplomate.""");
        assertEquals(List.of(
                "Il tient le coup malgré tout | Pieter Claessens",
                "Rien ne bougera avant l'élection | ?"), quotes(f));
    }

    /**
     * "Dans un village, le retraité achète à un sculpteur, Y, …": a person's situation as subject, after a fronted
     * adjunct too, is the person last put forward, whom the next "il" stands for, not the man named after it;
     * "l'otage" tells no gender and stands for that person whatever theirs. "un détenu" is somebody else.
     */
    @Test
    void aPersonsSituationAsSubjectIsThePersonLastPutForward() {
        ArticleFacts f = extract("""
                Gérard Lemoine a posé ses carnets sur la table. Dans un village près du fleuve, le retraité achète à un sculpteur, Joseph Wama, deux masques. « Je voulais juste rapporter un souvenir », raconte-t-il.
                Luc Vidal a été enlevé en mars. Dans sa cellule, l'otage achète à un gardien, Omar Tadjou, du savon. « Je n'ai jamais perdu espoir », raconte-t-il.""");
        assertEquals(List.of(
                "Je voulais juste rapporter un souvenir | Gérard Lemoine",
                "Je n'ai jamais perdu espoir | Luc Vidal"), quotes(f));
        ArticleFacts unnamed = extract("""
                Paul Ravel a été libéré en juin. Dans un café, un détenu achète à un gardien, Omar Tadjou, du tabac. « On ne dort jamais vraiment », raconte-t-il.""");
        assertNotEquals("On ne dort jamais vraiment | Paul Ravel", quotes(unnamed).get(0));
    }

    /**
     * "Navimer Crew Management, la société toulonnaise qui …": a name set in apposition to a general organisation
     * noun is an organisation, which "l'entreprise" then stands for; not a newspaper after "Contacté par".
     */
    @Test
    void aNameInAppositionToAnOrganisationNounIsWhatTheNounLaterStandsFor() {
        ArticleFacts f = extract("""
                Paul Sorbier dirige Navimer Crew Management, la société toulonnaise qui gère l'équipage. L'entreprise précise qu'elle « prend en charge tous les frais de défense ».
                Contacté par Var Matin, la compagnie n'a pas voulu commenter. « Nous suivons le dossier de très près », ajoute l'entreprise.""");
        assertEquals(List.of(
                "prend en charge tous les frais de défense | org:Navimer Crew Management",
                "Nous suivons le dossier de très près | org:Navimer Crew Management"), quotes(f));
    }

    /**
     * "le détenu décrit son quotidien :": the person the article says is held, not the lawyer named since;
     * "l'ancienne otage" is not one held now.
     */
    @Test
    void theDetaineeIsThePersonTheArticleSaysIsHeld() {
        ArticleFacts f = extract("""
                Raymond Tessier est détenu à la prison de Hattieville depuis mars. Son avocat, Me Orlando Vega, a plaidé sa remise en liberté. Dans une lettre transmise à la famille, le détenu décrit son quotidien : « Ici, on se lève à cinq heures et demie. »
                Sophie Lenoir est détenue à Kaboul depuis mars. Claire Moreau, humanitaire lyonnaise, connaît ce chemin : elle avait passé six mois dans une cellule. « L'isolement est le pire de tout », raconte l'ancienne otage.""");
        assertEquals(List.of(
                "Ici, on se lève à cinq heures et demie. | Raymond Tessier",
                "L'isolement est le pire de tout | Claire Moreau"), quotes(f));
    }

    /**
     * An organisation's name beside its description, on either side of a comma: the name speaks ("la Carapa
     * Constabulary Force, la police nationale, indiquait", "L'agence qui avait recruté les marins, Lagune Bleue
     * Manning, affirme", "La fondation genevoise, Justice Marine International, dénonce"); a description in lower
     * case after the name does not speak for it ("le principal accusateur"), nor for a person ("Marie Lenz en
     * tête").
     */
    @Test
    void anOrganisationsNameBesideItsDescriptionSpeaks() {
        ArticleFacts f = extract("""
                Dans un communiqué, la Carapa Constabulary Force, la police nationale, indiquait qu'un Français avait été « inculpé pour détention illégale de munitions ».
                L'agence qui avait recruté les marins, Lagune Bleue Manning, affirme de son côté avoir « toujours respecté la réglementation en vigueur ».
                Le ministère de l'Intérieur, le principal accusateur, affirme que le marin a « reconnu les faits devant les enquêteurs ».
                La fondation genevoise, Justice Marine International, dénonce « une détention arbitraire et prolongée ».
                Le syndicat des marins, Marie Lenz en tête, réclame « une libération immédiate et sans condition ».""");
        assertEquals(List.of(
                "inculpé pour détention illégale de munitions | org:Carapa Constabulary Force",
                "toujours respecté la réglementation en vigueur | org:Lagune Bleue Manning",
                "reconnu les faits devant les enquêteurs | org:ministère de l'Intérieur",
                "une détention arbitraire et prolongée | org:Justice Marine International",
                "une libération immédiate et sans condition | Marie Lenz"), quotes(f));
    }

    /**
     * "sa fille Nour s'est jetée dans ses bras. « … », a-t-elle lâché": when nobody put forward agrees with the
     * pronoun, the one person of its gender the sentence before names as a subject; not a person it names as an
     * object ("a mis en garde M. X").
     */
    @Test
    void anInvertedPronounNobodyPutForwardIsTheSubjectOfTheSentenceBefore() {
        ArticleFacts f = extract("""
                Un ingénieur gracié

                Lorsque Walid Haddad, 58 ans, a franchi la porte, sa fille Nour s'est jetée dans ses bras. « Deux ans, trois mois et six jours. J'ai compté chaque jour », a-t-elle lâché, en larmes.

                Le haut diplomate a également mis en garde M. Orlov contre la poursuite des projets d'annexion. « Le monde ne reconnaîtra pas les annexions », a-t-il déclaré.""");
        assertEquals(List.of(
                "Deux ans, trois mois et six jours. J'ai compté chaque jour | Nour",
                "Le monde ne reconnaîtra pas les annexions | ?"), quotes(f));
        ArticleFacts apposition = extract("""
                La députée monte au front

                « Il n'a rien fait », s'indigne Marc Caron.

                La députée fédérale de la circonscription où habite la famille, Véronique Desroches, 52 ans, n'a pas ces pudeurs. « Ce n'est pas une question de relations bilatérales », lance-t-elle.""");
        assertEquals(List.of("Il n'a rien fait | Marc Caron", "Ce n'est pas une question de relations bilatérales | Véronique Desroches"),
                quotes(apposition));
    }

    /**
     * "Lui dit vouloir « … »": a stressed pronoun opening the sentence is its subject; "glisse le père Anselme":
     * a religious title before a name is no relative; "a déclaré à l'issue de l'entretien le ministre X", "»,
     * explique, joint par téléphone, Me X": the subject after a complement or an incise.
     */
    @Test
    void aStressedPronounATitleAComplementAndAnInciseBeforeTheSpeaker() {
        ArticleFacts f = extract("""
                Un ingénieur libéré

                Arthur Kasparian est rentré mercredi. Sa compagne, Lucie Arnaud, l'attendait. « Je lui avais dit de laisser ce drone », soupire sa compagne. Lui dit vouloir « tourner la page au plus vite » et reprendre le travail.
                Son père, Bernard Kasparian, a pu lui rendre visite. Le père Anselme Rakoto, aumônier de la prison, l'a accompagné. « Il nous a fait promettre de ne pas l'oublier », glisse le père Anselme.
                « Les relations sont bonnes », a déclaré à l'issue de l'entretien le ministre Ousmane Dieng.
                « Les juges ont tenu compte de sa bonne foi », explique, joint par téléphone, Me Salim Harith, l'avocat des deux hommes.""");
        assertEquals(List.of(
                "Je lui avais dit de laisser ce drone | Lucie Arnaud",
                "tourner la page au plus vite | Arthur Kasparian",
                "Il nous a fait promettre de ne pas l'oublier | Anselme Rakoto",
                "Les relations sont bonnes | Ousmane Dieng",
                "Les juges ont tenu compte de sa bonne foi | Salim Harith"), quotes(f));
    }

    /**
     * "a affirmé le chef de l'État", "a ajouté le vice-Premier ministre": an office of government nobody holds in
     * the article is another title of the only person named just before, who holds no role or an office of
     * government of the same country; not a lawyer, not one of two ministers, not for a spokesman, not across
     * countries.
     */
    @Test
    void anOfficeOfGovernmentIsAnotherTitleOfThePersonJustNamed() {
        ArticleFacts f = extract("""
                Un géologue transféré

                Interrogé mardi à Astana, Nurlan Bekov a lui-même évoqué l'affaire, sans nommer le Français. « Le pays sait faire preuve d'humanité », a affirmé le chef de l'État.
                Le ministre des Affaires étrangères, Luc Vermeulen, s'est montré plus disert. « Nous avons fait passer des messages », a-t-il déclaré. « Nous attendons le respect du droit », a ajouté le vice-Premier ministre.
                En septembre, le chef de la diplomatie, Beat Zurbriggen, avait évoqué le cas. « Nous avons posé la question clairement », avait déclaré le conseiller fédéral.""");
        assertEquals(List.of(
                "Le pays sait faire preuve d'humanité | Nurlan Bekov",
                "Nous avons fait passer des messages | Luc Vermeulen",
                "Nous attendons le respect du droit | Luc Vermeulen",
                "Nous avons posé la question clairement | Beat Zurbriggen"), quotes(f));
        ArticleFacts others = extract("""
                Un géologue transféré

                L'avocat Paul Girard a reçu la famille à Astana. « Le pays sait faire preuve d'humanité », a affirmé le chef de l'État.
                La veille, le président biélorusse, Viktar Lukin, avait libéré dix détenus. « Je suis soulagé et reconnaissant », a écrit le conseiller fédéral.
                Le chef de l'État, Omar Sankara, avait signé un décret. « Une mesure de clémence », a dit le porte-parole du gouvernement.
                Le ministre de la Justice, Ali Touré, a rencontré le ministre de l'Intérieur, Yaya Keita. « Rien n'est décidé », a ajouté le vice-Premier ministre.""");
        assertEquals(List.of(
                "Le pays sait faire preuve d'humanité | ?",
                "Je suis soulagé et reconnaissant | ?",
                "Une mesure de clémence | ?",
                "Rien n'est décidé | ?"), quotes(others));
    }

    /** "a déclaré à l'agence Bernama X, porte-parole": a national news agency is whom X spoke to, not part of a name. */
    @Test
    void aNewsAgencyBeforeTheSpeakersName() {
        ArticleFacts f = extract("""
                Un Français transféré

                « Chaque pays doit garantir que la peine sera exécutée », a déclaré à l'agence Bernama Faizal Rahman, porte-parole du ministère.""");
        assertEquals(List.of("Chaque pays doit garantir que la peine sera exécutée | Faizal Rahman"), quotes(f));
    }

    /** "Lucía l'attendra à Roissy. « … », dit-elle": a clitic after the name shows its subject, whatever the tagger read. */
    @Test
    void aNameBeforeAClitic() {
        ArticleFacts f = extract("""
                Un logisticien libéré

                Sa sœur, Nuria, vit à Lyon. L'avocate Gabriela Restrepo est inquiète. Mercredi soir, Tomás Rey devait embarquer à Bogota pour Paris. Nuria l'attendra à Roissy. « Il veut d'abord dormir », dit-elle.""");
        assertEquals(List.of("Il veut d'abord dormir | Nuria"), quotes(f));
    }

    /**
     * "Les enquêteurs, raconte M. X, ne prenaient … : « … »": an incise before the quotation gives its speaker after
     * the verb; not an incise that closes an earlier quotation ("« … », indique le communiqué, Y a attiré …").
     */
    @Test
    void anInciseBeforeTheQuotation() {
        ArticleFacts f = extract("""
                Un Norvégien témoigne

                Le consultant Erlend Haugen a passé un an à Tver. Les enquêteurs, raconte M. Haugen, ne prenaient même pas la peine de faire semblant : « Ils m'ont dit que je valais plus comme monnaie que comme espion. »
                Le ministère russe des Affaires étrangères a publié un communiqué. « Dans ce contexte », indique le communiqué, le ministre Piotr Volkov a attiré l'attention de son homologue « sur les livraisons d'armes à l'Ukraine ».""");
        assertTrue(quotes(f).contains("Ils m'ont dit que je valais plus comme monnaie que comme espion. | Erlend Haugen"), quotes(f).toString());
        assertTrue(quotes(f).contains("sur les livraisons d'armes à l'Ukraine | Piotr Volkov"), quotes(f).toString());
    }

    /** "Son avocate birmane, qui a demandé à ne pas être nommée, …, confie-t-elle": somebody's lawyer, not the woman last named. */
    @Test
    void aPossessiveRoleIsNotTheSalientPerson() {
        ArticleFacts f = extract("""
                Une humanitaire libérée

                Claire Vasseur a été libérée lundi. Elle est rentrée à Paris.

                Son avocate birmane, qui a demandé à ne pas être nommée, n'a guère d'illusions sur le sort de l'interprète. « Pour les Birmans, il n'y a que le silence », confie-t-elle.""");
        assertEquals(List.of("Pour les Birmans, il n'y a que le silence | ?"), quotes(f));
    }

    /**
     * Of several persons named before an office of government, not one whose office is another country's ("le
     * chef de la diplomatie française" after "le ministre, X, … avec le ministre des Affaires étrangères
     * pakistanais, Y"), and then the one whose title the role shortens ("le ministre" after "le chef de la
     * diplomatie portugaise, X, … rencontrer le président Y", the periphrasis of a minister's office).
     */
    @Test
    void anOfficeAfterSeveralNamedIsOfTheOneOfItsCountryAndTitle() {
        ArticleFacts f = extract("""
                Le ministre, Luc Verdier, avait évoqué le dossier avec le ministre des Affaires étrangères pakistanais, Imran Qadir. « Nous ne lâcherons pas notre compatriote », a écrit mardi le chef de la diplomatie française sur X.""");
        assertEquals(List.of("Nous ne lâcherons pas notre compatriote | Luc Verdier"), quotes(f));
        ArticleFacts minister = extract("""
                Le chef de la diplomatie portugaise, Rui Tavares, s'était rendu à Maputo pour y rencontrer le président Armando Sitoe. « Nous avons toujours privilégié le dialogue », a déclaré le ministre à l'agence Lusa.""");
        assertEquals(List.of("Nous avons toujours privilégié le dialogue | Rui Tavares"), quotes(minister));
    }

    /**
     * "…, raconte son frère Santiago. « … », se souvient-il.": an incise closing a sentence without quotation marks
     * puts forward whom it gives the words to, though a city bears his first name.
     */
    @Test
    void aClosingInciseWithoutQuotationPutsItsSpeakerForward() {
        ArticleFacts f = extract("""
                Une comptable détenue à Bogotá

                L'avocat de la détenue, Me Hernán Quintero, dénonce une procédure « expédiée en une matinée et sans interprète ».

                Le cabinet du président n'a pas répondu à nos questions.

                Ce n'est pas la première fois que la jeune femme se retrouve derrière des barreaux. En 2019, lors d'une escale à Panama, elle avait été retenue deux jours par les services de l'immigration en raison d'une homonymie, raconte son frère Santiago.

                « Déjà à l'époque, on nous avait dit que c'était une erreur de système », se souvient-il.""");
        assertEquals(List.of("expédiée en une matinée et sans interprète | Hernán Quintero",
                "Déjà à l'époque, on nous avait dit que c'était une erreur de système | Santiago"), quotes(f));
    }

    /**
     * "le Département fédéral …" after "X, porte-parole du Département de l'immigration": an organisation's head is
     * no description of the person it was said of; "«…», écrit-il, précisant que … «…»": every quotation of a
     * sentence a quotation opens is the organisation's the sentence before has for subject.
     */
    @Test
    void anOrganisationsHeadIsNoDescriptionAndItsPronounSpeaksForTheSentence() {
        ArticleFacts f = extract("""
                Népal : un Suisse libéré

                « Tout étranger qui viole son visa est traité selon la loi », a assuré Ram Prasad Thapa, porte-parole du Département de l'immigration.

                A Berne, le Département fédéral des affaires étrangères (DFAE) s'est montré laconique. « Le DFAE confirme qu'un ressortissant suisse a été libéré », écrit-il, précisant que l'ambassade avait effectué « des visites consulaires régulières ».""");
        assertEquals(List.of("Tout étranger qui viole son visa est traité selon la loi | Ram Prasad Thapa",
                "Le DFAE confirme qu'un ressortissant suisse a été libéré | org:Département fédéral des affaires étrangères (DFAE)",
                "des visites consulaires régulières | org:Département fédéral des affaires étrangères (DFAE)"), quotes(f));
    }

    /**
     * "», se souvient son frère cadet, Hugo": the speech verb opens the incise after its reflexive pronoun, though
     * the tagger reads it as an adverb; "», confie sa femme, Ingrid X": a family noun after a possessive is told by
     * the name in apposition, not by the last woman put forward; "« … » : Adrien, otage …" in the headline: words
     * the body gives to his mother are hers.
     */
    @Test
    void aReflexiveInciseAWifeInAppositionAndAHeadlineQuoteAboutSomebody() {
        ArticleFacts f = extract("""
                « Il a perdu huit kilos mais il rit déjà » : Mathis, otage en Colombie, libéré après 47 jours

                Mathis Ferrand a été libéré mardi. « Il a perdu huit kilos mais il rit déjà. C'est tout lui », sourit sa mère, Odile Ferrand.

                « Il nous avait appelés en riant pour nous dire que sa cellule avait un ventilateur », se souvient son frère cadet, Loïs.

                « Mon mari n'a rien fait d'autre que conduire », a réagi l'épouse du chauffeur, Amina, jointe par téléphone.

                « Il dit toujours que la première fois lui a appris la patience », confie sa femme, Karin Ferrand, qui l'attendait à Dakar.""");
        assertEquals(List.of("Il a perdu huit kilos mais il rit déjà | Odile Ferrand",
                "Il a perdu huit kilos mais il rit déjà. C'est tout lui | Odile Ferrand",
                "Il nous avait appelés en riant pour nous dire que sa cellule avait un ventilateur | Loïs",
                "Mon mari n'a rien fait d'autre que conduire | Amina",
                "Il dit toujours que la première fois lui a appris la patience | Karin Ferrand"), quotes(f));
    }

    /** "« … » : X raconte …" in the headline, X quoted again in the body: the headline's own reading stands. */
    @Test
    void aHeadlineQuoteItsSpeakerRepeatsKeepsItsOwnReading() {
        ArticleFacts f = extract("""
                « Je n'ai jamais cessé d'y croire » : Odile Ferrand raconte sept mois d'attente

                « Je n'ai jamais cessé d'y croire, même au pire moment », dit Odile Ferrand.""");
        assertEquals(QuoteAttribution.SUBJECT_AFTER_QUOTE, f.statements().get(0).evidence().rule());
        assertEquals(List.of("Je n'ai jamais cessé d'y croire | Odile Ferrand",
                "Je n'ai jamais cessé d'y croire, même au pire moment | Odile Ferrand"), quotes(f));
    }

    /**
     * "X a écrit au ministre, Y, pour demander « … »": the infinitive of purpose has the main verb's subject;
     * "…, selon la porte-parole du ministère, Z." then "« … », a-t-elle déclaré": the source is who the pronoun
     * is about; "sa libération relève d'un « … »": a newspaper's name written in lower case is a common noun.
     */
    @Test
    void aPurposeInfinitiveTheSourceBeforeAPronounAndALowerCaseNewspaperName() {
        ArticleFacts f = extract("""
                Ouzbékistan : un Breton gracié

                Le député Yves Le Goff a écrit au ministre des Affaires étrangères, Paul Marchal, pour demander « une mobilisation au plus haut niveau ».

                Le ministre kényan Samuel Otieno s'est entretenu avec ses homologues, selon la porte-parole du ministère, Akinyi Njeri. « Nous avons privilégié le dialogue entre pays voisins », a-t-elle déclaré.

                Au ministère ouzbek des Affaires étrangères, on assure que sa libération relève d'un « geste de bonne volonté envers un pays ami ».""");
        assertEquals(List.of("une mobilisation au plus haut niveau | Yves Le Goff",
                "Nous avons privilégié le dialogue entre pays voisins | Akinyi Njeri",
                "geste de bonne volonté envers un pays ami | org:ministère ouzbek des Affaires étrangères"), quotes(f));
    }

    /**
     * "A Madrid, le ministère … a salué « … »": the preposition with its capital unaccented opens no organisation's
     * name; "L'avocate des deux marins, Me X, se montre plus amère. « … », dit-elle": the name after a civil title in
     * apposition to the role is the subject, who holds the role.
     */
    @Test
    void anUnaccentedPrepositionAndATitledNameInAppositionToARole() {
        ArticleFacts f = extract("""
                Gabon : deux marins graciés

                A Madrid, le ministère des affaires étrangères a salué dans un communiqué « le geste humanitaire des autorités gabonaises ».

                L'avocate des deux marins, Me Aubierge Ndong, se montre plus amère. « Mes clients ont été jugés en comparution immédiate », dit-elle.

                « La cour d'appel nous entendra, a expliqué au Monde son avocate moscovite, Me Lise Obame. Nous irons jusqu'au bout. »

                Selon Me Claire Moussa, une avocate montréalaise qui conseille la famille, Paul Ekomi pourrait rester en détention.""");
        assertEquals(List.of("le geste humanitaire des autorités gabonaises | org:ministère des affaires étrangères",
                "Mes clients ont été jugés en comparution immédiate | Aubierge Ndong",
                "La cour d'appel nous entendra | Lise Obame", "Nous irons jusqu'au bout. | Lise Obame"), quotes(f));
        assertTrue(roles(f).contains("Lise Obame: avocate"), roles(f).toString());
        assertFalse(roles(f).contains("Paul Ekomi: avocate"), roles(f).toString());
    }

    /** "confie le sexagénaire": the one person named with an age in their sixties, not the man named last. */
    @Test
    void anAgeNounSpeakerIsThePersonOfThatAge() {
        ArticleFacts f = extract("""
                Un retour attendu

                Bernard Loiseau, 63 ans, a été libéré mardi. Pierre Garnier, 41 ans, son avocat, l'attendait à l'aéroport.
                « Je n'ai jamais cessé d'espérer », confie le sexagénaire.""");
        assertEquals(List.of("Je n'ai jamais cessé d'espérer | Bernard Loiseau"), quotes(f));
    }

    /** "Sollicité par Le Figaro, le ministère … assure « … »": the outlet that asked is no name of the ministry. */
    @Test
    void anOutletThatAskedIsNotTheSpeaker() {
        ArticleFacts f = extract("""
                Un ingénieur détenu en Égypte

                Karim Selim est détenu au Caire depuis 2023. Sollicité par Le Figaro, le ministère fédéral des affaires étrangères assure « suivre le cas avec la plus grande attention ».""");
        assertEquals(List.of("suivre le cas avec la plus grande attention | org:ministère fédéral des affaires étrangères"), quotes(f));
    }

    /** "lâche le quadragénaire" when only a later sentence gives the man's age: the one man of that age. */
    @Test
    void anAgeNounSpeakerMayBeAgedFurtherDown() {
        ArticleFacts f = extract("""
                Le retour d'un cuisinier

                Yann Le Dantec descend du train. Sa mère, Annick Le Dantec, se jette dans ses bras. « Je suis chez moi », lâche le quadragénaire.
                Yann Le Dantec, 41 ans, cuisinait depuis dix ans dans un restaurant de Tokyo.""");
        assertEquals(List.of("Je suis chez moi | Yann Le Dantec"), quotes(f));
    }

    /** "écrit la détenue": not a sitting head of state whom a cue seemed to hold, as the article's detentions leave out. */
    @Test
    void theDetaineeWhoSpeaksIsNoHeadOfState() {
        ArticleFacts f = extract("""
                Nicaragua : une opposante écrit de prison

                Marta Solís, une opposante, est détenue à Managua depuis mars.
                La coprésidente Ramona Ibarra a fait arrêter des centaines d'opposants. Arrêtée à Masaya, elle avait été condamnée à huit ans de prison.
                « Je ne céderai pas », écrit la détenue.""");
        assertEquals(List.of("Je ne céderai pas | Marta Solís"), quotes(f));
    }
}
