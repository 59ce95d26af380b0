/**
 * npm run bench [-- SECTION…]
 *
 * Runs the benchmark sections in order (all of them by default) and prints
 * their figures. A section is one entry of SECTIONS: add yours there.
 * Generated inputs go to the system temporary folder, never into the repo.
 */
import { pipelineSection } from './pipeline';
import { jsSizeSection } from './js-size';
import { searchSection } from './search';
import { pageLoadSection } from './page-load';
import { routesSection } from './routes';
import { scaleSection } from './scale';
import { checkerSection } from './checker';

export interface BenchSection {
  /** Short name, used to pick sections on the command line. */
  name: string;
  description: string;
  /** Runs the measurements and prints them; resolves to false when a target is missed. */
  run(): Promise<boolean>;
}

export const SECTIONS: BenchSection[] = [pipelineSection, jsSizeSection, pageLoadSection, searchSection, routesSection, checkerSection];
/** Sections run only when named (slow): npm run bench -- scale */
export const ON_DEMAND: BenchSection[] = [scaleSection];

async function main(argv: string[]): Promise<number> {
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const all = [...SECTIONS, ...ON_DEMAND];
  const unknown = wanted.filter((w) => !all.some((s) => s.name === w));
  if (unknown.length) {
    process.stderr.write(`Section inconnue : ${unknown.join(', ')}. Sections : ${all.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  const chosen = wanted.length ? all.filter((s) => wanted.includes(s.name)) : SECTIONS;
  let ok = true;
  for (const section of chosen) {
    process.stdout.write(`\n== ${section.name} — ${section.description}\n`);
    ok = (await section.run()) && ok;
  }
  return ok ? 0 : 1;
}

// Sections run measurements in child processes of this same file's section modules;
// only start the runner when this file is the entry point.
if (process.argv[1] && /scripts[\\/]bench[\\/]index\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
