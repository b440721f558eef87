/** Source locations, diagnostics and the typed exceptions that carry them to the one place that prints. */
package briefing.diagnostic;
