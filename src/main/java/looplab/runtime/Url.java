package looplab.runtime;

import looplab.vm.PyBool;
import looplab.vm.PyInt;
import looplab.vm.PyObject;
import looplab.vm.PyStr;
import looplab.vm.PyType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The little of yarl's URL that programs print or read ({@code resp.url}): {@code str()} is the text,
 * {@code repr()} is {@code URL('text')}. Parsed as urllib.parse.urlsplit does for http and https URLs.
 */
final class Url extends PyObject {
    static final PyType TYPE = PyType.builtin("URL", Url.class)
            .method("__str__", (args, kw) -> PyStr.of(((Url) args[0]).text))
            .method("__repr__", (args, kw) -> PyStr.of(args[0].repr()))
            .method("__eq__", (args, kw) -> PyBool.of(((Url) args[0]).text.equals(args[1].str())))
            .method("__hash__", (args, kw) -> PyInt.of(((Url) args[0]).text.hashCode()));

    final String text;
    final String scheme;
    final String host;
    final int port;
    final String path;
    final String queryString;

    private Url(String text, String scheme, String host, int port, String path, String queryString) {
        this.text = text;
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.path = path;
        this.queryString = queryString;
    }

    /** Parses an http(s) URL; null if it has another scheme or no host (aiohttp's InvalidURL). */
    static Url parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || !text.startsWith("//", colon + 1)) {
            return null;
        }
        String rest = text.substring(colon + 3);
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment);
        }
        int netlocEnd = firstOf(rest, "/?");
        String netloc = rest.substring(0, netlocEnd);
        String afterNetloc = rest.substring(netlocEnd);
        int question = afterNetloc.indexOf('?');
        String path = question >= 0 ? afterNetloc.substring(0, question) : afterNetloc;
        String query = question >= 0 ? afterNetloc.substring(question + 1) : "";
        String hostPort = netloc.substring(netloc.lastIndexOf('@') + 1);
        int portColon = hostPort.lastIndexOf(':');
        String host = (portColon >= 0 ? hostPort.substring(0, portColon) : hostPort).toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            return null;
        }
        int port = scheme.equals("https") ? 443 : 80;
        if (portColon >= 0 && !hostPort.substring(portColon + 1).isEmpty()) {
            try {
                port = Integer.parseInt(hostPort.substring(portColon + 1));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return new Url(text, scheme, host, port, path.isEmpty() ? "/" : path, query);
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    /** dict(urllib.parse.parse_qsl(query)): blank values dropped, a repeated name keeps its last value. */
    Map<String, Object> queryArgs() {
        Map<String, Object> args = new LinkedHashMap<>();
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0 || eq == pair.length() - 1) {
                continue;
            }
            args.put(unquotePlus(pair.substring(0, eq)), unquotePlus(pair.substring(eq + 1)));
        }
        return args;
    }

    /** urllib.parse.quote_plus, as urlencode applies it to names and values. */
    static String quotePlus(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_.-~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else if (c == ' ') {
                sb.append('+');
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    private static String unquotePlus(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%' && isHex(s, i + 1) && isHex(s, i + 2)) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "scheme" -> PyStr.of(scheme);
            case "host" -> PyStr.of(host);
            case "port" -> PyInt.of(port);
            case "path" -> PyStr.of(path);
            case "query_string" -> PyStr.of(queryString);
            default -> super.lookupAttr(name);
        };
    }

    @Override
    public String str() {
        return text;
    }

    @Override
    public String repr() {
        return "URL(" + PyStr.of(text).repr() + ")";
    }
}
