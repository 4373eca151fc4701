package dev.winnow.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Scores records against a corpus's gold data with exactly the metrics of {@code shared/tools/score.py}
 * (its docstring defines them): shingle F1 per page averaged, snippet F1 summed over the corpus, and date,
 * title and author accuracy. Written apart from the script, and checked against it by a test.
 */
public final class Scorer {

    private static final Pattern SEPARATORS = Pattern.compile(" \\| | - | – | — | :: | » | · | / | : |_");
    private static final Pattern NAME_SPLIT = Pattern.compile(",|;|&|/|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BY = Pattern.compile("^(by|von|par|por)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PAGE_SUFFIX = Pattern.compile("\\.(html|htm|xhtml)$");

    private final ObjectMapper mapper = new ObjectMapper();

    public List<GoldPage> gold(Path corpus) throws IOException {
        List<GoldPage> pages = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(corpus.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    pages.add(GoldPage.of(mapper.readTree(line)));
                }
            }
        }
        return pages;
    }

    /** @param records records as JSON objects (the fields file, url, text, published, title, author are read) */
    public CorpusScore score(Path corpus, List<JsonNode> records) throws IOException {
        return score(corpus, records, id -> true);
    }

    /** Scores only the gold pages whose id passes {@code pages}: a sample of the corpus. */
    public CorpusScore score(Path corpus, List<JsonNode> records, Predicate<String> pages) throws IOException {
        List<GoldPage> gold = gold(corpus).stream().filter(g -> pages.test(g.id())).toList();
        Map<String, GoldPage> byId = new HashMap<>();
        Map<String, String> idByUrl = new HashMap<>();
        for (GoldPage g : gold) {
            byId.put(g.id(), g);
            if (g.url() != null && !g.url().isEmpty()) {
                idByUrl.put(g.url(), g.id());
            }
        }
        Map<String, JsonNode> recordById = new LinkedHashMap<>();
        for (JsonNode r : records) {
            String id = pageId(text(r, "file"));
            if (!byId.containsKey(id)) {
                id = idByUrl.getOrDefault(text(r, "url"), id);
            }
            if (byId.containsKey(id)) {
                recordById.put(id, r);
            }
        }
        List<PageScore> rows = new ArrayList<>();
        double f1s = 0;
        double ps = 0;
        double rs = 0;
        int scored = 0;
        long tp = 0;
        long fp = 0;
        long fn = 0;
        int[] date = new int[2];
        int[] title = new int[2];
        int[] author = new int[2];
        for (GoldPage g : gold) {
            JsonNode r = recordById.get(g.id());
            String text = r == null ? "" : orEmpty(text(r, "text"));
            Double p = null;
            Double rc = null;
            Double f = null;
            if (g.text() != null && !Tokens.of(g.text()).isEmpty()) {
                double[] prf = shinglePrf(text, g.text());
                p = prf[0];
                rc = prf[1];
                f = prf[2];
                ps += p;
                rs += rc;
                f1s += f;
                scored++;
            }
            Integer withFound = null;
            Integer withoutFound = null;
            Integer withTotal = null;
            if (g.with() != null) {
                String t = Tokens.collapse(text);
                int a = (int) g.with().stream().filter(s -> t.contains(Tokens.collapse(s))).count();
                int b = g.without() == null ? 0
                        : (int) g.without().stream().filter(s -> t.contains(Tokens.collapse(s))).count();
                tp += a;
                fn += g.with().size() - a;
                fp += b;
                withFound = a;
                withoutFound = b;
                withTotal = g.with().size();
            }
            Boolean dateOk = null;
            if (g.date() != null && !g.date().isEmpty()) {
                String published = r == null ? "" : orEmpty(text(r, "published"));
                dateOk = prefix10(published).equals(prefix10(g.date()));
                count(date, dateOk);
            }
            Boolean titleOk = null;
            if (g.title() != null && !g.title().isEmpty()) {
                titleOk = titleMatch(r == null ? null : text(r, "title"), g.title());
                count(title, titleOk);
            }
            Boolean authorOk = null;
            if (g.author() != null && !g.author().isEmpty()) {
                authorOk = authorMatch(r == null ? null : r.get("author"), g.author());
                count(author, authorOk);
            }
            rows.add(new PageScore(g.id(), r != null, text.length(), round(p), round(rc), round(f), withFound,
                    withTotal, withoutFound, dateOk, titleOk, authorOk));
        }
        CorpusScore.Prf shingle = scored == 0 ? null
                : new CorpusScore.Prf(f1s / scored, ps / scored, rs / scored);
        CorpusScore.Prf snippet = null;
        if (tp + fp + fn > 0) {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double rc = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            snippet = new CorpusScore.Prf(p + rc == 0 ? 0 : 2 * p * rc / (p + rc), p, rc);
        }
        String name = corpus.toAbsolutePath().normalize().getFileName().toString();
        return new CorpusScore(name, gold.size(), recordById.size(), shingle, snippet, accuracy(date),
                accuracy(title), accuracy(author), rows);
    }

    static double[] shinglePrf(String extracted, String gold) {
        Map<String, Integer> e = Tokens.shingles(Tokens.of(extracted));
        Map<String, Integer> g = Tokens.shingles(Tokens.of(gold));
        long common = 0;
        for (Map.Entry<String, Integer> entry : e.entrySet()) {
            common += Math.min(entry.getValue(), g.getOrDefault(entry.getKey(), 0));
        }
        long eTotal = e.values().stream().mapToLong(Integer::longValue).sum();
        long gTotal = g.values().stream().mapToLong(Integer::longValue).sum();
        double p = eTotal == 0 ? 0 : (double) common / eTotal;
        double r = gTotal == 0 ? 0 : (double) common / gTotal;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    static boolean titleMatch(String record, String gold) {
        if (record == null || record.isEmpty() || gold == null || gold.isEmpty()) {
            return false;
        }
        String r = Tokens.fold(record);
        String g = Tokens.fold(gold);
        if (r.isEmpty()) {
            return false;
        }
        if (r.equals(g)) {
            return true;
        }
        return segmentMatch(record, g) || segmentMatch(gold, r);
    }

    private static boolean segmentMatch(String whole, String folded) {
        String[] parts = SEPARATORS.split(whole, -1);
        if (parts.length <= 1) {
            return false;
        }
        String withoutFirst = Tokens.fold(String.join(" ", List.of(parts).subList(1, parts.length)));
        String withoutLast = Tokens.fold(String.join(" ", List.of(parts).subList(0, parts.length - 1)));
        return folded.equals(withoutFirst) || folded.equals(withoutLast);
    }

    static boolean authorMatch(JsonNode record, String gold) {
        Set<String> r = names(record == null || record.isNull() ? List.of() : record.isArray() ? items(record)
                : List.of(record.asText()));
        Set<String> g = names(List.of(gold));
        return !r.isEmpty() && r.equals(g);
    }

    private static List<String> items(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(v -> items.add(v.isTextual() ? v.asText() : v.toString()));
        return items;
    }

    private static Set<String> names(List<String> values) {
        Set<String> out = new HashSet<>();
        for (String value : values) {
            for (String part : NAME_SPLIT.split(value, -1)) {
                String f = Tokens.fold(BY.matcher(part.strip()).replaceFirst(""));
                if (!f.isEmpty()) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    static String pageId(String path) {
        String base = path == null ? "" : Path.of(path).getFileName() == null ? "" : Path.of(path).getFileName().toString();
        if (base.endsWith(".gz")) {
            base = base.substring(0, base.length() - 3);
        }
        return PAGE_SUFFIX.matcher(base).replaceFirst("");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String prefix10(String s) {
        return s.length() > 10 ? s.substring(0, 10) : s;
    }

    private static void count(int[] tally, boolean ok) {
        tally[0] += ok ? 1 : 0;
        tally[1]++;
    }

    private static CorpusScore.Accuracy accuracy(int[] tally) {
        return tally[1] == 0 ? null : new CorpusScore.Accuracy((double) tally[0] / tally[1], tally[1]);
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10000) / 10000.0;
    }
}
