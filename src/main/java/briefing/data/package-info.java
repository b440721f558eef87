/** A briefing's YAML data files read into typed records with positions, its figure index and cross-reference checks. */
package briefing.data;
