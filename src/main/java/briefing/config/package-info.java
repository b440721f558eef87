/** {@code site.yaml} read into one validated, immutable {@link briefing.config.SiteConfig}. */
package briefing.config;
