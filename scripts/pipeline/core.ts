/**
 * The data core's public API, for any host: Node (through index.ts, which
 * adds file access) and a browser Web Worker (the checker page), which
 * imports this file directly. Nothing reachable from here imports node:*
 * or uses Buffer (tests/unit/pipeline/core.test.ts bundles it for a browser
 * and fails if it does).
 */
export { checkData, compareObservations, type CheckOptions, type CheckResult, type DataInput, type Progress } from './check';
export {
  CHUNK_BYTES,
  configurePlatform,
  decodedChunks,
  makeDecoder,
  nativeWindows1252,
  readAll,
  readChunks,
  sniffEncoding,
  sourceSize,
  type BlobLike,
  type ByteChunks,
  type ByteSource,
  type Encoding,
  type EncodingSniff,
  type OpenChunks,
  type Platform,
  type TextDecoderLike,
} from './bytes';
export { canonicalFile, type CanonicalFile } from './canonical';
export * from './columns';
export { DATA_FOLDER_FILES, FILE_KINDS, KIND_SCHEMAS, VALUES_DIR, detectKind, kindFromHeader, kindOfPath, type KindGuess } from './kinds';
export { MESSAGES, TABLE_NAMES, andList, linesText, moneyText, numberText, quote, renderMessage, type MessageCode, type ParamValue, type Params } from './messages';
export { entryPlace, formatReport, isWarningType, localiseReport, mergeReports, Reporter, type FormatOptions } from './report';
export {
  diffTables,
  directionText,
  indicatorEffects,
  isRanked,
  medianText,
  movedRanksText,
  observationText,
  rankMoveText,
  rankText,
  readRawTable,
  renderChangeMarkdown,
  sameObservation,
  valueText,
  type AgencyMove,
  type ChangePreview,
  type FileDiff,
  type IndicatorEffect,
} from './preview';
export { SITE_CATALOGUE_FORMAT, SITE_CATALOGUE_VERSION, buildSiteCatalogue, catalogueDataset, parseSiteCatalogue, type SiteCatalogue } from './site-catalogue';
export { RATING_LEVELS, type RatingDistribution, type RatingLevel } from './evaluations';
export { STATEMENT_FILES, FINANCE_DIR, type FinanceData, type FinanceFinding, type FinanceRow, type Statement, type Contribution } from './finances';
export { MAX_CELL_CHARS } from './table';
export { observationCount, type ObservationTable } from './normalise';
export * from './types';
