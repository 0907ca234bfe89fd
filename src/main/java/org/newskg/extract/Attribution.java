package org.newskg.extract;

/** A speaker found for a statement, with the rule that found it and how far it is trusted. */
record Attribution(Speaker speaker, String rule, double confidence) {
}
