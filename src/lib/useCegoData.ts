import {usePluginData} from '@docusaurus/useGlobalData';
import type {CegoGlobalData} from '../plugins/cego-data/types';

export function useCegoData(): CegoGlobalData {
  return usePluginData('cego-data') as CegoGlobalData;
}
