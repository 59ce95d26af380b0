/**
 * The table checks in one import (kept for the modules that import them from
 * here): the shared table reader (table.ts), the indicator catalogue
 * (catalogue.ts) and the indicator values (values.ts).
 */
export * from './table';
export * from './catalogue';
export * from './values';
