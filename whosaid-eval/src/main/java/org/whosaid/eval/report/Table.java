package org.whosaid.eval.report;

import java.util.ArrayList;
import java.util.List;

/** A small table rendered as aligned plain text for the console or as a markdown table. */
public final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... header) {
        this.header = List.of(header);
    }

    public Table row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header has " + header.size());
        }
        rows.add(List.of(cells));
        return this;
    }

    public String markdown() {
        StringBuilder b = new StringBuilder();
        line(b, header, true);
        StringBuilder rule = new StringBuilder("|");
        for (int i = 0; i < header.size(); i++) {
            rule.append(i == 0 ? " --- |" : " ---: |");
        }
        b.append(rule).append('\n');
        for (List<String> r : rows) {
            line(b, r, true);
        }
        return b.toString();
    }

    public String plain() {
        int[] width = new int[header.size()];
        for (List<String> r : allRows()) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> r : allRows()) {
            for (int i = 0; i < r.size(); i++) {
                String cell = r.get(i);
                String pad = " ".repeat(width[i] - cell.length());
                b.append(i == 0 ? cell + pad : "  " + pad + cell);
            }
            b.append('\n');
        }
        return b.toString();
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>(rows.size() + 1);
        all.add(header);
        all.addAll(rows);
        return all;
    }

    private static void line(StringBuilder b, List<String> cells, boolean escape) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(escape ? c.replace("|", "\\|") : c).append(" |");
        }
        b.append('\n');
    }
}
