package briefing.source;

import briefing.value.ValueFormatException;

/** Turns a scalar's text into a typed value, or says what form was expected. */
@FunctionalInterface
public interface ValueParser<T> {
    T parse(String text) throws ValueFormatException;
}
