package parksim.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;

/**
 * Writes through to a console writer, replacing the characters its charset cannot encode by an ASCII
 * stand-in (so an ASCII or GBK console reads "CNY 100M", not "?100M"). Single-threaded use, as a
 * PrintWriter's lock guarantees.
 */
final class FallbackWriter extends FilterWriter {
    private static final Map<Character, String> STAND_INS = Map.of(
            '¥', "CNY ", '–', "-", '—', "-", '×', "x", '²', "2", '≥', ">=", '≤', "<=", '…', "...", '±', "+/-", '→', "->");
    private final CharsetEncoder encoder;

    FallbackWriter(Writer out, Charset charset) {
        super(out);
        this.encoder = charset.newEncoder();
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (encoder.canEncode(ch)) out.write(ch);
        else out.write(STAND_INS.getOrDefault(ch, "?"));
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) write(buf[i]);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) write(s.charAt(i));
    }
}
