package org.newskg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.newskg.extract.ArticleExtractor;
import org.newskg.lexicon.Lexicon;
import org.newskg.nlp.FrenchNlp;

/**
 * Writes a corpus of French news-like articles for benchmarking: each article recombines seed paragraphs
 * (kept whole where they quote someone, so that quotes keep their attribution) and loose quote-free seed
 * sentences, with made-up persons and other countries in place of the seed's. The same seed gives the same
 * corpus.
 */
public final class CorpusGenerator {

    public static final int MIN_ARTICLE_BYTES = 2 * 1024;
    public static final int MAX_ARTICLE_BYTES = 8 * 1024;
    /** Longer seed paragraphs are left out, so that every article fits between the bounds. */
    private static final int MAX_PARAGRAPH_CHARS = 2000;
    private static final double WHOLE_PARAGRAPH = 0.6;
    private static final int MAX_LOOSE_SENTENCES = 3;
    /** Persons in the pool per expected article: a long tail, yet persons recur across articles. */
    private static final double PERSONS_PER_ARTICLE = 0.5;
    private static final int MIN_PERSONS = 20;

    private final List<List<Template>> paragraphs;
    private final List<Template> looseSentences;
    private final CountryNames countries;
    private final long seed;

    /** @param paragraphs seed paragraphs, each a list of sentence templates */
    CorpusGenerator(List<List<Template>> paragraphs, CountryNames countries, long seed) {
        this.paragraphs = paragraphs.stream()
                .filter(p -> p.stream().mapToInt(Template::fixedLength).sum() <= MAX_PARAGRAPH_CHARS).toList();
        if (this.paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no seed paragraph to generate from");
        }
        this.looseSentences = this.paragraphs.stream().flatMap(List::stream).filter(t -> !t.quoted()).toList();
        this.countries = countries;
        this.seed = seed;
    }

    /** A generator from the articles of {@code seedDir}, read with the project's own extractor and lexicon. */
    public static CorpusGenerator fromSeed(Path seedDir, long seed) throws IOException {
        Lexicon lexicon = Lexicon.get();
        FrenchNlp nlp = FrenchNlp.load(lexicon.countries()::isPlaceAdjective);
        CountryNames countries = new CountryNames(lexicon.countries().all());
        return new CorpusGenerator(SeedTemplates.read(seedDir, new ArticleExtractor(nlp, lexicon), nlp, countries),
                countries, seed);
    }

    /** Writes articles {@code bench-000000.txt}, ... into {@code dir} until they hold at least {@code bytes}. */
    public GeneratedCorpus write(Path dir, long bytes) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        int expectedArticles = (int) (bytes / ((MIN_ARTICLE_BYTES + MAX_ARTICLE_BYTES) / 2)) + 1;
        NamePool pool = NamePool.generate(Math.max(MIN_PERSONS, (int) (expectedArticles * PERSONS_PER_ARTICLE)), random);
        long written = 0;
        int articles = 0;
        while (written < bytes) {
            byte[] article = article(new Cast(pool, countries, random), random).getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(String.format("bench-%06d.txt", articles)), article);
            written += article.length;
            articles++;
        }
        return new GeneratedCorpus(dir, articles, written);
    }

    /** One article of a size drawn between the bounds: paragraphs separated by blank lines. */
    String article(Cast cast, Random random) {
        int target = MIN_ARTICLE_BYTES + random.nextInt(MAX_ARTICLE_BYTES - MIN_ARTICLE_BYTES + 1);
        StringBuilder text = new StringBuilder();
        int size = 0;  // in UTF-8 bytes, with the final line break
        while (size < target) {
            String paragraph = paragraph(cast, random);
            int grown = size + paragraph.getBytes(StandardCharsets.UTF_8).length + (size == 0 ? 1 : 2);
            if (grown > MAX_ARTICLE_BYTES) {
                if (size >= MIN_ARTICLE_BYTES) {
                    break;
                }
                continue;
            }
            text.append(size == 0 ? "" : "\n").append(paragraph).append('\n');
            size = grown;
        }
        return text.toString();
    }

    private String paragraph(Cast cast, Random random) {
        List<Template> sentences;
        if (looseSentences.isEmpty() || random.nextDouble() < WHOLE_PARAGRAPH) {
            sentences = paragraphs.get(random.nextInt(paragraphs.size()));
        } else {
            sentences = random.ints(1 + random.nextInt(MAX_LOOSE_SENTENCES), 0, looseSentences.size())
                    .mapToObj(looseSentences::get).toList();
        }
        StringBuilder out = new StringBuilder();
        for (Template sentence : sentences) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(sentence.render(cast));
        }
        return out.toString();
    }
}
