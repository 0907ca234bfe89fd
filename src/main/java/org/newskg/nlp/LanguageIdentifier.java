package org.newskg.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies a text's language with the OpenNLP language detector, from its first
 * {@value #SAMPLE_LENGTH} characters: the detector's cost grows with the text, and on French news every
 * 200-character stretch tried was already identified right (100 characters sometimes are not). Thread-safe.
 */
final class LanguageIdentifier {

    static final int SAMPLE_LENGTH = 200;
    /** Said of a text without letters (ISO 639-2 "undetermined"), to which the detector would still give a language. */
    static final String UNDETERMINED = "und";

    private final ThreadLocal<LanguageDetectorME> detectors;
    private final Map<String, String> iso1ByIso3;

    LanguageIdentifier(LanguageDetectorModel model) {
        this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
        Map<String, String> codes = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            codes.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
        }
        codes.putAll(WordLists.pairs("iso-639-3-to-1.tsv"));
        this.iso1ByIso3 = Map.copyOf(codes);
    }

    /**
     * The ISO 639-1 code of the text's language, its ISO 639-3 code if it has no two-letter code, or
     * {@value #UNDETERMINED}.
     */
    String language(String text) {
        String sample = sample(text);
        if (sample.codePoints().noneMatch(Character::isLetter)) {
            return UNDETERMINED;
        }
        String iso3 = detectors.get().predictLanguage(sample).getLang();
        return iso1ByIso3.getOrDefault(iso3, iso3);
    }

    /** The text's beginning, up to the first whitespace after {@link #SAMPLE_LENGTH} characters. */
    private static String sample(String text) {
        int end = Math.min(SAMPLE_LENGTH, text.length());
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }
}
