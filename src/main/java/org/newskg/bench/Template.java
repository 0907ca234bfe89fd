package org.newskg.bench;

import java.util.List;
import org.newskg.lexicon.Gender;

/**
 * A sentence or paragraph of a seed article with its person names and country names cut out, so that
 * generated articles can say it of other people and other countries.
 *
 * @param quoted whether the text holds quotation marks; such text is only reused whole, with its context
 */
public record Template(List<Part> parts, boolean quoted) {

    /** A piece of the template: text kept as is, or a name that each article fills in. */
    public sealed interface Part permits Text, PersonWord, CountryName {
        String fill(Cast cast);
    }

    public record Text(String text) implements Part {
        @Override
        public String fill(Cast cast) {
            return text;
        }
    }

    /**
     * One word of a seed person's name.
     *
     * @param person  the person, unique in the seed corpus ({@code file#id})
     * @param gender  what the seed text around the name agrees with
     * @param surname the surname, else the first name
     */
    public record PersonWord(String person, Gender gender, boolean surname) implements Part {
        @Override
        public String fill(Cast cast) {
            GeneratedPerson p = cast.person(person, gender);
            return surname ? p.surname() : p.firstName();
        }
    }

    /** @param code ISO code of the country the seed text names */
    public record CountryName(String code) implements Part {
        @Override
        public String fill(Cast cast) {
            return cast.country(code);
        }
    }

    /** Length of the text kept as printed, the names left out. */
    public int fixedLength() {
        return parts.stream().mapToInt(p -> p instanceof Text t ? t.text().length() : 0).sum();
    }

    public String render(Cast cast) {
        StringBuilder out = new StringBuilder();
        parts.forEach(part -> out.append(part.fill(cast)));
        return out.toString();
    }
}
