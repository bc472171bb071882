/**
 * Runs in the page: every place marker of the map SVG `selector`, with the counties whose
 * drawn shape contains the marker's centre (the centre of its symbol as Chromium lays it out).
 */
export function markersAndTheirCounties(selector: string): { key: string; kind: string; counties: number[] }[] {
  const svg = document.querySelector<SVGSVGElement>(selector)!;
  return [...svg.querySelectorAll<SVGGElement>('g.place')].map((g) => {
    const symbol = g.querySelector<SVGGraphicsElement>('circle, rect, path')!;
    const box = symbol.getBBox();
    const centre = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2);
    const inside = [...svg.querySelectorAll<SVGGElement>('g.county')].filter((county) => county.querySelector('path')!.isPointInFill(centre));
    return { key: g.dataset.key ?? '', kind: g.dataset.kind ?? '', counties: inside.map((county) => Number(county.dataset.adcode)) };
  });
}

/**
 * Walks a place list by keyboard from its first item: Tab from item to item, passing the
 * links inside each item. Returns, for each item reached, its id and the text that
 * describes it to a screen reader (aria-describedby).
 */
export async function tabThroughPlaceList(page: import('playwright-core').Page, items: number): Promise<{ id: string; desc: string }[]> {
  await page.locator('.place-list li').first().focus();
  const visited: { id: string; desc: string }[] = [];
  for (let i = 0; i < items; i++) {
    visited.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { id: el.id, desc: document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '' };
      }),
    );
    if (i === items - 1) break;
    do await page.keyboard.press('Tab');
    while (!(await page.evaluate(() => document.activeElement?.matches('.place-list li') ?? true)));
  }
  return visited;
}
