package org.newskg.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Precision, recall and F1 of matched pairs, rounded to three decimals as score.py's prf does. */
public record Prf(int tp, int pred, int gold, double p, double r, double f1) {

    static Prf of(int tp, int npred, int ngold) {
        double p = npred > 0 ? (double) tp / npred : (ngold == 0 ? 1.0 : 0.0);
        double r = ngold > 0 ? (double) tp / ngold : 1.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(tp, npred, ngold, round3(p), round3(r), round3(f));
    }

    /** Python's round(x, 3): half-even on the exact binary value. */
    static double round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }
}
