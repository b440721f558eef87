/** Charts an editor declares in {@code charts.yaml}: read and resolved against the data, then drawn with XChart. */
package briefing.chart;
