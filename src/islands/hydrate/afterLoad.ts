import type { ClientDirective } from 'astro';

/**
 * `client:afterload`: hydrates an island once the page has loaded and the
 * browser is idle. The page is whole and usable before (answers and links
 * are plain links), so its script and Preact never compete with the first
 * paint or count among what the page needs at load.
 */
const afterLoad: ClientDirective = (load) => {
  const hydrate = async () => (await load())();
  const whenIdle = () => (window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200)))(() => void hydrate());
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
};

export default afterLoad;
