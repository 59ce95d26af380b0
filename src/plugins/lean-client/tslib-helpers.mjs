/**
 * What the client bundle takes from tslib: only the helpers its CommonJS
 * dependencies call (today @docusaurus/utils-common's __importDefault).
 *
 * A CommonJS `require("tslib")` gets tslib's whole module namespace, so the
 * bundler cannot drop the 40-odd helpers nobody calls, and main.js carried all
 * of them. `tslib` is aliased here for the client build (./index.ts); the
 * helpers still come from tslib itself. TslibHelpersPlugin (./tslib-helpers-guard.ts)
 * fails the build if the client code calls a helper that is not listed here.
 */
export {__importDefault} from 'tslib/tslib.es6.mjs';
