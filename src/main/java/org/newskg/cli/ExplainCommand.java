package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.article.Article;
import org.newskg.article.ArticleReader;
import org.newskg.article.BadArticleException;
import org.newskg.extract.ArticleExtractor;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Detention;
import org.newskg.extract.Evidence;
import org.newskg.extract.Meeting;
import org.newskg.extract.PersonMention;
import org.newskg.extract.RoleFact;
import org.newskg.extract.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg explain FILE}: every fact extracted from one article, with its sentence, rule and confidence. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Prints, for one article, each extracted fact with its evidence sentence, offsets, rule and confidence.")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the article (UTF-8 text)")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Article article;
        try {
            article = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(file);
        } catch (BadArticleException e) {
            spec.commandLine().getErr().println("kg: " + file + ": " + e.getMessage());
            return 1;
        }
        ArticleFacts facts = ArticleExtractor.load().extract(article);
        out.printf("%s  language=%s date=%s%n", article.fileName(), facts.language(), article.date().orElse("-"));
        out.println("\nPERSONS");
        for (PersonMention p : facts.persons()) {
            out.printf("  %s %-28s %-9s forms=%s%n", p.id(), p.name(), p.gender(), p.forms());
            evidence(out, p.first());
        }
        out.println("\nSTATEMENTS");
        for (Statement s : facts.statements()) {
            out.printf("  [%s] %s: «%s»%n", s.kind(), speaker(facts, s), s.text());
            evidence(out, s.evidence());
        }
        out.println("\nDETENTIONS");
        for (Detention d : facts.detentions()) {
            out.printf("  %s held in %s%s%s%n", facts.person(d.personId()).name(), d.countryCode(),
                    d.place() == null ? "" : " (" + d.place() + ")",
                    d.sentenceLength() == null ? "" : ", " + d.sentenceLength());
            evidence(out, d.evidence());
        }
        out.println("\nROLES");
        for (RoleFact r : facts.roles()) {
            out.printf("  %s: %s%s%s%n", facts.person(r.personId()).name(), r.role(),
                    r.organization() == null ? "" : " @ " + r.organization(),
                    r.countryCode() == null ? "" : " [" + r.countryCode() + "]");
            evidence(out, r.evidence());
        }
        out.println("\nMEETINGS");
        for (Meeting m : facts.meetings()) {
            out.printf("  %s %s date=%s place=%s%n", m.kind(),
                    m.participantIds().stream().map(id -> facts.person(id).name()).toList(), m.date(), m.place());
            evidence(out, m.evidence());
        }
        out.flush();
        return 0;
    }

    private static String speaker(ArticleFacts facts, Statement s) {
        return switch (s.speaker().kind()) {
            case PERSON -> facts.person(s.speaker().personId()).name();
            case ORGANIZATION -> "org:" + s.speaker().label()
                    + (s.speaker().acronym() != null ? " (" + s.speaker().acronym() + ")" : "");
            case UNNAMED -> "unnamed:" + s.speaker().label();
        };
    }

    private static void evidence(PrintWriter out, Evidence e) {
        out.printf("      ↳ s%d [%d,%d) %s %.2f | %s%n", e.sentenceIndex(), e.start(), e.end(), e.rule(), e.confidence(),
                e.sentence().replace('\n', ' '));
    }
}
