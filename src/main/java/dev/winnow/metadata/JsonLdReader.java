package dev.winnow.metadata;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.commons.text.StringEscapeUtils;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads schema.org JSON-LD blocks: {@code @graph}, top-level arrays, several objects in one block, nested
 * {@code mainEntity}. Pages ship broken JSON often enough (comments, trailing commas, raw new lines in
 * strings, a stray semicolon or HTML comment around the block), so the parser is lenient and a block that
 * still fails is skipped, never the page.
 */
public final class JsonLdReader {

    private static final Evaluator JSON_LD_SCRIPT = QueryParser.parse("script[type~=(?i)application/ld\\+json]");

    /** schema.org types whose instances are the article itself. */
    private static final Pattern WEBSITE_TYPE = Pattern.compile("(?i)website");
    private static final Pattern BREADCRUMB_TYPE = Pattern.compile("(?i)breadcrumblist");
    private static final Pattern ORGANIZATION_TYPE = Pattern.compile("(?i)organization|newsmediaorganization");
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(?i).*(article|posting|report|blogposting|newsarticle)$");

    private final ObjectReader reader = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_MISSING_VALUES)
            .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build()
            .readerFor(JsonNode.class)
            .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public JsonLd read(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : PageElements.of(doc).scripts(JSON_LD_SCRIPT)) {
            for (JsonNode root : parse(script.data())) {
                collect(root, objects, 0);
            }
        }
        if (objects.isEmpty()) {
            return JsonLd.NONE;
        }
        JsonNode article = objects.stream().filter(o -> hasType(o, ARTICLE_TYPE)).findFirst()
                .orElseGet(() -> objects.stream().filter(o -> o.has("datePublished") || o.has("headline"))
                        .findFirst().orElse(null));
        JsonNode website = objects.stream().filter(o -> hasType(o, WEBSITE_TYPE)).findFirst()
                .orElse(null);
        String published = text(article, "datePublished");
        if (published == null) {
            published = text(article, "dateCreated");
        }
        String anyPublished = objects.stream().map(o -> text(o, "datePublished")).filter(s -> s != null).findFirst()
                .orElse(null);
        String modified = text(article, "dateModified");
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        for (JsonNode o : objects) {
            if (o.hasNonNull("@id")) {
                byId.putIfAbsent(o.get("@id").asText(), o);
            }
        }
        return new JsonLd(
                headline(firstNonNull(text(article, "headline"), text(article, "name"))),
                published,
                anyPublished,
                modified,
                article == null ? List.of() : names(article.get("author"), byId),
                article == null ? null : firstName(article.get("publisher")),
                website == null ? null : text(website, "name"),
                breadcrumbs(objects),
                article == null ? null : url(article.get("image")),
                article == null ? List.of() : keywords(article.get("keywords")),
                text(article, "description"),
                article == null ? null : languageOf(article.get("inLanguage")),
                article == null ? null : url(article.get("url")));
    }

    private List<JsonNode> parse(String raw) {
        String json = raw.strip();
        if (json.startsWith("<!--")) {
            json = json.substring(4);
        }
        if (json.endsWith("-->")) {
            json = json.substring(0, json.length() - 3);
        }
        json = json.replace("<![CDATA[", "").replace("]]>", "").strip();
        while (json.endsWith(";")) {
            json = json.substring(0, json.length() - 1).strip();
        }
        List<JsonNode> roots = new ArrayList<>();
        try (MappingIterator<JsonNode> it = reader.readValues(json)) {
            while (it.hasNextValue()) {
                roots.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            // A broken block still gives the objects read before the break.
            return roots;
        }
        return roots;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 8) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@type")) {
            out.add(node);
        }
        collect(node.get("@graph"), out, depth + 1);
        collect(node.get("mainEntity"), out, depth + 1);
        collect(node.get("mainEntityOfPage"), out, depth + 1);
        collect(node.get("hasPart"), out, depth + 1);
    }

    private static boolean hasType(JsonNode node, Pattern type) {
        JsonNode t = node.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (type.matcher(each.asText()).matches()) {
                    return true;
                }
            }
            return false;
        }
        return type.matcher(t.asText()).matches();
    }

    private static List<String> breadcrumbs(List<JsonNode> objects) {
        for (JsonNode list : objects) {
            if (!hasType(list, BREADCRUMB_TYPE) || !list.has("itemListElement")) {
                continue;
            }
            List<JsonNode> items = new ArrayList<>();
            list.get("itemListElement").forEach(items::add);
            if (!list.get("itemListElement").isArray()) {
                items = List.of(list.get("itemListElement"));
            }
            items = new ArrayList<>(items);
            items.sort(Comparator.comparingInt(i -> i.path("position").asInt(0)));
            List<String> crumbs = new ArrayList<>();
            for (JsonNode item : items) {
                String name = firstNonNull(text(item, "name"), text(item.get("item"), "name"));
                if (name != null) {
                    crumbs.add(name);
                }
            }
            if (!crumbs.isEmpty()) {
                return crumbs;
            }
        }
        return List.of();
    }

    /** Author names; an author given only as an {@code @id} reference is looked up in the page's graph. */
    private static List<String> names(JsonNode node, java.util.Map<String, JsonNode> byId) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isObject() && !node.has("name") && node.hasNonNull("@id") && byId.containsKey(node.get("@id").asText())) {
            node = byId.get(node.get("@id").asText());
        }
        if (node.isArray()) {
            node.forEach(n -> out.addAll(names(n, byId)));
        } else if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isObject()) {
            String name = text(node, "name");
            if (name == null && node.has("givenName")) {
                name = (node.path("givenName").asText() + " " + node.path("familyName").asText()).strip();
            }
            if (name != null && !hasType(node, ORGANIZATION_TYPE)) {
                out.add(name);
            }
        }
        return out;
    }

    private static String firstName(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : firstName(node.get(0));
        }
        return node.isTextual() ? node.asText() : text(node, "name");
    }

    private static String url(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : url(node.get(0));
        }
        if (node.isTextual()) {
            return node.asText().isBlank() ? null : node.asText().strip();
        }
        return firstNonNull(text(node, "url"), text(node, "@id"));
    }

    private static List<String> keywords(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.addAll(keywords(n)));
        } else if (node.isTextual()) {
            for (String k : node.asText().split(",")) {
                if (!k.isBlank()) {
                    out.add(k.strip());
                }
            }
        }
        return out;
    }

    private static String languageOf(JsonNode node) {
        if (node == null) {
            return null;
        }
        String lang = node.isTextual() ? node.asText() : text(node, "alternateName");
        return lang == null ? null : lang.toLowerCase(Locale.ROOT).equals("und") ? null : lang;
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v.isArray()) {
            v = v.isEmpty() ? null : v.get(0);
        }
        if (v == null || !v.isValueNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** CMSs write the headline into JSON-LD with the HTML entities of the page title still in ("Bread &amp; Butter"). */
    private static String headline(String text) {
        return text == null ? null : StringEscapeUtils.unescapeHtml4(text);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
