/** Markdown pages and briefings: front matter split and bound, Markdown rendered with figure references resolved. */
package briefing.content;
