/**
 * The incremental engine: inputs (files, folders and values set by the build) lead to derived values (queries),
 * each memoised with the revisions of what it read, and recomputed only when one of them changed; and the one cache
 * on disk that outlives a process. Every stage defines its queries here, so this package depends on nothing above
 * {@code diagnostic}.
 */
package briefing.engine;
