package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Roles on short French news passages written for these tests (people of our own choosing), one apposition
 * or role shape each: the roles a careful reader gives each named person, and none that belong to another.
 */
class RoleExtractionTest {

    /** "Full Name: role" for every role fact of the passage. */
    private static Set<String> roles(String text) {
        return Passages.roles(Passages.extract(text));
    }

    @Test
    void longestRoleBeforeTheName() {
        assertEquals(Set.of("Daniel Otieno: procureur général"), roles("""
                Selon le procureur général kényan, Daniel Otieno, l'enquête sera close avant l'été."""));
        assertEquals(Set.of("Hana Sekiguchi: rédactrice en chef"), roles("""
                La rédactrice en chef du quotidien, Hana Sekiguchi, a dénoncé une atteinte à la liberté de la presse."""));
    }

    /** A Vaud or Fribourg commune's head, and a compound trade. */
    @Test
    void regionalOfficesAndCompoundTrades() {
        assertEquals(Set.of("Jean-Marc Chappuis: syndic", "Karim Guerrab: marin-pêcheur"), roles("""
                « Ici, tout le monde le connaît », raconte le syndic, Jean-Marc Chappuis.
                Karim Guerrab, marin-pêcheur à Ghazaouet, a été libéré."""));
    }

    /** The posts of NGO staff ("chargée de plaidoyer", "responsable des campagnes"). */
    @Test
    void theTitlesOfNgoStaff() {
        assertEquals(Set.of("Nadia Ferrand: chargée de plaidoyer", "Eliot Marchal: responsable des campagnes"), roles("""
                Nadia Ferrand, chargée de plaidoyer à l'ONG Justice pour tous, dénonce une détention arbitraire.
                « Il faut agir vite », ajoute Eliot Marchal, responsable des campagnes de l'organisation."""));
    }

    /**
     * A role opening a sentence before "il" or "elle": the subject of the sentence before, or the one person it
     * names; not somebody unnamed ("un homme"), nor a participle with its agent ("Employé par …").
     */
    @Test
    void aSentenceOpeningRoleBeforeAPronounIsThePersonOfTheSentenceBefore() {
        assertEquals(Set.of("Maëlle Corbin: coordinatrice"), roles("""
                Originaire de Rennes, Maëlle Corbin vit au Niger depuis 2021. Coordinatrice d'une ONG spécialisée dans la lutte contre la malnutrition, elle supervisait des centres de santé."""));
        assertEquals(Set.of("Anselme Riva: ingénieur agronome"), roles("""
                Il s'agit d'Anselme Riva, qui vit à Moudon. Ingénieur agronome de formation, il travaille pour une ONG genevoise."""));
        assertEquals(Set.of("Maud Lefort: infirmière", "Claire Morand: juge"), roles("""
                Maud Lefort a écrit à la juge Claire Morand. Infirmière de formation, elle travaille à Lyon depuis 2015."""));
        assertEquals(Set.of(), roles("""
                Depuis l'été, un homme épaule la famille de Lucien Ferrand. Ancien conseiller culturel à Téhéran, il connaît les codes du pouvoir."""));
        assertEquals(Set.of("Omar Hassan Idris: agronome"), roles("""
                Omar Hassan Idris, 52 ans, vit à Genève depuis 1998. Agronome de formation, naturalisé suisse en 2009, il travaille pour une fondation."""));
        assertEquals(Set.of(), roles("""
                Brice Ekambi a retrouvé Douala. Jugé en trois audiences, sans interprète, il est transféré dans une colonie."""));
        assertEquals(Set.of(), roles("""
                Tobias Grech est rentré à Malte. Employé par un sous-traitant pétrolier, il avait été arrêté en août à Benghazi."""));
    }

    /** A football club's manager and its players' positions are roles. */
    @Test
    void footballRoles() {
        assertEquals(Set.of("Rafiq Hossain: manager", "Kofi Mensah: milieu de terrain"), roles("""
                Le manager d'un club de la capitale, Rafiq Hossain, a été entendu par la police.
                Kofi Mensah, milieu de terrain de 24 ans, est détenu à Dacca."""));
    }

    @Test
    void aDemonstrativeDescribesThePersonNamedLast() {
        assertTrue(roles("""
                Le ministre Omar Haddad a commenté le verdict. Le tribunal a condamné l'historien Karim Benali à cinq ans de prison.
                Âgé de 58 ans, ce maître de conférences avait été interpellé en novembre à l'aéroport.""")
                .contains("Karim Benali: maître de conférences"));
    }

    @Test
    void titlesInARowWithoutArticles() {
        assertEquals(Set.of("Mamadou Keïta: ministre d'état", "Mamadou Keïta: ministre de la justice",
                "Mamadou Keïta: garde des sceaux", "Jan Peeters: bourgmestre"), roles("""
                Le ministre d'État, ministre de la Justice, garde des Sceaux, Mamadou Keïta, a défendu la procédure.
                « Toute la commune est mobilisée », explique le bourgmestre, Jan Peeters."""));
    }

