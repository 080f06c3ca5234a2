package io.factdesk.verification.matching.evaluation;

import io.factdesk.verification.matching.index.MatchText;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CheckThat! 2020 claim-retrieval set (tweets matched to earlier Snopes fact-checks), train and dev splits only.
 * It is read from the shared datasets folder, never copied into the project. Embeddings of its texts are cached
 * under target/ (keyed by model, version and a hash of the texts) so repeated runs skip the minutes of embedding.
 */
final class ClaimRetrievalSet {

    /** A fact-check of the collection: its claim and the headline of the article that checked it. */
    record FactCheck(long id, String claim, String title) {
        String text() {
            return MatchText.of(claim, title);
        }
    }

    /** A tweet and the fact-checks that verify it. */
    record Query(long id, String text, Set<Long> relevant) {
    }

    static final String FOLDER = "checkthat2020-claim-retrieval/v3.0";

    final List<FactCheck> factChecks;
    private final Path root;

    private ClaimRetrievalSet(Path root, List<FactCheck> factChecks) {
        this.root = root;
        this.factChecks = factChecks;
    }

    static ClaimRetrievalSet read(Path datasets) throws IOException {
        Path root = datasets.resolve(FOLDER);
        List<FactCheck> checks = new ArrayList<>();
        for (List<String> row : rows(root.resolve("verified_claims.docs.tsv"))) {
            checks.add(new FactCheck(Long.parseLong(row.get(0).strip()), row.get(1), row.size() > 2 ? row.get(2) : ""));
        }
        return new ClaimRetrievalSet(root, List.copyOf(checks));
    }

    /** The queries of "train" or "dev" with their relevant fact-checks. */
    List<Query> queries(String split) throws IOException {
        if (!split.equals("train") && !split.equals("dev")) {
            throw new IllegalArgumentException("only the train and dev splits are used");
        }
        Map<Long, Set<Long>> relevant = new HashMap<>();
        for (String line : Files.readAllLines(root.resolve(split).resolve("tweet-vclaim-pairs.qrels"))) {
            String[] f = line.strip().split("\t");
            if (f.length == 4 && f[3].equals("1")) {
                relevant.computeIfAbsent(Long.parseLong(f[0]), k -> new HashSet<>()).add(Long.parseLong(f[2]));
            }
        }
        Map<Long, Query> queries = new LinkedHashMap<>();
        for (List<String> row : rows(root.resolve(split).resolve("tweets.queries.tsv"))) {
            long id = Long.parseLong(row.get(0).strip());
            if (relevant.containsKey(id)) {
                queries.put(id, new Query(id, row.get(1), Set.copyOf(relevant.get(id))));
            }
        }
        return List.copyOf(queries.values());
    }

    private static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> rows = Tsv.read(file);
        return rows.subList(1, rows.size()).stream().filter(r -> r.size() >= 2 && !r.get(0).isBlank()).toList();
    }

    /** Embeddings of the texts, in order, from the cache under {@code cacheDir} when it holds them. */
    static List<float[]> embeddings(Path cacheDir, String name, List<String> texts) throws IOException {
        EvaluationModel model = EvaluationModel.current();
        Path cache = cacheDir.resolve(model.key + "-" + name + "-" + hash(texts) + ".bin");
        if (Files.exists(cache)) {
            try (InputStream in = Files.newInputStream(cache);
                    DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in))) {
                int count = data.readInt();
                int dimensions = data.readInt();
                List<float[]> vectors = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    float[] v = new float[dimensions];
                    for (int j = 0; j < dimensions; j++) {
                        v[j] = data.readFloat();
                    }
                    vectors.add(v);
                }
                return vectors;
            }
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += 64) {
            vectors.addAll(model.embedAll(texts.subList(from, Math.min(texts.size(), from + 64))));
        }
        Files.createDirectories(cacheDir);
        try (OutputStream out = Files.newOutputStream(cache);
                DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out))) {
            data.writeInt(vectors.size());
            data.writeInt(vectors.isEmpty() ? 0 : vectors.get(0).length);
            for (float[] v : vectors) {
                for (float x : v) {
                    data.writeFloat(x);
                }
            }
        }
        return vectors;
    }

    private static String hash(List<String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String text : texts) {
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
