package briefing.dataset;

import briefing.diagnostic.SourceLocation;
import briefing.value.ValueFormatException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The standard Table Schema types read as the specification says. */
class ValueReaderTest {

    private static Field field(Field.Type type, String format, Field.Lexical lexical) {
        return new Field("f", type, format, Optional.empty(), Optional.empty(), Field.Constraints.NONE, lexical,
                Optional.empty(), Optional.empty(), 0, SourceLocation.file("x"));
    }

    private static Object read(Field.Type type, String text) throws ValueFormatException {
        return ValueReader.standard(field(type, "default", Field.Lexical.DEFAULT), text);
    }

    @Test
    void numbersFollowTheStandard() throws ValueFormatException {
        assertThat(read(Field.Type.NUMBER, "1.5e3")).isEqualTo(new BigDecimal("1.5e3"));
        assertThat(read(Field.Type.NUMBER, "-0.25")).isEqualTo(new BigDecimal("-0.25"));
        assertThat(read(Field.Type.NUMBER, "NaN")).isEqualTo(Double.NaN);
        assertThat(read(Field.Type.NUMBER, "-INF")).isEqualTo(Double.NEGATIVE_INFINITY);
        Field.Lexical european = new Field.Lexical(",", ".", false, List.of("ja"), List.of("nein"));
        assertThat(ValueReader.standard(field(Field.Type.NUMBER, "default", european), "€1.234,5"))
                .isEqualTo(new BigDecimal("1234.5"));
        assertThat(ValueReader.standard(field(Field.Type.BOOLEAN, "default", european), "ja")).isEqualTo(true);
        assertThat(read(Field.Type.INTEGER, "+42")).isEqualTo(BigInteger.valueOf(42));
        assertThatThrownBy(() -> read(Field.Type.INTEGER, "4.2")).hasMessage("expected an integer, found \"4.2\"");
        assertThatThrownBy(() -> read(Field.Type.NUMBER, "1,000")).hasMessage("expected a number, found \"1,000\"");
    }

    @Test
    void booleansTakeOnlyTheirTrueAndFalseValues() throws ValueFormatException {
        assertThat(read(Field.Type.BOOLEAN, "TRUE")).isEqualTo(true);
        assertThat(read(Field.Type.BOOLEAN, "0")).isEqualTo(false);
        assertThatThrownBy(() -> read(Field.Type.BOOLEAN, "yes"))
                .hasMessage("expected one of true, True, TRUE, 1, false, False, FALSE, 0, found \"yes\"");
    }

    @Test
    void datesAndTimesAreIsoByDefaultOrFollowAStrptimePattern() throws ValueFormatException {
        assertThat(read(Field.Type.DATE, "2026-02-27")).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(read(Field.Type.TIME, "14:30:00")).isEqualTo(LocalTime.of(14, 30));
        assertThat(read(Field.Type.DATETIME, "2026-02-27T14:30:00Z"))
                .isEqualTo(OffsetDateTime.of(2026, 2, 27, 14, 30, 0, 0, ZoneOffset.UTC));
        assertThat(read(Field.Type.DATETIME, "2026-02-27T14:30:00")).isEqualTo(LocalDateTime.of(2026, 2, 27, 14, 30));
        assertThat(ValueReader.standard(field(Field.Type.DATE, "%d/%m/%Y", Field.Lexical.DEFAULT), "27/02/2026"))
                .isEqualTo(LocalDate.of(2026, 2, 27));
        assertThatThrownBy(() -> read(Field.Type.DATE, "2026-02-30"))
                .hasMessage("expected a date like \"2026-02-27\", found \"2026-02-30\"");
        assertThat(read(Field.Type.YEARMONTH, "2026-02")).isEqualTo(YearMonth.of(2026, 2));
        assertThatThrownBy(() -> read(Field.Type.YEARMONTH, "2026-13"))
                .hasMessage("expected a year and month like \"2026-02\", found \"2026-13\"");
        assertThat(ValueReader.checkPattern("%Q")).isEqualTo("%Q");
    }

    @Test
    void durationsGeopointsAndJsonValues() throws ValueFormatException {
        assertThat(read(Field.Type.DURATION, "P1Y2M10DT2H30M"))
                .isEqualTo(new IsoDuration(Period.of(1, 2, 10), Duration.ofMinutes(150)));
        assertThatThrownBy(() -> read(Field.Type.DURATION, "P")).isInstanceOf(ValueFormatException.class);
        assertThat(read(Field.Type.GEOPOINT, "13.4, 52.5"))
                .isEqualTo(new GeoPoint(new BigDecimal("13.4"), new BigDecimal("52.5")));
        assertThatThrownBy(() -> read(Field.Type.GEOPOINT, "200, 10"))
                .hasMessage("longitude must be within ±180 and latitude within ±90, found \"200, 10\"");
        assertThat(read(Field.Type.OBJECT, "{\"a\": 1}").toString()).isEqualTo("{\"a\":1}");
        assertThatThrownBy(() -> read(Field.Type.ARRAY, "{}"))
                .hasMessage("expected a JSON array like [1, 2], found \"{}\"");
        assertThat(ValueReader.standard(field(Field.Type.STRING, "email", Field.Lexical.DEFAULT), "a@b.org")).isEqualTo("a@b.org");
        assertThatThrownBy(() -> ValueReader.standard(field(Field.Type.STRING, "email", Field.Lexical.DEFAULT), "nobody"))
                .hasMessage("expected an email address, found \"nobody\"");
    }
}
