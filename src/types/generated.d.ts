/** Modules the site's plugins write into .docusaurus with createData (see each plugin). */
declare module '@generated/cego-data/default/practices-by-network.json' {
  import type {PracticesByNetwork} from '@site/src/plugins/cego-data/types';

  const byNetwork: PracticesByNetwork;
  export default byNetwork;
}
