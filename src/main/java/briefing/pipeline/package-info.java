/** The pipeline in execution order: load, assemble, render, check, write; each stage timed. */
package briefing.pipeline;
