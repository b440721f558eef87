/** Reading editor files: strict UTF-8 text with limits, and YAML as a tree whose every node knows its position. */
package briefing.source;
