package org.whosaid.eval.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.whosaid.model.QuoteType;
import org.whosaid.model.Span;

/**
 * Scores predicted attributions against gold ones, document by document.
 *
 * <p>Per role, every non-empty role span of every attribution is one item (per-instance counting:
 * two attributions sharing a cue contribute two cue items). Items are matched one-to-one within a
 * document by {@link Matcher} (greedy, best first): once for exact equality after {@link Pieces}
 * normalisation, once by overlap. Attribution-level figures match whole attributions one-to-one by
 * content overlap and then check the source (see {@link Tally}). The same matches feed the
 * breakdowns by type and outlet and the error list.
 */
public final class Scorer {

    /** Gold spans this close (in chars) to an unmatched prediction make it a "near gold" false alarm. */
    static final int NEAR_GOLD_CHARS = 150;

    private Scorer() {
    }

    public static Scores score(List<DocumentCase> documents) {
        Tally overall = Tally.ZERO;
        Map<QuoteType, Tally> byType = new EnumMap<>(QuoteType.class);
        Map<String, Tally> byOutlet = new TreeMap<>();
        Map<QuoteType, Map<QuoteType, Integer>> confusion = new EnumMap<>(QuoteType.class);
        List<ErrorEntry> errors = new ArrayList<>();
        for (DocumentCase doc : documents) {
            Tally docTally = Tally.ZERO;
            for (Role role : Role.values()) {
                docTally = scoreRole(doc, role, docTally, byType);
            }
            docTally = scoreAttributions(doc, docTally, byType, confusion, errors);
            overall = overall.plus(docTally);
            byOutlet.merge(doc.outlet(), docTally, Tally::plus);
        }
        Map<QuoteType, Map<QuoteType, Integer>> frozenConfusion = new EnumMap<>(QuoteType.class);
        confusion.forEach((k, v) -> frozenConfusion.put(k, Map.copyOf(v)));
        return new Scores(documents.size(), overall, byType, byOutlet, frozenConfusion, errors);
    }

    private static Tally scoreRole(DocumentCase doc, Role role, Tally docTally, Map<QuoteType, Tally> byType) {
        List<Attribution> goldItems = withRole(doc.gold(), role);
        List<Attribution> predItems = withRole(doc.predicted(), role);
        List<Pieces> gold = piecesOf(goldItems, role);
        List<Pieces> pred = piecesOf(predItems, role);
        int[] exact = Matcher.exact(gold, pred);
        int[] overlap = Matcher.overlap(gold, pred);
        boolean[] predExact = new boolean[pred.size()];
        double[] predOverlap = new double[pred.size()];
        Counts sum = Counts.ZERO;
        for (int g = 0; g < gold.size(); g++) {
            double credit = 0;
            if (exact[g] >= 0) {
                predExact[exact[g]] = true;
            }
            if (overlap[g] >= 0) {
                int p = overlap[g];
                int shared = gold.get(g).overlap(pred.get(p));
                credit = (double) shared / gold.get(g).length();
                predOverlap[p] = (double) shared / pred.get(p).length();
            }
            Counts c = new Counts(1, 0, exact[g] >= 0 ? 1 : 0, 0, credit, 0);
            sum = sum.plus(c);
            byType.merge(goldItems.get(g).type(), Tally.ZERO.plusRole(role, c), Tally::plus);
        }
        for (int p = 0; p < pred.size(); p++) {
            Counts c = new Counts(0, 1, 0, predExact[p] ? 1 : 0, 0, predOverlap[p]);
            sum = sum.plus(c);
            byType.merge(predItems.get(p).type(), Tally.ZERO.plusRole(role, c), Tally::plus);
        }
        return docTally.plusRole(role, sum);
    }

