package briefing.dataset;

import java.time.Duration;
import java.time.Period;

/** A Table Schema {@code duration}: an ISO 8601 duration such as {@code P1Y2M10DT2H30M}, its date and time parts. */
public record IsoDuration(Period period, Duration time) {
}
