/** Writing the site: a staging folder beside the output, swapped in only when the whole build succeeded. */
package briefing.output;
