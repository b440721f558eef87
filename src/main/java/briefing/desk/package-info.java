/**
 * The desk: what the site says across briefings. It gathers every deal of every briefing (the deal tracker), and
 * every deal, figure and timeline event about each company of {@code companies.yaml} (the company pages), with the
 * charts made from them. Runs after content and before site: pure, content in, desk out.
 */
package briefing.desk;
