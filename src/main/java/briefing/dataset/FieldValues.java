package briefing.dataset;

import briefing.value.ValueFormatException;

/**
 * A value an editor writes outside the table (a table directive's filter) read exactly as a cell of the field would
 * be, so {@code filter: {year: 2025}} compares with the year column's values and a wrong type is reported the same
 * way as in the CSV.
 */
public final class FieldValues {

    private FieldValues() {
    }

    /** The text read as a value of {@code field}: its standard type, then our kind (money, a partial date...). */
    public static Object read(Field field, String text) throws ValueFormatException {
        return ValueReader.kind(field, text, ValueReader.standard(field, text));
    }

    /** What the field's values look like, for messages: {@code a number}, {@code a year}... */
    public static String expected(Field field) {
        return ValueReader.expected(field);
    }
}
