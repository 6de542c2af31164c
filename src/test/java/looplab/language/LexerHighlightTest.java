package looplab.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LexerHighlightTest {

    private static String kinds(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            sb.append(t.type()).append(':').append(t.text()).append('@').append(t.line()).append(',')
                    .append(t.col()).append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void highlightingReportsKeywordsNamesCommentsAndPositions() {
        List<Token> tokens = Lexer.highlightTokens("async def f(x):  # hi\n    return f'{x}' + 0x1F\n");
        assertEquals("KEYWORD:async@1,0 KEYWORD:def@1,6 NAME:f@1,10 OP:(@1,11 NAME:x@1,12 OP:)@1,13 OP::@1,14 "
                + "COMMENT:# hi@1,17 KEYWORD:return@2,4 STRING:f'{x}'@2,11 OP:+@2,18 NUMBER:0x1F@2,20", kinds(tokens));
    }

    @Test
    void highlightingMarksGarbageAsErrorAndCarriesOn() {
        List<Token> tokens = Lexer.highlightTokens("x = 1abc $ 'open\ny = 2\n");
        assertEquals("NAME:x@1,0 OP:=@1,2 ERROR:1abc@1,4 ERROR:$@1,9 ERROR:'open@1,11 NAME:y@2,0 OP:=@2,2 "
                + "NUMBER:2@2,4", kinds(tokens));
    }

    @Test
    void highlightingKeepsMultiLineStringsWhole() {
        List<Token> tokens = Lexer.highlightTokens("s = \"\"\"a\nb\"\"\"\n");
        Token s = tokens.get(2);
        assertEquals(TokenType.STRING, s.type());
        assertEquals(1, s.line());
        assertEquals(2, s.endLine());
        assertEquals(9, s.length());
    }

    @Test
    void highlightingNeverThrowsAndCoversTheTextInOrder() {
        Random random = new Random(7);
        String alphabet = "ab1_ ()[]{}'\"#\\\n\t.=€f$0x";
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, n = random.nextInt(40); k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int previousEnd = 0;
            for (Token t : Lexer.highlightTokens(sb.toString())) {
                assertTrue(t.start() >= previousEnd, () -> "tokens overlap in " + sb);
                assertTrue(t.end() <= sb.length(), () -> "token past the end in " + sb);
                previousEnd = t.end();
            }
        }
    }
}
