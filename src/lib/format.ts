/** Locale formatting lives in the data core (scripts/pipeline/format.ts), shared by the pipeline, the CLI and the pages. */
export * from '../../scripts/pipeline/format';
