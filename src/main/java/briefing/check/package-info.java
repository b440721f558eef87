/** Checks over the rendered output before it is written: internal links, assets and anchors. */
package briefing.check;