    @Test
    void anAcronymBetweenTheRoleAndTheName() {
        assertEquals(Set.of("Komlan Adjévi: secrétaire général"), roles("""
                Le secrétaire général de la Fédération nationale des enseignants du Togo (FNET), Komlan Adjévi, a dénoncé ces arrestations."""));
    }

    @Test
    void aRoleWordBeforeAnArticleIsAVerb() {
        assertEquals(Set.of("Inès Marchetti: avocate"), roles("""
                Son avocate, Inès Marchetti, juge le dossier vide et réclame sa libération."""));
    }

    @Test
    void theKeeperOfTheSealsIsTheJusticeMinister() {
        ArticleFacts f = Passages.extract("""
                Le ministre tunisien de la Justice, Karim Mejri, a défendu la décision devant les députés.
                Le garde des Sceaux a rappelé que le condamné pouvait « faire appel comme n'importe quel justiciable ».""");
        assertTrue(Passages.roles(f).contains("Karim Mejri: garde des sceaux"), Passages.roles(f).toString());
        assertEquals(List.of("faire appel comme n'importe quel justiciable | Karim Mejri"), Passages.quotes(f));
    }

    @Test
    void coordinatedAndStackedRolesBelongToTheSamePerson() {
        assertEquals(Set.of("Amalia Ferreyra: vice-présidente", "Amalia Ferreyra: porte-parole"), roles("""
                Le gouvernement, dont la vice-présidente et porte-parole, Amalia Ferreyra, a signé le texte, n'a pas réagi."""));
        assertEquals(Set.of("Bertrand Okafor: chef de la junte", "Bertrand Okafor: général"), roles("""
                La radio d'Etat a annoncé que le chef de la junte, le général Bertrand Okafor, avait signé le décret."""));
    }

    @Test
    void honorificAndPoliticalAdjectiveAreNotRoles() {
        assertEquals(Set.of("Fahd ben Salem Al-Mansour: émir"), roles("""
                Selon le ministère, l'émir, cheikh Fahd ben Salem Al-Mansour, a reçu les deux délégations."""));
        assertEquals(Set.of("Henrik Aalto: premier ministre"), roles("""
                Le dossier pèse sur les relations depuis l'arrivée du Premier ministre travailliste Henrik Aalto."""));
    }

    @Test
    void participleComplementBetweenRoleAndName() {
        assertEquals(Set.of("Karim Nasser: avocat"), roles("""
                Parmi eux, l'avocat spécialisé dans les droits des travailleurs Karim Nasser, arrêté en 2020, reste détenu."""));
        assertEquals(Set.of(), roles("""
                Le juge chargé de l'enquête sur Paul Martin a été remplacé."""));
    }

    @Test
    void ageBetweenNameAndRole() {
        assertTrue(roles("""
                Kenta Aoyama, 45 ans, directeur d'une usine de pièces détachées, a été arrêté en mars à Shenyang.""")
                .contains("Kenta Aoyama: directeur"));
    }

    @Test
    void roleCoordinatedInAnApposition() {
        assertTrue(roles("""
                La juriste Ines Karoui, 58 ans, figure du barreau de Sousse et ancienne bâtonnière, a été entendue lundi.""")
                .contains("Ines Karoui: ancienne bâtonnière"));
    }

    @Test
    void roleOpeningTheSentenceGoesToItsSubject() {
        assertTrue(roles("""
                Doctorante en histoire à l'université de Lyon, Mme Selin Kaya, 29 ans, avait été arrêtée à l'aéroport.""")
                .contains("Selin Kaya: doctorante"));
    }

    @Test
    void roleOfAComplementOrOfTheNextClauseIsNotTheName() {
        assertEquals(Set.of("Claire Vasseur: avocate"), roles("""
                Selon son avocate, Claire Vasseur, la journaliste a refusé de signer ses aveux."""));
        assertEquals(Set.of(), roles("""
                Jointe par téléphone, la sœur de l'ingénieur, Odile Marchetti, n'a pas caché son soulagement."""));
        assertEquals(Set.of("Tomasz Zielak: avocat"), roles("""
                L'avocat du journaliste, Me Tomasz Zielak, a annoncé son intention de faire appel."""));
    }

    @Test
    void inAListARoleBeforeANameBelongsToThatName() {
        assertEquals(Set.of("Anselmo Ruiz: prêtre", "Marta Quiroga: ancienne députée"), roles("""
                Parmi les personnes libérées figurent le prêtre Anselmo Ruiz, l'ancienne députée Marta Quiroga et d'autres."""));
    }

    @Test
    void periphrasisAsSubjectNamesTheOneHolderOfTheOffice() {
        assertTrue(roles("""
                Le président Omar Kanté a reçu mardi les familles des détenus.
                Le chef de l'Etat a promis de suivre le dossier.""").contains("Omar Kanté: chef de l'etat"));
        assertTrue(roles("""
                Le président ghanéen Kwame Asante a reçu le président togolais Edem Kodjo.
                Le chef de l'Etat a promis de suivre le dossier.""").stream().noneMatch(r -> r.endsWith("chef de l'etat")));
    }

