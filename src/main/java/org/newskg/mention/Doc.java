package org.newskg.mention;

import java.util.ArrayList;
import java.util.List;
import org.newskg.lexicon.FoldedTokens;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.resolve.NameKey;

/**
 * An article's tokens as one flat list, with each token's sentence, its folded form for dictionary
 * look-ups, and whether it lies inside a quotation. Extractors move over token indexes of this list.
 */
public final class Doc {

    private final AnalyzedText analyzed;
    private final List<Token> tokens = new ArrayList<>();
    private final FoldedTokens folded = new FoldedTokens();
    private final int[] sentenceOf;
    private final int[] sentenceFirstToken;
    private final boolean[] quoted;

    public Doc(AnalyzedText analyzed, List<QuoteSpan> quotes) {
        this.analyzed = analyzed;
        List<Sentence> sentences = analyzed.sentences();
        sentenceFirstToken = new int[sentences.size() + 1];
        List<Integer> owner = new ArrayList<>();
        for (Sentence s : sentences) {
            sentenceFirstToken[s.index()] = tokens.size();
            for (Token t : s.tokens()) {
                tokens.add(t);
                folded.add(t.text(), t.isCapitalized());
                owner.add(s.index());
            }
        }
        sentenceFirstToken[sentences.size()] = tokens.size();
        sentenceOf = owner.stream().mapToInt(Integer::intValue).toArray();
        quoted = new boolean[tokens.size()];
        for (QuoteSpan q : quotes) {
            for (int i = tokenAt(q.open()); i < tokens.size() && tokens.get(i).end() <= q.close() + 1; i++) {
                quoted[i] = true;
            }
        }
    }

    public String text() {
        return analyzed.text();
    }

    public int size() {
        return tokens.size();
    }

    /** Whether sentence {@code s} is a paragraph of its own: a line break, or the text's edge, on each side. */
    public boolean wholeParagraph(int s) {
        String text = text();
        Sentence sentence = sentence(s);
        int before = sentence.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = sentence.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return (before < 0 || text.charAt(before) == '\n') && (after >= text.length() || text.charAt(after) == '\n');
    }

    /** Whether no line break stands between character offsets {@code from} and {@code to}: one paragraph. */
    public boolean sameParagraph(int from, int to) {
        int lineBreak = text().indexOf('\n', from);
        return lineBreak < 0 || lineBreak >= to;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** Lower-case, accent-free form of token {@code i}, for dictionary look-ups. */
    public String folded(int i) {
        return i >= 0 && i < tokens.size() ? folded.get(i) : "";
    }

    public List<String> foldedTokens() {
        return folded;
    }

    public String pos(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
    }

    /**
     * Whether token {@code i} stands inside a verb group, between a subject and its verb or a verb and its
     * inverted subject: an auxiliary (by its tag, or a finite form of avoir or être the tagger read as a verb),
     * an adverb or a clitic ("n'a-t-il pas", "lui a aussi").
     */
    public boolean inVerbGroup(int i) {
        String pos = pos(i);
        return "AUX".equals(pos) || "ADV".equals(pos) || Grammar.clitic(folded(i)) || Grammar.finiteAuxiliary(folded(i));
    }

    /** Whether token {@code i} is a verb or an auxiliary by its tag. */
    public boolean isVerb(int i) {
        String pos = pos(i);
        return "VERB".equals(pos) || "AUX".equals(pos);
    }

    public int sentenceOf(int i) {
        return sentenceOf[i];
    }

    public Sentence sentence(int index) {
        return analyzed.sentences().get(index);
    }

    public int sentenceCount() {
        return analyzed.sentences().size();
    }

    /** First token index of sentence {@code s}. */
    public int sentenceStart(int s) {
        return sentenceFirstToken[s];
    }

    /** One past the last token index of sentence {@code s}. */
    public int sentenceEnd(int s) {
        return sentenceFirstToken[s + 1];
    }

    public boolean quoted(int i) {
        return quoted[i];
    }

    /** Marks tokens [{@code from}, {@code to}) as outside quotations: an attribution set inside the marks. */
    public void unquote(int from, int to) {
        for (int i = from; i < to; i++) {
            quoted[i] = false;
        }
    }

    /** The text from the start of token {@code from} to the end of token {@code to - 1}. */
    public String span(int from, int to) {
        return text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The text of tokens [from, to) without the determiners and punctuation at either end ("le ministère,"). */
    public String phrase(int from, int to) {
        while (from < to && (Grammar.determiner(folded(from)) || tokens.get(from).isPunctuation())) {
            from++;
        }
        while (to > from && (tokens.get(to - 1).isPunctuation() || Grammar.determiner(folded(to - 1)))) {
            to--;
        }
        return span(from, Math.max(to, from + 1));
    }

    /** The token before the titles ("M.", "Mme", "Me") that stand before token {@code first}, not before {@code floor}. */
    public int beforeTitles(int first, int floor) {
        int k = first - 1;
        while (k > floor && Grammar.title(folded(k))) {
            k--;
        }
        return k;
    }

    /** The first token starting at or after character {@code offset}. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
