package looplab.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a program's source the way python3 does: UTF-8, an optional byte-order mark, errors as python3 words them. */
final class ProgramFile {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** The file could not be read at all; python3 exits with status 2 for this. */
    static final class CannotOpen extends Exception {
        CannotOpen(Path file, String reason) {
            super("can't open file '" + file + "': " + reason);
        }
    }

    /** The bytes are not UTF-8; python3 reports this as a SyntaxError before running anything. */
    static final class NotUtf8 extends Exception {
        NotUtf8(Path file, byte badByte, int line) {
            super(String.format("SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                    + "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    badByte & 0xff, file, line));
        }
    }

    private ProgramFile() {
    }

    static String read(Path file) throws CannotOpen, NotUtf8 {
        String text = decodeUtf8(file, readBytes(file));
        return text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text : text.substring(1);
    }

    private static byte[] readBytes(Path file) throws CannotOpen {
        if (Files.isDirectory(file)) {
            throw new CannotOpen(file, "[Errno 21] Is a directory");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CannotOpen(file, "[Errno 2] No such file or directory");
        } catch (AccessDeniedException e) {
            throw new CannotOpen(file, "[Errno 13] Permission denied");
        } catch (IOException e) {
            throw new CannotOpen(file, "[Errno 5] " + e.getMessage());
        }
    }

    private static String decodeUtf8(Path file, byte[] bytes) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new NotUtf8(file, bytes[at], lineOf(bytes, at));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
