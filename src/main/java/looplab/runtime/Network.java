package looplab.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated network of docs/network.md (its specification; scripts/sim/aiohttp is the same model for
 * CPython): per-host latency, forced status, refused connections, the first N requests only, and the answers
 * of a few known hosts. Deterministic: nothing depends on real time or a real network.
 */
final class Network {
    static final double DEFAULT_LATENCY = 0.1;
    private static final List<String> PAGE_HOSTS = List.of("example.com", "example.org", "example.net");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a request gets: a status, a content type and a body (text). */
    record Answer(int status, String contentType, String body) {
    }

    /** A host's settings from the configuration; null fields are not set. */
    private record HostSettings(Double latency, Integer status, String fail, Long failFirst) {
        static final HostSettings NONE = new HostSettings(null, null, null, null);
    }

    /** A request to {@code host} failed to connect (ClientConnectorError). */
    static final class ConnectFailure extends Exception {
        final String strerror;

        ConnectFailure(String strerror) {
            super(strerror, null, false, false);
            this.strerror = strerror;
        }
    }

    private final double latency;
    private final Map<String, HostSettings> hosts;
    private final Map<String, Integer> requestsStarted = new HashMap<>();

    private Network(double latency, Map<String, HostSettings> hosts) {
        this.latency = latency;
        this.hosts = hosts;
    }

    /** The model for a configuration's JSON text (null or blank means {}). */
    static Network fromJson(String json) {
        if (json == null || json.isBlank()) {
            return new Network(DEFAULT_LATENCY, Map.of());
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the network configuration is not valid JSON: " + e.getOriginalMessage());
        }
        double latency = root.has("latency") ? root.get("latency").asDouble() : DEFAULT_LATENCY;
        Map<String, HostSettings> hosts = new LinkedHashMap<>();
        JsonNode hostsNode = root.path("hosts");
        hostsNode.fieldNames().forEachRemaining(name -> hosts.put(name, settings(hostsNode.get(name))));
        return new Network(latency, hosts);
    }

    private static HostSettings settings(JsonNode node) {
        return new HostSettings(
                node.has("latency") ? node.get("latency").asDouble() : null,
                node.has("status") ? node.get("status").asInt() : null,
                node.has("fail") ? node.get("fail").asText() : null,
                node.has("fail_first") ? node.get("fail_first").asLong() : null);
    }

    private HostSettings settingsFor(String host) {
        return hosts.getOrDefault(host, HostSettings.NONE);
    }

    /** This request's 1-based number among the requests started to {@code host}. */
    int countRequest(String host) {
        return requestsStarted.merge(host, 1, Integer::sum);
    }

    /** Seconds a request to {@code url} waits: the host's latency, plus N for httpbin.org/delay/N. */
    double latencyFor(Url url) {
        Double hostLatency = settingsFor(url.host).latency();
        double extra = url.host.equals("httpbin.org") ? delaySeconds(url) : 0.0;
        return (hostLatency != null ? hostLatency : latency) + extra;
    }

    private static double delaySeconds(Url url) {
        String[] parts = strip(url.path).split("/", -1);
        if (parts.length == 2 && parts[0].equals("delay")) {
            try {
                return Math.min(Double.parseDouble(parts[1]), 10.0);
            } catch (NumberFormatException e) {
                return 0.0;
            }
        }
        return 0.0;
    }

    boolean isKnown(String host) {
        if (hosts.containsKey(host) || host.equals("api.github.com") || host.equals("httpbin.org")) {
            return true;
        }
        return PAGE_HOSTS.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
    }

    /** The answer to the {@code number}-th request to url's host, in the order of docs/network.md. */
    Answer answer(Url url, int number) throws ConnectFailure {
        if (!isKnown(url.host)) {
            throw new ConnectFailure("Name or service not known");
        }
        HostSettings settings = settingsFor(url.host);
        boolean failing = settings.failFirst() == null || number <= settings.failFirst();
        if (failing && "connect".equals(settings.fail())) {
            throw new ConnectFailure("Connection refused");
        }
        if (failing && settings.status() != null) {
            return statusAnswer(settings.status());
        }
        return route(url);
    }

    // ---- routes: what each simulated host answers ------------------------------------------------------------

    private static Answer route(Url url) {
        return switch (url.host) {
            case "api.github.com" -> githubRoute(url);
            case "httpbin.org" -> httpbinRoute(url);
            default -> new Answer(200, "text/html",
                    "<html><head><title>" + url.host + "</title></head><body>" + url.path + "</body></html>");
        };
    }

    private static Answer githubRoute(Url url) {
        String[] parts = strip(url.path).split("/", -1);
        if (parts.length == 3 && parts[0].equals("repos")) {
            return new Answer(200, "application/json", JsonText.write(githubRepo(parts[1], parts[2])));
        }
        return new Answer(404, "application/json", JsonText.write(Map.of("message", "Not Found")));
    }

    static Map<String, Object> githubRepo(String owner, String name) {
        String fullName = owner + "/" + name;
        Map<String, Object> repo = new LinkedHashMap<>();
        repo.put("name", name);
        repo.put("full_name", fullName);
        repo.put("owner", Map.of("login", owner));
        repo.put("html_url", "https://github.com/" + fullName);
        repo.put("private", false);
        repo.put("fork", false);
        repo.put("default_branch", "main");
        repo.put("stargazers_count", 1000L * length(name) + length(owner));
        repo.put("forks_count", 10L * length(fullName));
        repo.put("open_issues_count", (long) length(name));
        return repo;
    }

    /** len() of a Python str: code points. */
    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static Answer httpbinRoute(Url url) {
        String[] parts = strip(url.path).split("/", -1);
        if (parts.length == 1 && parts[0].equals("get") || parts.length == 2 && parts[0].equals("delay")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("args", url.queryArgs());
            body.put("url", url.text);
            return new Answer(200, "application/json", JsonText.write(body));
        }
        if (parts.length == 2 && parts[0].equals("status") && !parts[1].isEmpty()
                && parts[1].chars().allMatch(Character::isDigit)) {
            return new Answer(Integer.parseInt(parts[1]), "text/html", "");
        }
        return statusAnswer(404);
    }

    private static Answer statusAnswer(int status) {
        return new Answer(status, "text/plain", status + " " + HttpStatus.phrase(status));
    }

    /** Python's str.strip("/"). */
    private static String strip(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
