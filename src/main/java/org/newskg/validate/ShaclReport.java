package org.newskg.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;

/**
 * A SHACL validation report as lines a person reads: one per result, {@code severity focus-node path:
 * message}, with prefixed names; then a summary line.
 */
public final class ShaclReport {

    private final ValidationReport report;
    private final PrefixMap prefixes;

    public ShaclReport(ValidationReport report, PrefixMap prefixes) {
        this.report = report;
        this.prefixes = prefixes;
    }

    /** Whether some result has severity sh:Violation (warnings and infos do not fail validation). */
    public boolean hasViolations() {
        return report.getEntries().stream().anyMatch(e -> Severity.Violation.equals(e.severity()));
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>(report.getEntries().stream()
                .sorted(Comparator.comparing((ReportEntry e) -> node(e.focusNode())).thenComparing(this::path))
                .map(this::line).toList());
        lines.add(summary());
        return lines;
    }

    private String line(ReportEntry e) {
        String value = e.value() == null ? "" : " (value " + node(e.value()) + ")";
        return e.severity().level().getLocalName() + " " + node(e.focusNode()) + " " + path(e) + ": "
                + e.message() + value;
    }

    private String summary() {
        if (report.conforms()) {
            return "conforms";
        }
        long violations = report.getEntries().stream().filter(e -> Severity.Violation.equals(e.severity())).count();
        long others = report.getEntries().size() - violations;
        return violations > 0 ? "does not conform: " + violations + " violation(s), " + others + " other result(s)"
                : "no violations, " + others + " warning(s) or info(s)";
    }

    private String path(ReportEntry e) {
        return e.resultPath() == null ? "-" : PathWriter.asString(e.resultPath(), new Prologue(Prefixes.adapt(prefixes)));
    }

    private String node(Node n) {
        return NodeFmtLib.str(n, prefixes);
    }
}
