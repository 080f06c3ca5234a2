import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the Qute message bundle interface of one {@code messages/<bundle>.properties} file, so the keys are written
 * once (in the file) instead of twice (file and a hand-kept interface). Quarkus 3.30 wants a method per key; this
 * program derives it: the method is named after the key, carries the English text as Javadoc, and takes one
 * parameter per name the text uses ({@code {total}}, {@code {#if count == 1}}, {@code {x.plural('en')}}), a
 * {@code String} unless a comment line right above the key declares the list: {@code # params: long total}.
 * A declaration must name exactly the names the text uses; it also fixes their order.
 *
 * <p>Run by Maven in {@code generate-sources} with the JDK's source launcher (no compile step, no dependency):
 * {@code java MessageBundleSource.java <properties> <output dir> <interface> <bundle> <locale> <max messages>}.
 * The file is only rewritten when its text changes, so an unchanged bundle does not trigger a recompile.
 */
public class MessageBundleSource {

    static final String DECLARATION = "# params:";

    /** Words of Qute's expression language that are not data. */
    static final Set<String> KEYWORDS = Set.of("if", "else", "when", "switch", "is", "case", "each", "for", "in",
            "let", "with", "and", "or", "not", "eq", "ne", "gt", "ge", "lt", "le", "true", "false", "null");

    /** One key of the bundle: its name, its text and the parameters its method takes. */
    record Message(String key, String text, List<String> types, List<String> names) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            fail("usage: MessageBundleSource <properties> <output dir> <interface> <bundle> <locale> <max>");
        }
        Path properties = Path.of(args[0]);
        String qualified = args[2];
        List<Message> messages = parse(Files.readAllLines(properties, StandardCharsets.UTF_8), properties);
        int max = Integer.parseInt(args[5]);
        if (messages.size() > max) {
            fail(properties + " has " + messages.size() + " messages; keep a bundle at " + max
                    + " or fewer (a larger generated class fails to load) and put new texts in an area bundle");
        }
        int dot = qualified.lastIndexOf('.');
        String source = source(qualified.substring(0, dot), qualified.substring(dot + 1), args[3], args[4],
                properties.getFileName().toString(), messages);
        Path target = Path.of(args[1]).resolve(qualified.replace('.', '/') + ".java");
        if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(source)) {
            Files.createDirectories(target.getParent());
            Files.writeString(target, source, StandardCharsets.UTF_8);
        }
    }

    static List<Message> parse(List<String> lines, Path file) {
        List<Message> messages = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        String declaration = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(DECLARATION)) {
                declaration = line.substring(DECLARATION.length()).strip();
                continue;
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                declaration = null;
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 1 || line.endsWith("\\") || line.indexOf('\\') >= 0) {
                fail(file + ":" + (i + 1) + ": write key=text on one line, without escapes");
            }
            String key = line.substring(0, equals).strip();
            String text = line.substring(equals + 1).strip();
            if (!isIdentifier(key) || !keys.add(key)) {
                fail(file + ":" + (i + 1) + ": key " + key + " is not a unique Java identifier");
            }
            messages.add(message(key, text, declaration, file + ":" + (i + 1)));
            declaration = null;
        }
        return messages;
    }

    static Message message(String key, String text, String declaration, String where) {
        Set<String> used = names(text);
        List<String> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (declaration == null) {
            for (String name : used) {
                types.add("String");
                names.add(name);
            }
            return new Message(key, text, types, names);
        }
        for (String parameter : parts(declaration, ',')) {
            List<String> typeAndName = parts(parameter, ' ');
            if (typeAndName.size() != 2 || !isIdentifier(typeAndName.get(1))) {
                fail(where + ": declare parameters as '" + DECLARATION + " Type name, Type name'");
            }
            types.add(typeAndName.get(0));
            names.add(typeAndName.get(1));
        }
        if (!Set.copyOf(names).equals(used)) {
            fail(where + ": " + key + " declares " + names + " but its text uses " + used);
        }
        return new Message(key, text, types, names);
    }

    /**
     * The data names a Qute template uses, in order of first use: the first part of each expression and of each
     * section's condition, leaving out string literals, numbers, member names after a dot, namespaces
     * ({@code str:}) and the language's own words.
     */
    static Set<String> names(String template) {
        Set<String> names = new LinkedHashSet<>();
        int at = 0;
        while ((at = template.indexOf('{', at)) >= 0) {
            int end = template.indexOf('}', at);
            if (end < 0) {
                break;
            }
            String expression = template.substring(at + 1, end).strip();
            at = end + 1;
            if (expression.isEmpty() || "!/|".indexOf(expression.charAt(0)) >= 0) {
                continue;
            }
            if (expression.charAt(0) == '#') {
                String section = word(expression, 1);
                if (section.equals("is") || section.equals("case") || section.equals("else")) {
                    continue;
                }
                expression = expression.substring(1 + section.length());
            }
            collect(expression, names);
        }
        return names;
    }

    private static void collect(String expression, Set<String> names) {
        int i = 0;
        char quote = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                i++;
            } else if (c == '\'' || c == '"') {
                quote = c;
                i++;
            } else if (Character.isJavaIdentifierStart(c)) {
                String word = word(expression, i);
                int after = i + word.length();
                // a member (x.member), a namespace (str:) or the name a namespace resolves (str:fmt) is no data
                char before = i > 0 ? expression.charAt(i - 1) : ' ';
                boolean namespace = after < expression.length() && expression.charAt(after) == ':';
                if (before != '.' && before != ':' && !namespace && !KEYWORDS.contains(word)) {
                    names.add(word);
                }
                i = after;
            } else {
                i++;
            }
        }
    }

    /** The non-blank pieces of a text between separators. */
    private static List<String> parts(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                String part = text.substring(start, i).strip();
                if (!part.isEmpty()) {
                    parts.add(part);
                }
                start = i + 1;
            }
        }
        return parts;
    }

    private static String word(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    private static boolean isIdentifier(String name) {
        return !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0))
                && word(name, 0).length() == name.length();
    }

    static String source(String pkg, String type, String bundle, String locale, String file,
            List<Message> messages) {
        StringBuilder out = new StringBuilder();
        out.append("package ").append(pkg).append(";\n\n")
                .append("import io.quarkus.qute.i18n.Message;\n")
                .append("import io.quarkus.qute.i18n.MessageBundle;\n\n")
                .append("/**\n")
                .append(" * The texts of {@code messages/").append(file).append("}, one method a key (generated from that")
                .append(" file at build time:\n")
                .append(" * edit the file, not this interface). Templates read them as {@code ").append(bundle)
                .append(":key}; a second language is a\n")
                .append(" * {@code ").append(bundle).append("_<lang>.properties} file next to it.\n")
                .append(" */\n")
                .append("@MessageBundle(value = \"").append(bundle).append("\", locale = \"").append(locale)
                .append("\")\n")
                .append("public interface ").append(type).append(" {\n");
        for (Message message : messages) {
            out.append("\n    /** ").append(javadoc(message.text())).append(" */\n")
                    .append("    @Message\n")
                    .append("    String ").append(message.key()).append('(');
            for (int i = 0; i < message.names().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(message.types().get(i)).append(' ')
                        .append(message.names().get(i));
            }
            out.append(");\n");
        }
        return out.append("}\n").toString();
    }

    /** The text as it reads in Javadoc: HTML-escaped, and with nothing that ends the comment or starts a tag. */
    static String javadoc(String text) {
        StringBuilder out = new StringBuilder();
        char previous = 0;
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(previous == '*' ? "&#47;" : "/");
                default -> out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }

    private static void fail(String problem) {
        System.err.println("MessageBundleSource: " + problem);
        System.exit(1);
    }
}
