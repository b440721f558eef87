/** The assembled site: which pages exist, where each is written, and its URL under the base path. */
package briefing.site;
