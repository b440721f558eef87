/**
 * Frictionless data packages: a {@code datapackage.yaml}/{@code .json} descriptor and its Table Schemas turned into
 * typed, located tables (CSV files or inline rows), with types, constraints and keys checked.
 */
package briefing.dataset;
