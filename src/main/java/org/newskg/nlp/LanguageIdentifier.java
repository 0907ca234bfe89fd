package org.newskg.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies a text's language with the OpenNLP language detector, reading only as much of the text as it
 * needs (chunks of 200 characters until the prediction is stable). Thread-safe.
 */
final class LanguageIdentifier {

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

    /** The ISO 639-1 code of the text's language, or its ISO 639-3 code if it has no two-letter code. */
    String language(CharSequence text) {
        String iso3 = detectors.get().probingPredictLanguages(text).languages()[0].getLang();
        return iso1ByIso3.getOrDefault(iso3, iso3);
    }
}
