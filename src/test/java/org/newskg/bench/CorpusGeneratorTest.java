package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.Evidence;
import org.newskg.extract.PersonMention;
import org.newskg.lexicon.Country;
import org.newskg.lexicon.Gender;

class CorpusGeneratorTest {

    private static final CountryNames COUNTRIES = new CountryNames(List.of(
            new Country("RU", "Russie", Set.of("Russie"), "f"),
            new Country("PL", "Pologne", Set.of("Pologne"), "f"),
            new Country("HU", "Hongrie", Set.of("Hongrie"), "f"),
            new Country("DE", "Allemagne", Set.of("Allemagne"), "f"),
            new Country("AT", "Autriche", Set.of("Autriche"), "f"),
            new Country("BR", "Brésil", Set.of("Brésil"), "m"),
            new Country("US", "États-Unis", Set.of("États-Unis", "Etats-Unis"), "mpl")));

    /** Seed text with made-up names; sentences end at ". ". */
    private static final String SEED = """
            Le ministre Ulrich Quessard est arrivé en Russie lundi. Quessard a rencontré son homologue.

            « Nous avons beaucoup parlé de l'avenir », a déclaré Mme Ondine Vasseral à l'issue de la rencontre.

            L'ambassadeur a quitté l'Allemagne pour les États-Unis. Quessard n'a rien dit de plus.
            """;

    private static List<List<Template>> seedParagraphs() {
        Evidence nowhere = new Evidence(0, "", 0, 0, "test", 1.0);
        List<PersonMention> persons = List.of(
                new PersonMention("p1", "Ulrich Quessard", Set.of("Ulrich Quessard", "Quessard"), Gender.MASCULINE, nowhere),
                new PersonMention("p2", "Ondine Vasseral", Set.of("Mme Ondine Vasseral"), Gender.FEMININE, nowhere));
        return SeedTemplates.paragraphs("seed.txt", SEED, persons, CorpusGeneratorTest::sentenceStarts, COUNTRIES);
    }

    private static List<Integer> sentenceStarts(String paragraph) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = paragraph.indexOf(". "); i >= 0; i = paragraph.indexOf(". ", i + 1)) {
            starts.add(i + 2);
        }
        return starts;
    }

    @Test
    void seedNamesAndCountriesBecomeSlots() {
        List<List<Template>> paragraphs = seedParagraphs();
        assertEquals(3, paragraphs.size());
        assertEquals(List.of(
                new Template.Text("Le ministre "),
                new Template.PersonWord("seed.txt#p1", Gender.MASCULINE, false),
                new Template.Text(" "),
                new Template.PersonWord("seed.txt#p1", Gender.MASCULINE, true),
                new Template.Text(" est arrivé en "),
                new Template.CountryName("RU"),
                new Template.Text(" lundi.")), paragraphs.get(0).get(0).parts());
        assertFalse(paragraphs.get(0).get(1).quoted());
        assertTrue(paragraphs.get(1).get(0).quoted());
        assertEquals(List.of(new Template.Text("L'ambassadeur a quitté l'"), new Template.CountryName("DE"),
                new Template.Text(" pour les "), new Template.CountryName("US"), new Template.Text(".")),
                paragraphs.get(2).get(0).parts());
    }

    @Test
    void writesArticlesOfTwoToEightKilobytesUntilTheSizeIsReached(@TempDir Path dir) throws Exception {
        GeneratedCorpus corpus = new CorpusGenerator(seedParagraphs(), COUNTRIES, 7).write(dir, 300_000);
        List<Path> files = files(dir);
        assertEquals(corpus.articles(), files.size());
        long total = 0;
        for (Path file : files) {
            long size = Files.size(file);
            assertTrue(size >= CorpusGenerator.MIN_ARTICLE_BYTES && size <= CorpusGenerator.MAX_ARTICLE_BYTES,
                    file + ": " + size);
            total += size;
        }
        assertEquals(corpus.bytes(), total);
        assertTrue(total >= 300_000 && total < 300_000 + CorpusGenerator.MAX_ARTICLE_BYTES);
    }

    @Test
    void articlesAreUtf8WithOtherPersonsAndCountriesOfTheSameGender(@TempDir Path dir) throws Exception {
        new CorpusGenerator(seedParagraphs(), COUNTRIES, 7).write(dir, 100_000);
        for (Path file : files(dir)) {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            assertFalse(text.contains("Quessard") || text.contains("Ulrich") || text.contains("Vasseral"), file.toString());
            assertFalse(text.contains("en Brésil") || text.contains("l'Pologne"), file.toString());
            assertTrue(text.contains("« Nous avons beaucoup parlé") || text.contains("est arrivé en ")
                    || text.contains("n'a rien dit"), file.toString());
        }
    }

    @Test
    void theSameSeedGivesTheSameCorpus(@TempDir Path dir) throws Exception {
        new CorpusGenerator(seedParagraphs(), COUNTRIES, 42).write(dir.resolve("a"), 50_000);
        new CorpusGenerator(seedParagraphs(), COUNTRIES, 42).write(dir.resolve("b"), 50_000);
        new CorpusGenerator(seedParagraphs(), COUNTRIES, 43).write(dir.resolve("c"), 50_000);
        assertEquals(contents(dir.resolve("a")), contents(dir.resolve("b")));
        assertNotEquals(contents(dir.resolve("a")), contents(dir.resolve("c")));
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static List<String> contents(Path dir) throws Exception {
        List<String> contents = new ArrayList<>();
        for (Path file : files(dir)) {
            contents.add(file.getFileName() + "\n" + Files.readString(file));
        }
        return contents;
    }
}
