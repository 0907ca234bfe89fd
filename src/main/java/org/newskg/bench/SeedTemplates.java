package org.newskg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newskg.article.Article;
import org.newskg.article.ArticleReader;
import org.newskg.article.BadArticleException;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.PersonMention;
import org.newskg.nlp.FrenchNlp;
import org.newskg.nlp.Sentence;

/**
 * Cuts seed articles into paragraphs of sentence templates: the persons the extractor finds in an article
 * and the countries of the lexicon become slots, the rest stays as printed.
 */
final class SeedTemplates {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern QUOTE_MARK = Pattern.compile("[«»“”\"„‹›]");

    private SeedTemplates() {}

    /** The paragraphs of the {@code .txt} articles of {@code dir}, in file name order. */
    static List<List<Template>> read(Path dir, ArticleExtractor extractor, FrenchNlp nlp, CountryNames countries)
            throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
        List<List<Template>> paragraphs = new ArrayList<>();
        for (Path file : files) {
            Article article;
            try {
                article = reader.read(file);
            } catch (BadArticleException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
            paragraphs.addAll(paragraphs(article.fileName(), article.text(), extractor.extract(article).persons(),
                    paragraph -> nlp.analyze(paragraph).sentences().stream().map(Sentence::start).toList(),
                    countries));
        }
        return paragraphs;
    }

    /**
     * @param article        identifies the article's persons among the seed's ({@code article#id})
     * @param persons        the persons the extractor found in the article
     * @param sentenceStarts where the sentences of a paragraph start, in the paragraph
     * @return the article's paragraphs, each a list of sentence templates
     */
    static List<List<Template>> paragraphs(String article, String text, List<PersonMention> persons,
                                           Function<String, List<Integer>> sentenceStarts, CountryNames countries) {
        Map<String, Template.PersonWord> personWords = personWords(article, persons);
        Pattern personPattern = personWords.isEmpty() ? null : Pattern.compile(personWords.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")));
        List<List<Template>> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            List<Integer> starts = new ArrayList<>(sentenceStarts.apply(paragraph));
            starts.add(paragraph.length());
            List<Template> sentences = new ArrayList<>();
            for (int i = 0; i + 1 < starts.size(); i++) {
                String sentence = paragraph.substring(starts.get(i), starts.get(i + 1)).strip();
                if (!sentence.isEmpty()) {
                    sentences.add(template(sentence, personPattern, personWords, countries));
                }
            }
            if (!sentences.isEmpty()) {
                paragraphs.add(sentences);
            }
        }
        return paragraphs;
    }

    /** First name and surname of each person's fullest name, and the last word of its other forms. */
    private static Map<String, Template.PersonWord> personWords(String article, List<PersonMention> persons) {
        Map<String, Template.PersonWord> words = new LinkedHashMap<>();
        for (PersonMention p : persons) {
            String key = article + "#" + p.id();
            List<String> name = List.of(p.name().strip().split("\\s+"));
            if (name.size() > 1) {
                words.putIfAbsent(name.get(0), new Template.PersonWord(key, p.gender(), false));
            }
            words.putIfAbsent(name.get(name.size() - 1), new Template.PersonWord(key, p.gender(), true));
            for (String form : p.forms()) {
                String[] w = form.strip().split("\\s+");
                words.putIfAbsent(w[w.length - 1], new Template.PersonWord(key, p.gender(), true));
            }
        }
        words.keySet().removeIf(w -> w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)));
        return words;
    }

    private static Template template(String sentence, Pattern personPattern, Map<String, Template.PersonWord> persons,
                                     CountryNames countries) {
        List<Template.Part> parts = new ArrayList<>();
        int done = 0;
        Matcher person = personPattern == null ? null : personPattern.matcher(sentence);
        Matcher country = countries.pattern().matcher(sentence);
        while (true) {
            boolean p = person != null && person.find(done);
            boolean c = country.find(done);
            if (!p && !c) {
                break;
            }
            Matcher next = p && (!c || person.start() <= country.start()) ? person : country;
            if (next.start() > done) {
                parts.add(new Template.Text(sentence.substring(done, next.start())));
            }
            parts.add(next == person ? persons.get(next.group())
                    : new Template.CountryName(countries.code(next.group())));
            done = next.end();
        }
        if (done < sentence.length()) {
            parts.add(new Template.Text(sentence.substring(done)));
        }
        return new Template(List.copyOf(parts), QUOTE_MARK.matcher(sentence).find());
    }
}
