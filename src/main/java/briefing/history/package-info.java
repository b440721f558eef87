/** A content folder as it was at a git revision, and which figures changed since: reads git, never writes to it. */
package briefing.history;
