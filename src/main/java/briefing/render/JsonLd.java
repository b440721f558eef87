package briefing.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import freemarker.core.TemplateHTMLOutputModel;

import java.util.List;

/**
 * Structured data (schema.org JSON-LD) for a page's {@code <script type="application/ld+json">}. Built as JSON with
 * Jackson, never by pasting strings into a template, and made safe to embed in HTML: {@code <}, {@code >} and
 * {@code &} are written as {@code \u003c}, {@code \u003e} and {@code \u0026}, so no editor text ({@code </script>},
 * {@code <!--}) can end the script element. They can only occur inside JSON strings, where the escapes mean the same
 * characters, so a JSON parser reads back exactly the original text.
 */
final class JsonLd {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLd() {
    }

    /** A person or organisation by name. */
    record Party(String type, String name, String url) {
    }

    record Article(String url, String headline, String description, String datePublished, String dateModified,
                   List<String> authors, List<String> keywords, String language, String image, Party publisher) {
    }

    record Question(String question, String answer) {
    }

    record Crumb(String name, String url) {
    }

    static ObjectNode newsArticle(Article a) {
        ObjectNode node = typed("NewsArticle");
        node.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", a.url());
        node.put("url", a.url());
        node.put("headline", a.headline());
        putIfPresent(node, "description", a.description());
        node.put("datePublished", a.datePublished());
        node.put("dateModified", a.dateModified());
        if (!a.authors().isEmpty()) {
            ArrayNode authors = node.putArray("author");
            a.authors().forEach(name -> authors.add(party(new Party("Person", name, null))));
        }
        node.set("publisher", party(a.publisher()));
        if (a.image() != null) {
            node.putArray("image").add(a.image());
        }
        if (!a.keywords().isEmpty()) {
            ArrayNode keywords = node.putArray("keywords");
            a.keywords().forEach(keywords::add);
        }
        putIfPresent(node, "inLanguage", a.language());
        return node;
    }

    static ObjectNode faqPage(String url, List<Question> questions) {
        ObjectNode node = typed("FAQPage");
        node.put("url", url);
        ArrayNode entities = node.putArray("mainEntity");
        for (Question q : questions) {
            ObjectNode question = entities.addObject().put("@type", "Question").put("name", q.question());
            question.putObject("acceptedAnswer").put("@type", "Answer").put("text", q.answer());
        }
        return node;
    }

    static ObjectNode breadcrumbs(List<Crumb> crumbs) {
        ObjectNode node = typed("BreadcrumbList");
        ArrayNode items = node.putArray("itemListElement");
        int position = 1;
        for (Crumb c : crumbs) {
            items.addObject().put("@type", "ListItem").put("position", position++).put("name", c.name())
                    .put("item", c.url());
        }
        return node;
    }

    /** A download of a dataset: its absolute URL and media type. */
    record Download(String url, String encodingFormat) {
    }

    static ObjectNode dataset(String url, String name, String description, String language, Party publisher,
                              List<Download> downloads) {
        ObjectNode node = typed("Dataset");
        node.put("name", name);
        putIfPresent(node, "description", description);
        node.put("url", url);
        putIfPresent(node, "inLanguage", language);
        node.set("creator", party(publisher));
        ArrayNode distribution = node.putArray("distribution");
        for (Download d : downloads) {
            distribution.addObject().put("@type", "DataDownload").put("contentUrl", d.url())
                    .put("encodingFormat", d.encodingFormat());
        }
        return node;
    }

    /** A measured variable of a dataset: a column, with its unit (a currency code) when it has one. */
    record Variable(String name, String description, String unitText) {
    }

    /**
     * A dataset resource shown on a page.
     *
     * @param creators who made the data; the publisher when the data package names nobody
     * @param license  the license's URL or, without one, its name; null when the package has none
     */
    record DatasetTable(String url, String name, String description, String language, List<Party> creators,
                        String license, List<Download> downloads, List<Variable> variables) {
    }

    static ObjectNode dataset(DatasetTable d) {
        ObjectNode node = typed("Dataset");
        node.put("name", d.name());
        putIfPresent(node, "description", d.description());
        node.put("url", d.url());
        putIfPresent(node, "inLanguage", d.language());
        ArrayNode creators = node.putArray("creator");
        d.creators().forEach(c -> creators.add(party(c)));
        putIfPresent(node, "license", d.license());
        ArrayNode distribution = node.putArray("distribution");
        for (Download download : d.downloads()) {
            distribution.addObject().put("@type", "DataDownload").put("contentUrl", download.url())
                    .put("encodingFormat", download.encodingFormat());
        }
        ArrayNode variables = node.putArray("variableMeasured");
        for (Variable v : d.variables()) {
            ObjectNode variable = variables.addObject().put("@type", "PropertyValue").put("name", v.name());
            putIfPresent(variable, "description", v.description());
            putIfPresent(variable, "unitText", v.unitText());
        }
        return node;
    }

    /** A company's page: the page is about the organisation; its own site, if known, is {@code sameAs}. */
    static ObjectNode organization(String url, String name, List<String> alternateNames, String description,
                                   String sameAs) {
        ObjectNode node = typed("Organization");
        node.put("name", name);
        node.put("url", url);
        putIfPresent(node, "description", description);
        if (!alternateNames.isEmpty()) {
            ArrayNode names = node.putArray("alternateName");
            alternateNames.forEach(names::add);
        }
        putIfPresent(node, "sameAs", sameAs);
        return node;
    }

    static ObjectNode webSite(String url, String name, String description, String language, Party publisher) {
        ObjectNode node = typed("WebSite");
        node.put("url", url);
        node.put("name", name);
        putIfPresent(node, "description", description);
        putIfPresent(node, "inLanguage", language);
        node.set("publisher", party(publisher));
        return node;
    }

    /** The JSON text, safe inside a {@code <script>} element. */
    static String toScriptText(ObjectNode node) {
        String json;
        try {
            json = MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD could not be written", e);
        }
        return escapeForScript(json);
    }

    static TemplateHTMLOutputModel markup(ObjectNode node) {
        return ViewModelBuilder.html(toScriptText(node));
    }

    /**
     * Escapes the characters that could end or confuse an HTML script element, and the line separators that some
     * JavaScript engines refuse inside strings. Outside JSON strings none of them can occur.
     */
    static String escapeForScript(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static ObjectNode typed(String type) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("@context", "https://schema.org");
        node.put("@type", type);
        return node;
    }

    private static ObjectNode party(Party p) {
        ObjectNode node = MAPPER.createObjectNode().put("@type", p.type()).put("name", p.name());
        putIfPresent(node, "url", p.url());
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }
}
