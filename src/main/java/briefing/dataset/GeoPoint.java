package briefing.dataset;

import java.math.BigDecimal;

/** A Table Schema {@code geopoint}: longitude and latitude in degrees. */
public record GeoPoint(BigDecimal longitude, BigDecimal latitude) {
}