    private static Tally scoreAttributions(DocumentCase doc, Tally docTally, Map<QuoteType, Tally> byType,
                                           Map<QuoteType, Map<QuoteType, Integer>> confusion,
                                           List<ErrorEntry> errors) {
        List<Attribution> gold = withRole(doc.gold(), Role.CONTENT);
        List<Attribution> pred = withRole(doc.predicted(), Role.CONTENT);
        int[] match = Matcher.overlap(piecesOf(gold, Role.CONTENT), piecesOf(pred, Role.CONTENT));
        int[] predToGold = new int[pred.size()];
        Arrays.fill(predToGold, -1);
        Counts sum = Counts.ZERO;
        for (int g = 0; g < gold.size(); g++) {
            Attribution a = gold.get(g);
            Counts goldSide = new Counts(1, 0, 0, 0, 0, 0);
            if (match[g] < 0) {
                errors.add(new ErrorEntry(ErrorCause.CONTENT_MISSED, doc.id(), doc.text(), a, null));
            } else {
                Attribution p = pred.get(match[g]);
                predToGold[match[g]] = g;
                boolean sourceOk = a.source().isEmpty() ? p.source().isEmpty() : a.source().overlap(p.source()) > 0;
                boolean strict = a.content().equals(p.content()) && a.source().equals(p.source());
                goldSide = new Counts(1, 0, strict ? 1 : 0, 0, sourceOk ? 1 : 0, 0);
                Counts predSide = new Counts(0, 1, 0, strict ? 1 : 0, 0, sourceOk ? 1 : 0);
                sum = sum.plus(predSide);
                byType.merge(p.type(), Tally.ZERO.plusAttributions(predSide), Tally::plus);
                confusion.computeIfAbsent(a.type(), k -> new EnumMap<>(QuoteType.class)).merge(p.type(), 1, Integer::sum);
                for (ErrorCause cause : causes(a, p)) {
                    errors.add(new ErrorEntry(cause, doc.id(), doc.text(), a, p));
                }
            }
            sum = sum.plus(goldSide);
            byType.merge(a.type(), Tally.ZERO.plusAttributions(goldSide), Tally::plus);
        }
        for (int p = 0; p < pred.size(); p++) {
            if (predToGold[p] >= 0) {
                continue;
            }
            Attribution a = pred.get(p);
            Counts predSide = new Counts(0, 1, 0, 0, 0, 0);
            sum = sum.plus(predSide);
            byType.merge(a.type(), Tally.ZERO.plusAttributions(predSide), Tally::plus);
            errors.add(new ErrorEntry(falseAlarmCause(a, doc.gold()), doc.id(), doc.text(), null, a));
        }
        return docTally.plusAttributions(sum);
    }

    /** What is wrong with a predicted attribution whose content overlaps the gold one's. */
    static List<ErrorCause> causes(Attribution gold, Attribution predicted) {
        List<ErrorCause> causes = new ArrayList<>(3);
        if (!gold.content().equals(predicted.content())) {
            causes.add(ErrorCause.CONTENT_BOUNDARY);
        }
        roleCause(gold.source(), predicted.source(), ErrorCause.SOURCE_MISSED, ErrorCause.SOURCE_WRONG,
                ErrorCause.SOURCE_BOUNDARY, causes);
        if (gold.source().isEmpty() && !predicted.source().isEmpty()) {
            causes.add(ErrorCause.SOURCE_SPURIOUS);
        }
        roleCause(gold.cue(), predicted.cue(), ErrorCause.CUE_MISSED, ErrorCause.CUE_WRONG,
                ErrorCause.CUE_BOUNDARY, causes);
        if (gold.type() != predicted.type()) {
            causes.add(ErrorCause.TYPE_WRONG);
        }
        return causes;
    }

    private static void roleCause(Pieces gold, Pieces predicted, ErrorCause missed, ErrorCause wrong,
                                  ErrorCause boundary, List<ErrorCause> out) {
        if (gold.isEmpty() || gold.equals(predicted)) {
            return;
        }
        if (predicted.isEmpty()) {
            out.add(missed);
        } else if (gold.overlap(predicted) == 0) {
            out.add(wrong);
        } else {
            out.add(boundary);
        }
    }

    private static ErrorCause falseAlarmCause(Attribution predicted, List<Attribution> gold) {
        Span extent = predicted.content().extent();
        boolean near = false;
        for (Attribution g : gold) {
            if (g.content().overlap(predicted.content()) > 0) {
                return ErrorCause.FALSE_ALARM_DUPLICATE;
            }
            for (Role r : Role.values()) {
                Span e = g.role(r).extent();
                if (e != null && e.start() < extent.end() + NEAR_GOLD_CHARS && extent.start() < e.end() + NEAR_GOLD_CHARS) {
                    near = true;
                }
            }
        }
        return near ? ErrorCause.FALSE_ALARM_NEAR_GOLD : ErrorCause.FALSE_ALARM_NO_GOLD;
    }

    private static List<Attribution> withRole(List<Attribution> attributions, Role role) {
        List<Attribution> out = new ArrayList<>(attributions.size());
        for (Attribution a : attributions) {
            if (!a.role(role).isEmpty()) {
                out.add(a);
            }
        }
        return out;
    }

    private static List<Pieces> piecesOf(List<Attribution> attributions, Role role) {
        List<Pieces> out = new ArrayList<>(attributions.size());
        for (Attribution a : attributions) {
            out.add(a.role(role));
        }
        return out;
    }
}
