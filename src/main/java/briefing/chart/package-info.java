/** Charts an editor declares in {@code charts.yaml}: read and resolved against the data, then drawn (painted with Java 2D into SVG and PNG). */
package briefing.chart;
