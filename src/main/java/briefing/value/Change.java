package briefing.value;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A relative change, in percent of the earlier value: growth from 40 to 50 is +25, a fall from 50 to 40 is -20.
 * Unlike {@link Percent} (a share, 0 to 100) it has a sign and no upper bound. Only computed, never written by an
 * editor: a derived figure's growth.
 *
 * @param points    percentage points of change, normalized like {@link Money#amount()}
 * @param qualifier how precise the inputs allow it to be
 */
public record Change(BigDecimal points, Qualifier qualifier) {

    public Change {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(qualifier, "qualifier");
        points = Scale.normalize(points);
    }

    /** A spelling with an explicit sign, for CSV/JSON export: {@code +25%}, {@code -12.5%}, {@code about +3%}. */
    public String canonical() {
        return qualifier.prefix((points.signum() > 0 ? "+" : "") + points.toPlainString() + "%");
    }
}
