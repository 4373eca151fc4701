package dev.winnow.metadata;

import dev.winnow.pipeline.RuleList;
import dev.winnow.pipeline.Scripts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article's authors: JSON-LD persons, author meta tags, microdata and RDFa, {@code rel=author}
 * links and byline elements, then a labelled line ("By …", "作者：…") or a label above its value
 * ({@link SplitLabelByline}), last a signature closing the article
 * ({@link ClosingSignature}). Each byline goes through
 * {@link AuthorNames}, so what comes out is names, not "By", dates or handles.
 */
public final class AuthorFinder {

    private static final Evaluator MARKED_AUTHOR = QueryParser.parse("[itemprop~=^(author|creator)$], [property~=(?i)^(dc:creator|dcterms:creator|schema:author|author)$], [rel=author]");
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

    /** Authors and the evidence kind that gave them. */
    public record Authors(List<String> names, String evidence) {
    }

    private static final int MAX_BYLINE_CHARS = 120;
    private static final int NEAR_LINES = 8;
    private static final int DATELINE_LINES = 3;
    private static final int MAX_DATELINE_CHARS = 80;
    private static final Pattern WIRE_NAME_SEPARATOR = Pattern.compile("[\\s、]+");
    private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}{2,4}");
    static final Pattern FULL_NAME = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}$");
    /** Labels of the label/data meta pairs that SEO plugins write for the author. */
    private static final List<String> AUTHOR_LABELS = List.of("written by", "verfasst von", "geschrieben von",
            "escrito por", "écrit par", "scritto da", "author", "autor", "auteur");
    /** An element with "author" in its class that lists many "names" is a tag cloud or an author index. */
    private static final int MAX_BYLINE_NAMES = 4;
    private static final int MAX_META_AUTHORS = 12;
    /** A shorter software name ("ez", "cm") is found inside too many names by chance. */
    private static final int MIN_SOFTWARE_CHARS = 4;
    /** A shorter address label ("ft", "br") is found inside too many names by chance. */
    private static final int MIN_HOST_CHARS = 4;
    /** Evidence that may name only the first of several authors. */
    private static final List<String> STRUCTURED = List.of("json-ld", "meta", "microdata");
    static final Pattern BYLINE_START = Pattern.compile(
            "^(?:by|posted by|written by|von|text von|text|autor|autorin|autoren|author|auteur|par|por|di|door|texto|av|af"
                    + "|gespeichert von|verfasst von|geschrieben von|beitrag von|blog beitrag von|ein artikel von|ein beitrag von)\\s*[:：]?\\s+\\p{Lu}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ADDRESS_CREDIT = Pattern.compile(
            "^(?:(?i:autor|author|auteur|von|by|par|por)\\s*:?\\s+)?((?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{Ll}{2,}"
                    + "(?:\\s+\\p{Lu}\\p{Ll}+)?)$");
    private static final Evaluator TEASER_TITLE = QueryParser.parse("h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]");
    private static final int MIN_TITLE_WORDS = 3;
    private static final int MIN_UNSPACED_TITLE_CHARS = 5;
    /** How far up from a marked author its teaser's block may reach. */
    private static final int TEASER_LEVELS = 4;
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://.*|www\\..*");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern HANDLE_TEXT = Pattern.compile("[\\p{Ll}\\d_.]+");
    private static final List<String> SOCIAL_HOSTS = RuleList.load("social-hosts.txt");
    private static final Pattern SITE_SEGMENTS = Pattern.compile("\\s+[|·»–—-]\\s+");
    private static final Pattern PARTS = Pattern.compile("\\s+[|·•]\\s*|\\s*[|·•]\\s+");
    private static final Pattern BYLINE_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(author|byline|by-line|writer|auteur|autor|reporter)(?:s|en|es)?([\\s_-]|name|$)|authorname|author-name|byline");
    /** Every match of {@code BYLINE_CLASS} holds one of these. */
    private static final List<String> BYLINE_WORDS = List.of("author", "byline", "by-line", "writer", "auteur", "autor", "reporter");
    private static final Pattern NOT_BYLINE_CLASS = Pattern.compile("(?i)avatar|image|img|photo|bio|description|comment|box");
    /** The box about the writer a theme prints under the post, and the heading in it that names the writer. */
    private static final Evaluator AUTHOR_BOX_HEADING = QueryParser.parse(
            "[class~=(?i)(^|\\s)(author[_-]?(bio|box|info)|about[_-]?(the[_-]?)?author)($|[\\s_-])] :is(h2, h3, h4, h5)");
    /** The writer's job printed inside the byline, apart from the name ("Games Editor", "Senior Reporter"). */
    private static final Evaluator JOB_TITLE = QueryParser.parse(
            "[itemprop=jobTitle], [class~=(?i)(author|byline|writer)[_-]+(title|role|job|jobtitle|position)($|[\\s_-])]");

    private final AuthorNames names;
    /** A Chinese wire dateline's reporters in brackets after "电" (filed), behind a role word: group 1. */
    private final Pattern wireDateline;
    /** An opening "[paper] name 기자 address" line; the name is group 1, with its role for the name rules to cut. */
    private final Pattern koreanByline;
    private final AsideZones asides;
    private final DateParser dates;
    private final ClosingSignature signature;
    private final SplitLabelByline splitLabel;
    private final CopyrightHolder copyright;
    private final PostAuthorComment postAuthor;
    /**
     * The page walks of the page being read on this thread: the chain (run twice when only the house is named),
     * the house check and the co-author check ask for the same microdata and byline elements again.
     */
    private final ThreadLocal<PageWalks> walks = new ThreadLocal<>();

    public AuthorFinder(AuthorNames names, AsideZones asides, DateParser dates) {
        this.names = names;
        this.wireDateline = Pattern.compile("电\\s*[（(]\\s*(?:" + names.roles(Character.UnicodeScript.HAN)
                + ")\\s*([^）)]{2,30})[）)]");
        this.koreanByline = Pattern.compile("^\\s*(?:[\\[【(]\\s*[^\\]】)]{1,20}[\\]】)]\\s*)?(\\p{IsHangul}{2,4}\\s*(?:"
                + names.roles(Character.UnicodeScript.HANGUL) + "))\\s*[=]?\\s*\\S+@\\S+\\s*$");
        this.asides = asides;
        this.dates = dates;
        this.signature = new ClosingSignature(names, asides, dates);
        this.splitLabel = new SplitLabelByline(new MetadataLabels(), names, asides);
        this.copyright = new CopyrightHolder(names);
        this.postAuthor = new PostAuthorComment(names);
    }

    /**
     * The authors from the strongest evidence that names a person. A name that is the site's or the
     * publisher's own ({@code organisations}) is a house byline and does not count, so the chain goes on.
     */
    public Authors find(Document doc, MetaTags.Read meta, JsonLd ld, LabelledLineReader.Fields labelled,
                        Element headline, VisibleLines lines, int titleLine, List<String> organisations, String host) {
        walks.set(new PageWalks(doc, headline));
        try {
            return authors(doc, meta, ld, labelled, headline, lines, titleLine, organisations, host);
        } finally {
            // Not kept past the page: a failed page must not leave its tree held by the thread.
            walks.remove();
        }
    }

    private Authors authors(Document doc, MetaTags.Read meta, JsonLd ld, LabelledLineReader.Fields labelled,
                            Element headline, VisibleLines lines, int titleLine, List<String> organisations, String host) {
        HouseNames orgs = new HouseNames(houseNames(organisations), true);
        Authors people = chain(doc, meta, ld, labelled, headline, lines, titleLine, orgs);
        // A site that names only itself as the author has no other byline: then the house name is the author.
        // When no house name was dropped, a second pass would find nothing more.
        if (people.names().isEmpty() && orgs.dropped) {
            Authors house = chain(doc, meta, ld, labelled, headline, lines, titleLine, new HouseNames(List.of(), false));
            List<String> person = bylineAnywhere(lines, headline, null);
            people = person.isEmpty() ? house : new Authors(person, "visible-text");
        }
        if (people.names().isEmpty()) {
            people = fallback(doc, lines, headline, orgs);
        }
        people = printedForSlug(people, lines);
        people = personOverSite(people, doc, labelled, headline, lines, titleLine, host);
        people = coAuthors(people, doc, meta, headline, orgs);
        return people.names().size() == 1 ? fullName(people, lines, titleLine, headline) : people;
    }

    /** A login in the author tag ("jane.doe") gives way to the full name the page prints for it. */
    private static Authors printedForSlug(Authors people, VisibleLines lines) {
        if (people.names().size() != 1 || !STRUCTURED.contains(people.evidence()) || !AccountSlug.isSlug(people.names().get(0))) {
            return people;
        }
        return AccountSlug.printedName(people.names().get(0), lines)
                .map(n -> new Authors(List.of(n), people.evidence())).orElse(people);
    }

    /**
     * The folded site and publisher names, each with the segments of one that holds several ("Achtsam durch
     * die Krise | Die Furche" names the house "Die Furche" too).
     */
    private static List<String> houseNames(List<String> organisations) {
        List<String> out = new ArrayList<>();
        for (String o : organisations) {
            if (o == null) {
                continue;
            }
            out.add(Titles.fold(o));
            for (String segment : SITE_SEGMENTS.split(o)) {
                String f = Titles.fold(segment);
                if (!f.isEmpty() && !out.contains(f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /**
     * A page that credits no one by its headline or at the end of its text may still print a byline elsewhere
     * ("Text: Klausmartin Friedrich" above the photo credits); failing that, a copyright line naming a person
     * signs it; last, the name on a reply the comment thread marks as the post author's.
     */
    private Authors fallback(Document doc, VisibleLines lines, Element headline, HouseNames orgs) {
        List<String> printed = orgs.people(bylineAnywhere(lines, headline, null));
        if (!printed.isEmpty()) {
            return new Authors(printed, "visible-text");
        }
        List<String> boxed = orgs.people(authorBox(doc, headline));
        if (!boxed.isEmpty()) {
            return new Authors(boxed, "author-box");
        }
        List<String> holder = orgs.people(copyright.names(lines));
        if (!holder.isEmpty()) {
            return new Authors(holder, "copyright");
        }
        List<String> replier = orgs.people(postAuthor.names(doc));
        return replier.isEmpty() ? new Authors(List.of(), null) : new Authors(replier, "comments");
    }

    /**
     * The full name heading the box about the writer under the post ("<div class=author-bio><h3>Jane Doe</h3>"):
     * asked only when no byline names anyone, and never in a sidebar, where such a box introduces the blog's owner.
     */
    private List<String> authorBox(Document doc, Element headline) {
        for (Element heading : doc.select(AUTHOR_BOX_HEADING)) {
            String text = heading.text().strip();
            if (FULL_NAME.matcher(text).matches() && !asides.isAside(heading, headline)) {
                List<String> n = names.names(text);
                return n.size() == 1 ? n : List.of();
            }
        }
        return List.of();
    }

    /**
     * An author tag that spells the site's address ("The Daily Lantern" at dailylantern.example, "Nordic
     * Radio" at nr.example) or carries a tagline credits the house; a byline printed on the page that names a
     * person ("Von Claudia Lindner", "Auteur : Kossivi Tiassou") is the article's own credit and beats it.
     */
    private Authors personOverSite(Authors people, Document doc, LabelledLineReader.Fields labelled, Element headline,
                                   VisibleLines lines, int titleLine, String host) {
        if (people.names().size() != 1 || !STRUCTURED.contains(people.evidence())) {
            return people;
        }
        String given = people.names().get(0);
        // A name with a spaced dash or bar is a title with its tagline ("Lantern – Das Magazin für Gärten"),
        // which a person's name never has.
        if (!(host != null && spellsHost(given, host)) && !SITE_SEGMENTS.matcher(given).find()) {
            return people;
        }
        List<List<String>> printed = List.of(microdata(doc, headline), bylineElements(doc, headline), labelled.authors(),
                bylineLine(lines, titleLine, headline), bylineAnywhere(lines, headline, host));
        List<String> kinds = List.of("microdata", "byline-element", "visible-label", "visible-text", "visible-text");
        for (int i = 0; i < printed.size(); i++) {
            List<String> found = printed.get(i);
            if (!found.isEmpty() && found.size() <= MAX_BYLINE_NAMES && found.stream().allMatch(
                    n -> FULL_NAME.matcher(n).matches() && !names.isOrganisation(n) && (host == null || !spellsHost(n, host)))) {
                return new Authors(found, kinds.get(i));
            }
        }
        return people;
    }

    /**
     * The first line of the page, outside sidebars and comments, that opens with a byline word and names only
     * persons ("Von Leonora Holling", "Auteur : Kossivi Tiassou"): asked only once the page's credits have named
     * the house, so a byline set far from the headline still beats it.
     */
    private List<String> bylineAnywhere(VisibleLines lines, Element headline, String host) {
        for (VisibleLines.Line line : lines.lines()) {
            if (line.text().length() > MAX_BYLINE_CHARS) {
                continue;
            }
            for (String part : PARTS.split(line.text())) {
                if (!BYLINE_START.matcher(part.strip()).find()) {
                    continue;
                }
                List<String> n = names.names(part);
                // The sidebar test walks the line's ancestors: asked last, of the few lines that name someone.
                if (!n.isEmpty() && n.size() <= MAX_BYLINE_NAMES && n.stream().allMatch(x -> FULL_NAME.matcher(x).matches()
                        && !names.isOrganisation(x) && (host == null || !spellsHost(x, host)))
                        && !asides.isAside(line.block(), headline)) {
                    return n;
                }
            }
        }
        return List.of();
    }

    /** Whether a name holds the site's address label, or is spelt by its initials ("Deutsche Welle", "dw"). */
    private static boolean spellsHost(String name, String host) {
        String f = Titles.fold(name);
        String h = Titles.fold(host);
        if (h.length() >= MIN_HOST_CHARS && f.contains(h)) {
            return true;
        }
        StringBuilder initials = new StringBuilder();
        String[] words = WHITESPACE.split(name.strip());
        for (String w : words) {
            String fw = Titles.fold(w);
            if (!fw.isEmpty()) {
                initials.appendCodePoint(fw.codePointAt(0));
            }
        }
        return words.length >= 2 && initials.toString().equals(h);
    }

    /**
     * Structured data often names only the first of several authors, while the author tag or the printed
     * byline lists them all ("von Rudolf Fischer, Simon Kohler"): a list that holds every name found and more
     * is the fuller credit.
     */
    private Authors coAuthors(Authors people, Document doc, MetaTags.Read meta, Element headline, HouseNames orgs) {
        if (people.names().isEmpty() || !STRUCTURED.contains(people.evidence())) {
            return people;
        }
        List<String> found = people.names().stream().map(Titles::fold).toList();
        // The byline elements are a walk over the whole page: read only when the meta tags did not settle it.
        List<Supplier<List<String>>> fuller = List.of(() -> orgs.people(clean(metaAuthors(meta))),
                () -> orgs.people(bylineElements(doc, headline)));
        List<String> kinds = List.of("meta", "byline-element");
        for (int i = 0; i < fuller.size(); i++) {
            List<String> other = fuller.get(i).get();
            List<String> folded = other.stream().map(Titles::fold).toList();
            // The names added must be full names: a byline's other parts ("Online-Redaktion", "Montréal", "UTC")
            // are no co-authors.
            boolean fullNames = other.stream().filter(n -> !found.contains(Titles.fold(n)))
                    .allMatch(FULL_NAME.asPredicate());
            if (other.size() > found.size() && other.size() <= MAX_BYLINE_NAMES && folded.containsAll(found) && fullNames) {
                return new Authors(other, kinds.get(i));
            }
        }
        return people;
    }

    /**
     * A CMS often gives only the author's first name (the account's display name) where the page prints the
     * full one as a line of its own or at the end of a byline ("Eine Kolumne von Nils Pickert"): the printed
     * name nearest the headline, outside comments and sidebars, is the author's.
     */
    private Authors fullName(Authors people, VisibleLines lines, int titleLine, Element headline) {
        String given = people.names().get(0);
        if (!CAPITALISED_WORD.matcher(given).matches()) {
            return people;
        }
        Pattern full = Pattern.compile("(?:^|(?<![\\p{L}])(?:by|von|par|por|di|door|av|af)\\s+)" + Pattern.quote(given)
                + "\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // An author box's bio opens with the full name and a dash ("Stefanus Stahl - engineer, adventurer, …").
        Pattern bio = Pattern.compile("^" + Pattern.quote(given) + "\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s+[-–—|]\\s",
                Pattern.UNICODE_CASE);
        for (VisibleLines.Line line : lines.byDistanceFrom(titleLine)) {
            String text = line.text().strip();
            if (line.index() == titleLine) {
                continue;
            }
            Matcher m = text.length() <= MAX_BYLINE_CHARS ? full.matcher(text) : null;
            if (m == null || !m.find()) {
                m = bio.matcher(text);
                if (!m.find()) {
                    continue;
                }
            }
            if (Character.isUpperCase(m.group(1).codePointAt(0)) && !asides.isAside(line.block(), headline)) {
                return new Authors(List.of(given + " " + m.group(1)), people.evidence());
            }
        }
        return people;
    }

    /**
     * The site's and publisher's own names, and whether a byline was dropped for naming one. A name that holds
     * the site's name ("OÖ Volksblatt" on the site "Volksblatt") or is a company or a body ("… GmbH", "… e.V.")
     * counts as one too.
     */
    private final class HouseNames {
        private static final int MIN_CONTAINED_CHARS = 5;
        private final List<String> folded;
        private final boolean strict;
        private boolean dropped;

        HouseNames(List<String> folded, boolean strict) {
            this.folded = folded;
            this.strict = strict;
        }

        List<String> people(List<String> names) {
            // A company's byline split at its commas ("Verlag GmbH, Nürnberg, Germany") names no one in any part.
            if (strict && names.stream().anyMatch(AuthorFinder.this.names::isOrganisation)) {
                dropped |= !names.isEmpty();
                return List.of();
            }
            List<String> kept = names.stream().filter(n -> !isHouse(n, names.size() == 1)).toList();
            dropped |= kept.size() < names.size();
            return kept;
        }

        /**
         * The tag values that are not the house's name as a whole: "Jobs &amp; Hire" split at its "&amp;" would
         * no longer match it.
         */
        List<String> notHouse(List<String> values) {
            List<String> kept = values.stream().filter(v -> !folded.contains(Titles.fold(v))).toList();
            dropped |= kept.size() < values.size();
            return kept;
        }

        /** A name among several that merely holds the site's name ("Daniel Hentschel ebrosia") is a person's. */
        private boolean isHouse(String name, boolean alone) {
            String f = Titles.fold(name);
            if (folded.contains(f)) {
                return true;
            }
            return strict && alone && folded.stream().anyMatch(h -> h.length() >= MIN_CONTAINED_CHARS && f.contains(h));
        }
    }

    private Authors chain(Document doc, MetaTags.Read meta, JsonLd ld, LabelledLineReader.Fields labelled,
                         Element headline, VisibleLines lines, int titleLine, HouseNames orgs) {
        List<String> found = orgs.people(clean(orgs.notHouse(ld.authors())));
        if (!found.isEmpty()) {
            return new Authors(found, "json-ld");
        }
        List<String> metaValues = metaAuthors(meta);
        // A paper's citation_author list of dozens of names credits the work it cites or reprints; the page's
        // own author is told elsewhere.
        found = metaValues.size() > MAX_META_AUTHORS ? List.of() : orgs.people(clean(orgs.notHouse(metaValues)));
        if (!found.isEmpty()) {
            return new Authors(found, "meta");
        }
        found = orgs.people(clean(meta.labelled(AUTHOR_LABELS).map(List::of).orElse(List.of())));
        if (!found.isEmpty()) {
            return new Authors(found, "meta");
        }
        found = orgs.people(microdata(doc, headline));
        if (!found.isEmpty()) {
            return new Authors(found, "microdata");
        }
        found = orgs.people(bylineElements(doc, headline));
        if (!found.isEmpty()) {
            return new Authors(found, "byline-element");
        }
        found = orgs.people(labelled.authors());
        if (!found.isEmpty()) {
            return new Authors(found, "visible-label");
        }
        found = orgs.people(bylineLine(lines, titleLine, headline));
        if (!found.isEmpty()) {
            return new Authors(found, "visible-text");
        }
        found = orgs.people(splitLabel.names(lines, headline));
        if (!found.isEmpty()) {
            return new Authors(found, "visible-label");
        }
        found = orgs.people(signature.names(lines, titleLine, headline));
        if (!found.isEmpty()) {
            return new Authors(found, "signature");
        }
        return new Authors(List.of(), null);
    }

    /** The values of the strongest author tag the page has, web addresses left out. */
    private static List<String> metaAuthors(MetaTags.Read meta) {
        List<String> metaValues = new ArrayList<>();
        String metaName = null;
        String software = meta.first("generator").map(v -> softwareName(v.content())).orElse(null);
        for (MetaTags.Value v : meta.all("author")) {
            if (WEB_ADDRESS.matcher(v.content()).matches()
                    || software != null && v.content().toLowerCase(Locale.ROOT).contains(software)) {
                continue;
            }
            if (metaName == null || metaName.equals(v.name())) {
                metaName = v.name();
                metaValues.add(v.content());
            }
        }
        return metaValues;
    }

    /**
     * The software's name in a generator tag ("Discuz! X3.4" gives "discuz"), lower case, or null when too short
     * to tell: a forum or CMS template's author tag ("Discuz! Team and Comsenz UI Team") credits the makers of
     * the software named there, not the article's writer.
     */
    private static String softwareName(String generator) {
        String first = WHITESPACE.split(generator.strip(), 2)[0];
        String name = NOT_LETTER_OR_DIGIT.matcher(first).replaceAll("").toLowerCase(Locale.ROOT);
        return name.length() >= MIN_SOFTWARE_CHARS ? name : null;
    }

    /**
     * A short line by the headline, or closing the article, that opens with a byline word ("von Daniela
     * Obers", "Text: Klausmartin Friedrich", "Par Didier Roy").
     */
    private List<String> bylineLine(VisibleLines lines, int titleLine, Element headline) {
        if (titleLine < 0) {
            return List.of();
        }
        for (VisibleLines.Line line : lines.lines()) {
            int d = LabelledLineReader.distance(line.index(), titleLine);
            if (d > NEAR_LINES || line.text().length() > MAX_BYLINE_CHARS || asides.isAside(line.block(), headline)) {
                continue;
            }
            // The byline may share its line with other facts, set apart by bars ("Lifestyle | By Cara Stiles | …").
            for (String part : PARTS.split(line.text())) {
                if (BYLINE_START.matcher(part.strip()).find()) {
                    List<String> n = names.names(part);
                    if (!n.isEmpty()) {
                        return n;
                    }
                }
            }
            // "[한결일보] 김민수기자 kim@example.kr": a Korean story opens with its paper, its reporter and his address.
            if (d <= NEAR_LINES && line.text().indexOf('@') > 0 && line.text().length() <= MAX_DATELINE_CHARS) {
                Matcher m = koreanByline.matcher(line.text());
                if (m.matches()) {
                    List<String> n = names.names(m.group(1));
                    if (!n.isEmpty()) {
                        return n;
                    }
                }
            }
            // "新华社北京9月27日电（记者张伟 李娜）": a Chinese wire story's dateline names its reporters in brackets.
            if (d <= NEAR_LINES && line.text().indexOf("电") >= 0) {
                List<String> n = wireReporters(line.text());
                if (!n.isEmpty()) {
                    return n;
                }
            }
            // "11.12.2019 - Amelie Loevenich", "Georg Quaas, 21. Jan. 2015": a dateline right by the headline
            // that names someone, when what is left beside the date has the shape of a full name.
            if (d <= DATELINE_LINES && line.text().length() <= MAX_DATELINE_CHARS && dates.containsDate(line.text())) {
                List<String> n = names.names(line.text());
                if (!n.isEmpty() && n.size() <= 2 && n.stream().allMatch(FULL_NAME.asPredicate())) {
                    return n;
                }
            }
        }
        return List.of();
    }

    /**
     * The reporters a Chinese wire dateline names in brackets after "电" (filed): "（记者张伟 李娜）", "(记者 王五)".
     * Names of two to four characters are set apart by spaces or "、"; a bracket holding anything else is left
     * to the name rules whole.
     */
    private List<String> wireReporters(String text) {
        Matcher m = wireDateline.matcher(text.length() > MAX_DATELINE_CHARS ? text.substring(0, MAX_DATELINE_CHARS) : text);
        if (!m.find()) {
            return List.of();
        }
        String inside = m.group(1).strip();
        List<String> out = new ArrayList<>();
        for (String part : WIRE_NAME_SEPARATOR.split(inside)) {
            if (!HAN_NAME.matcher(part).matches()) {
                return names.names(inside);
            }
            out.add(part);
        }
        return out;
    }

    private List<String> clean(List<String> bylines) {
        List<String> out = new ArrayList<>();
        for (String b : bylines) {
            for (String n : names.names(b)) {
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private List<String> microdata(Document doc, Element headline) {
        return walksOf(doc, headline).microdata();
    }

    /** The memo of the page being read, or a fresh one when asked about another tree or headline. */
    private PageWalks walksOf(Document doc, Element headline) {
        PageWalks page = walks.get();
        return page != null && page.doc == doc && page.headline == headline ? page : new PageWalks(doc, headline);
    }

    private List<String> walkMicrodata(Document doc, Element headline) {
        List<String> items = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (Element e : PageElements.of(doc).marked(MARKED_AUTHOR)) {
            if (asides.isAside(e, headline) || e.normalName().equals("meta") || e.normalName().equals("link")
                    || inTeaser(e, headline)) {
                continue;
            }
            Element name = e.selectFirst(ITEMPROP_NAME);
            String text = name != null ? name.text() : e.hasAttr("content") ? e.attr("content") : e.text();
            if (!text.isBlank() && text.length() <= MAX_BYLINE_CHARS && !namesItsOwnSite(e, text)) {
                (e.hasAttr("itemprop") || e.hasAttr("property") ? items : links).add(text);
            }
        }
        // The item's own author property speaks of this article; a bare rel=author link is also how lists
        // of other stories credit their writers, so such links count only when no property names anyone.
        List<String> found = clean(items);
        if (found.isEmpty()) {
            found = clean(links);
        }
        // Many marked authors are the reviews' or the comments' writers, not the article's.
        return found.size() > MAX_BYLINE_NAMES ? List.of() : found;
    }

    /**
     * A byline's text without the author's handles: a link to a social network whose text is one lower-case
     * word ("Matthias" then "mattwrites" linked to the network) names the account, not the person. Nor is the
     * job title a theme prints in its own element under the name part of the name.
     */
    private static String withoutHandles(Element byline) {
        String text = byline.text();
        for (Element job : byline.select(JOB_TITLE)) {
            if (job != byline && !job.text().isBlank()) {
                text = text.replace(job.text(), " ");
            }
        }
        for (Element a : byline.select(LINK)) {
            String t = a.text().strip();
            if (HANDLE_TEXT.matcher(t).matches() && isSocial(a.attr("href"))) {
                text = text.replaceFirst("(?<![\\p{L}\\d_.-])" + Pattern.quote(t) + "(?![\\p{L}\\d_])", " ");
            }
        }
        return text.strip();
    }

    private static boolean isSocial(String href) {
        String host = HostName.host(href);
        if (host == null) {
            return false;
        }
        for (String s : SOCIAL_HOSTS) {
            if (host.equals(s) || host.endsWith("." + s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a marked author sits in a teaser of another article: a small block, apart from the headline,
     * whose heading links elsewhere ("More to read": a linked title, then "By Jane Doe").
     */
    private static boolean inTeaser(Element author, Element headline) {
        String own = author.text();
        Element block = author.parent();
        for (int up = 0; block != null && up < TEASER_LEVELS; up++, block = block.parent()) {
            if (headline != null && (block == headline || AsideZones.isAncestor(block, headline))) {
                return false;
            }
            for (Element link : block.select(TEASER_TITLE)) {
                if (isStoryTitle(link.text()) && !own.contains(link.text().strip()) && !link.text().contains(own.strip())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A link to a social network whose text is the network's name ("Google +" to the author's profile there)
     * names no person. A personal site named after its owner is no network, so its link text stays a name.
     */
    private static boolean namesItsOwnSite(Element e, String text) {
        String href = e.attr("abs:href");
        String host = HostName.host(href);
        String letters = NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        return host != null && letters.length() >= MIN_HOST_CHARS && host.contains(letters) && isSocial(href);
    }

    /**
     * A linked heading of one or two words ("Tech Industry") is the section the author writes for; another
     * story's title is a phrase. Scripts written without spaces count characters instead.
     */
    private static boolean isStoryTitle(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (t.codePoints().anyMatch(Scripts::isUnspaced)) {
            return t.codePointCount(0, t.length()) >= MIN_UNSPACED_TITLE_CHARS;
        }
        return WHITESPACE.split(t).length >= MIN_TITLE_WORDS;
    }

    /** A quick test before the pattern, which would otherwise run on every class of the page. */
    private static boolean mayNameByline(String classes) {
        String lower = classes.toLowerCase(Locale.ROOT);
        for (String word : BYLINE_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private List<String> bylineElements(Document doc, Element headline) {
        return walksOf(doc, headline).bylineElements();
    }

    /** What {@link #microdata} and {@link #bylineElements} find on one page, each walked for once. */
    private final class PageWalks {
        final Document doc;
        final Element headline;
        private List<String> microdata;
        private List<String> bylineElements;

        PageWalks(Document doc, Element headline) {
            this.doc = doc;
            this.headline = headline;
        }

        List<String> microdata() {
            if (microdata == null) {
                microdata = walkMicrodata(doc, headline);
            }
            return microdata;
        }

        List<String> bylineElements() {
            if (bylineElements == null) {
                bylineElements = walkBylineElements(doc, headline);
            }
            return bylineElements;
        }
    }

    private List<String> walkBylineElements(Document doc, Element headline) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        for (Element e : body.getAllElements()) {
            if (!e.hasAttr("class") && !e.hasAttr("id") && !e.hasAttr("data-testid")) {
                continue;
            }
            String classes = e.className() + " " + e.id() + " " + e.attr("data-testid");
            if (!mayNameByline(classes) || !BYLINE_CLASS.matcher(classes).find() || NOT_BYLINE_CLASS.matcher(classes).find()) {
                continue;
            }
            String text = withoutHandles(e);
            if (text.isBlank() || text.length() > MAX_BYLINE_CHARS || asides.isAside(e, headline)) {
                continue;
            }
            List<String> n = names.names(text);
            if (!n.isEmpty() && n.size() <= MAX_BYLINE_NAMES) {
                return n;
            }
            // A byline that credits a web address ("uncut-news.example", "Autor: www.example.com") names the
            // house that wrote it; it counts as the house's names do, when no person is named.
            Matcher address = ADDRESS_CREDIT.matcher(text);
            if (address.matches()) {
                return List.of(address.group(1));
            }
        }
        return List.of();
    }
}
