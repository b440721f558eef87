/** FreeMarker rendering of the assembled site into output files held in memory; templates see view models only. */
package briefing.render;