    @Test
    void theTopDiplomatOfACountryIsItsForeignMinister() {
        ArticleFacts f = Passages.extract("""
                Le ministre canadien des Affaires étrangères Paul Dubeau a rencontré son homologue indien Arjun Mehta à Delhi.
                Le haut diplomate canadien a également mis en garde M. Mehta contre les représailles. "Nous ne les oublierons pas", a-t-il déclaré.""");
        assertTrue(Passages.roles(f).contains("Paul Dubeau: haut diplomate"), Passages.roles(f).toString());
        assertEquals(List.of("Nous ne les oublierons pas | Paul Dubeau"), Passages.quotes(f));
    }

    @Test
    void theObjectOfAPrepositionAfterARoleIsNoHolder() {
        assertEquals(Set.of("Delacroix: anthropologue"), roles("""
                Mme Delacroix, anthropologue à Sciences Po, avait été condamnée en 2020."""));
    }

    @Test
    void aRoleAfterAFamilyApposition() {
        assertEquals(Set.of("Antoine Colonna: chauffeur de bus", "Jimena Recalde: photographe",
                "Nour Abdelaziz: pharmacienne"), roles("""
                Dans le salon, Antoine Colonna, le père, chauffeur de bus à la RATP, attend.
                Jimena Recalde, sa compagne, photographe, l'a reçu à Montevideo.
                Pour Nour Abdelaziz, la sœur de l'ingénieur, pharmacienne à Laval, ces mois ont été longs."""));
    }

    @Test
    void appositionsOneAfterTheOtherUpToAName() {
        assertEquals(Set.of("Issoufou Garba: président de la république", "Issoufou Garba: chef de l'état"), roles("""
                La décision a été prise par Issoufou Garba, président de la République, chef de l'État, dimanche soir."""));
        assertEquals(Set.of("Pavel Orlin: porte-parole", "Sergueï Travine: président", "Sergueï Travine: chef du gouvernement"),
                roles("""
                C'est ce qu'a déclaré jeudi Pavel Orlin, porte-parole du président Sergueï Travine, chef du gouvernement."""));
    }

    /** Trades and crafts are roles: "menuisier", "géomètre", "hygiéniste dentaire". */
    @Test
    void tradesAreRoles() {
        assertEquals(Set.of("Gilles Maréchaux: menuisier", "Odile Farandet: hygiéniste dentaire"), roles("""
                Dans son atelier, Gilles Maréchaux, menuisier à Abbeville, a punaisé une carte au mur.
                Odile Farandet, hygiéniste dentaire à Laval, attend un appel."""));
    }

    /**
     * An apposition whose affix shows a gender ("ancien typographe") is not given to a name of the other
     * gender: after "le père de Mathilde" it is the father's.
     */
    @Test
    void anAppositionOfTheOtherGenderIsNotTheNames() {
        assertEquals(Set.of("Lucien Brachard: ancien typographe"), roles("""
                « Personne ne nous a rien dit », lâche le père de Mathilde Ravanel, ancien typographe, à Onex.
                Lucien Brachard, ancien typographe, a écrit au ministère."""));
    }

    /**
     * "Gracié par l'émir, X rentre": the agent of an opening participle is not the name after its comma, which is
     * the subject of the verb after it; "signé par le porte-parole du ministère, X, a été publié" names the agent.
     */
    @Test
    void theAgentOfAnOpeningParticipleIsNotTheSubjectAfterIt() {
        ArticleFacts f = Passages.extract("""
                Un ingénieur rentre à Beyrouth

                Gracié par l'émir, Samir Khoury rentre au Liban après deux ans de prison au Koweït.
                Le texte, signé par le porte-parole du ministère, Jean Dupont, a été publié mardi.""");
        assertEquals(Set.of("Jean Dupont: porte-parole"), Passages.roles(f));
        assertEquals(Set.of("Samir Khoury KW"), Passages.detentions(f));
    }

    /** "l'Assemblée générale de l'ONU, le chef de la diplomatie, X": "générale" qualifies the assembly, no person. */
    @Test
    void aRoleWordAfterACapitalisedNounQualifiesIt() {
        ArticleFacts f = Passages.extract("""
                Un dossier évoqué à New York

                En septembre, en marge de l'Assemblée générale de l'ONU à New York, le chef de la diplomatie, Urs Balmer, avait évoqué le cas.""");
        assertEquals(Set.of("Urs Balmer: chef de la diplomatie"), Passages.roles(f));
    }

    /** "La superintendante de police du district de X, Y": the rank of a district's police chief in South Asia. */
    @Test
    void aSuperintendentOfPolice() {
        assertEquals(Set.of("Sarita Rawat: superintendante de police"), roles("""
                La superintendante de police du district de Chamba, Sarita Rawat, défend la procédure."""));
    }
}
