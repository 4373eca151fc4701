package dev.winnow.extract;

import dev.winnow.clean.ClassIdWords;
import dev.winnow.pipeline.RuleList;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blocks a template prints around a headline that repeat the page's metadata rather than add text: the
 * kicker above it (the page's section, {@code article:section} or JSON-LD {@code articleSection}, or a block
 * named as a kicker in {@code kicker-tokens.txt}) and the standfirst or summary below it when it repeats the
 * meta description (marked by a class word or a label of {@code summary-markers.txt}).
 */
final class HeadlineCompanions {

    private static final Evaluator SECTION_META = QueryParser.parse("meta[property=article:section], meta[name=article:section]");
    private static final Evaluator JSON_LD_SCRIPT = QueryParser.parse("script[type=application/ld+json]");

    /** What one page says about itself, read once per page. */
    record Lead(Set<String> sections, String description) {
    }

    /** A kicker is a word or a few: longer blocks are a headline or prose. */
    private static final int MAX_KICKER_CHARS = 40;
    /** A summary repeats the description when the shorter of the two is at least this share of the longer. */
    private static final double REPEAT_SHARE = 0.8;
    private static final Pattern ARTICLE_SECTION =
            Pattern.compile("\"articleSection\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|\\[[^\\]]*\\])");
    private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Set<String> kickerWords = Set.copyOf(RuleList.load("kicker-tokens.txt"));
    private final Set<String> summaryWords;
    private final Pattern summaryLabel;

    HeadlineCompanions() {
        Set<String> words = new HashSet<>();
        StringBuilder labels = new StringBuilder();
        for (String entry : RuleList.load("summary-markers.txt")) {
            if (entry.startsWith("label:")) {
                labels.append(labels.isEmpty() ? "" : "|").append(Pattern.quote(entry.substring(6)));
            } else {
                words.add(entry);
            }
        }
        this.summaryWords = Set.copyOf(words);
        this.summaryLabel = Pattern.compile("(?:" + labels + ")\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The page's sections, from its meta tags and the JSON-LD left in its head, and its description. */
    static Lead lead(Document document, String description) {
        Set<String> sections = new HashSet<>();
        for (Element meta : document.select(SECTION_META)) {
            addSection(sections, meta.attr("content"));
        }
        for (Element script : document.select(JSON_LD_SCRIPT)) {
            Matcher m = ARTICLE_SECTION.matcher(script.data());
            while (m.find()) {
                Matcher s = JSON_STRING.matcher(m.group(1));
                while (s.find()) {
                    addSection(sections, s.group(1));
                }
            }
        }
        return new Lead(Set.copyOf(sections), description == null ? "" : HeadlineRepeat.fold(description));
    }

    private static void addSection(Set<String> sections, String name) {
        String folded = HeadlineRepeat.fold(name);
        if (!folded.isEmpty()) {
            sections.add(folded);
        }
    }

    /**
     * @param block      a block of the article
     * @param line       its text, white space collapsed
     * @param beforeBody whether no paragraph of prose comes before it (a kicker is only looked for there)
     */
    boolean isCompanion(Element block, String line, Lead lead, boolean beforeBody) {
        return beforeBody && isKicker(block, line, lead) || isRepeatedSummary(block, line, lead);
    }

    private boolean isKicker(Element block, String line, Lead lead) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_KICKER_CHARS) {
            return false;
        }
        return lead.sections().contains(HeadlineRepeat.fold(text)) || ClassIdWords.hasWord(block, kickerWords);
    }

    private boolean isRepeatedSummary(Element block, String line, Lead lead) {
        if (lead.description().isEmpty()) {
            return false;
        }
        String text = line.strip();
        Matcher label = summaryLabel.matcher(text);
        boolean labelled = label.lookingAt();
        if (!labelled && !ClassIdWords.hasWord(block, summaryWords)) {
            return false;
        }
        String folded = HeadlineRepeat.fold(labelled ? text.substring(label.end()) : text);
        String description = lead.description();
        if (folded.isEmpty()) {
            return false;
        }
        boolean blockShorter = folded.length() <= description.length();
        String shorter = blockShorter ? folded : description;
        String longer = blockShorter ? description : folded;
        return longer.contains(shorter) && shorter.length() >= longer.length() * REPEAT_SHARE;
    }
}
