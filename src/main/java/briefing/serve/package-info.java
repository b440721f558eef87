/** The editor's preview: build, serve on loopback under the production base path, watch, rebuild, live reload. */
package briefing.serve;
