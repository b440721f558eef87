/** The command line: picocli commands, the only place that prints, and the exit codes. */
package briefing.cli;
