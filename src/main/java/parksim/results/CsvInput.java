package parksim.results;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import parksim.core.CalendarMonth;
import parksim.core.InputException;

/**
 * A result CSV read row by row (commons-csv, streaming), whose every problem is an {@link InputException}
 * naming the file, the line and the column: an empty file, a missing column, a ragged row, a cell that is
 * not a number or a month.
 */
public final class CsvInput implements AutoCloseable, Iterable<CsvInput.Row> {
    /**
     * A plain decimal number as result files write them, {@code [-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?}: not "NaN",
     * "Infinity", hex or "1.5d", which Java would accept. Scanned by hand: every cell of a large file goes through it.
     */
    static boolean isPlainNumber(String s) {
        int i = 0, n = s.length();
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) { i++; digits++; }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) { i++; digits++; }
        }
        if (digits == 0) return false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
            int exponent = 0;
            while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) { i++; exponent++; }
            if (exponent == 0) return false;
        }
        return i == n;
    }

    private final String file;
    private final CSVParser parser;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private long linesRead;
    private boolean iterated;
    private ResultColumns cells;
    private final boolean endsWithLineBreak;

    private CsvInput(String file, CSVParser parser, List<String> header, boolean endsWithLineBreak) {
        this.file = file;
        this.parser = parser;
        this.header = header;
        this.endsWithLineBreak = endsWithLineBreak;
        for (int i = 0; i < header.size(); i++) {
            if (columns.putIfAbsent(header.get(i), i) != null) {
                throw new InputException(file, at(1, i), "column names that appear once", "\"" + header.get(i) + "\" again");
            }
        }
    }

    /** Opens a CSV file and reads its header row. */
    public static CsvInput open(Path path) {
        String file = path.toString();
        Reader reader;
        try {
            reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage());
        }
        try {
            CSVParser parser = CsvOutput.FORMAT.parse(reader);
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                parser.close();
                throw new InputException(file, "line 1", "a header row of column names", "an empty file");
            }
            List<String> header = new ArrayList<>(records.next().toList());
            // A byte-order mark, as some spreadsheet programs write, is not part of the first column's name.
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) header.set(0, header.get(0).substring(1));
            CsvInput input = new CsvInput(file, parser, List.copyOf(header), endsWithLineBreak(path));
            input.linesRead = parser.getCurrentLineNumber();
            return input;
        } catch (UncheckedIOException | IOException e) {
            throw unreadable(file, 1, e);
        }
    }

    /** Whether the file's last byte is a line break: a file cut short in a write (kill -9, a full disk) ends mid-line. */
    private static boolean endsWithLineBreak(Path path) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(path.toFile(), "r")) {
            if (raf.length() == 0) return true;
            raf.seek(raf.length() - 1);
            return raf.read() == '\n';
        }
    }

    /** Checks every cell of every data row by its column's kind, also the cells the reader does not use. */
    public CsvInput checkingCells(ResultColumns columns) {
        this.cells = columns;
        return this;
    }

    public String file() { return file; }

    /** Whether the file ends with a line break; one that does not was cut short in a write. */
    public boolean endsWithLineBreak() { return endsWithLineBreak; }

    public List<String> header() { return header; }

    public boolean has(String column) { return columns.containsKey(column); }

    /** The index of a column; {@code why} says what it is needed for. */
    public int column(String name, String why) {
        Integer i = columns.get(name);
        if (i == null) {
            throw new InputException(file, "line 1 (header)", "a column \"" + name + "\" (" + why + ")",
                    "the columns " + abbreviate(header));
        }
        return i;
    }

    /** Iterates the data rows once; a row whose cell count differs from the header's is an error. */
    @Override
    public Iterator<Row> iterator() {
        if (iterated) throw new IllegalStateException("a CsvInput is read once");
        iterated = true;
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw unreadable(file, linesRead + 1, e);
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                long line = linesRead + 1;
                CSVRecord record = records.next();
                linesRead = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    throw new InputException(file, "line " + line, header.size() + " cells as in the header", record.size() + " cells");
                }
                if (!endsWithLineBreak && !hasNext()) {
                    throw new InputException(file, "line " + line, "a last line that ends with a line break",
                            "a line cut short (the file ends in the middle of it, as a crash or a full disk leaves it)");
                }
                Row row = new Row(line, record);
                if (cells != null) cells.check(row);
                return row;
            }
        };
    }

    /** The error for a file with a header and no data rows. */
    public InputException noRows() {
        return new InputException(file, "line 2", "at least one data row below the header", "no rows");
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // Closing a file that was only read.
        }
    }

    /** An error about the cell in {@code column} of an earlier line {@code line}. */
    public InputException bad(long line, int column, String expected, String found) {
        return new InputException(file, at(line, column), expected, found);
    }

    private String at(long line, int column) {
        return "line " + line + ", column " + (column + 1) + " (" + (column < header.size() ? header.get(column) : "?") + ")";
    }

    private static InputException unreadable(String file, long line, Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return new InputException(file, "line " + line, "UTF-8 text", "bytes that are not UTF-8");
        }
        return new InputException(file, "line " + line, "valid CSV", String.valueOf(cause.getMessage()));
    }

    private static String abbreviate(List<String> names) {
        if (names.size() <= 12) return names.toString();
        return names.subList(0, 12) + " and " + (names.size() - 12) + " more";
    }

    /** One data row, with typed access to its cells; a bad cell names its line and column. */
    public final class Row {
        private final long line;
        private final CSVRecord record;

        private Row(long line, CSVRecord record) {
            this.line = line;
            this.record = record;
        }

        /** The line the row starts on (the header is line 1). */
        public long line() { return line; }

        public String text(int column) {
            String s = record.get(column);
            if (s.isBlank()) throw bad(column, "a non-empty text", "an empty cell");
            return s;
        }

        /** The cell as is, possibly empty. */
        public String raw(int column) { return record.get(column); }

        /** The row's cells, as read. */
        public List<String> cells() { return record.toList(); }

        public double number(int column) {
            String s = record.get(column).trim();
            if (!isPlainNumber(s)) throw bad(column, "a number", found(s));
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) throw bad(column, "a finite number", found(s));
            return v;
        }

        /** Checks that a cell is a number without converting it, which is most of the cost of reading one. */
        public void checkNumber(int column) {
            String s = record.get(column);
            if (!isPlainNumber(s) || (s.indexOf('e') >= 0 || s.indexOf('E') >= 0)) number(column);
        }

        public long whole(int column) {
            String s = record.get(column).trim();
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw bad(column, "a whole number", found(s));
            }
        }

        public CalendarMonth month(int column) {
            String s = record.get(column);
            try {
                return CalendarMonth.parse(s);
            } catch (IllegalArgumentException e) {
                throw bad(column, "a month YYYY-MM", found(s));
            }
        }

        /** An error about this row's cell in {@code column}. */
        public InputException bad(int column, String expected, String found) {
            return new InputException(file, at(line, column), expected, found);
        }

        public String found(String s) {
            return s.isEmpty() ? "an empty cell" : "\"" + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "\"";
        }
    }
}
