/** Editor-facing values (money, counts, percentages, partial dates, statuses), their strict parsers and their locale-aware display. */
package briefing.value;
