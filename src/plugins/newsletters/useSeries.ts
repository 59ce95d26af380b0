/**
 * The newsletter series of the current route (any page of a newsletter blog
 * instance: list, issue, archive, tag or author page): its translated title and
 * base path, from the global data of src/plugins/newsletters/index.ts.
 */
import useRouteContext from '@docusaurus/useRouteContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {NewsletterGlobalData} from './types';

export function useNewsletterSeries(): NewsletterGlobalData {
  const {plugin} = useRouteContext();
  return usePluginData(plugin.name, plugin.id) as NewsletterGlobalData;
}
