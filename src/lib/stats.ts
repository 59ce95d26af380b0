/** Benchmarking statistics live in the data core (scripts/pipeline/stats.ts), shared by the pages and the change preview. */
export * from '../../scripts/pipeline/stats';
