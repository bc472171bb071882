import { describe, expect, inject, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

// Expected values from ../shared/source/public-record.md: S23 gives 2127人次 trained and 1092人
// certified in 2024 (city-wide); S20 gives 德庆 10名 trained on 2025-01-02 and 20多人 at the
// federation's unveiling on 2025-01-03 (attendance, not membership). No city reading exists.
describe('/progress/ shows what the public record knows', () => {
  it('shows the 2024 figures as the year before, apart from progress, with their marks', async () => {
    const { page, close } = await openPage(browser(), `${base}/progress/`, { javaScriptEnabled: false });
    for (const [target, figure, mark] of [['craftsmen-trained', '2127人次', '单位不同'], ['certificate-rate', '1092人', '单位不同']] as const) {
      const section = page.locator(`#target-${target}`);
      expect(await section.locator('.status').innerText()).toBe('尚无进展数据');
      const baseline = section.locator('.context-baseline');
      expect(await baseline.locator('h3').innerText()).toBe('上一年（2024年）的数字：只作参考，不是2025年的进展');
      expect(await baseline.locator('a.fact').allInnerTexts()).toEqual([figure]);
      expect(await baseline.locator('a.fact-mark').allInnerTexts()).toEqual([mark]);
      expect(await baseline.innerText()).toContain('2024年');
      // Never drawn as progress: no progress bar or series for a target without readings.
      expect(await section.locator('figure').count()).toBe(0);
    }
    expect(await page.locator('#target-craftsmen-trained .context-baseline').innerText()).toContain('目标按人计，两者不能直接比较');
    await close();
  });

  it('shows 德庆’s January 2025 figures as county notes, not as city readings', async () => {
    const { page, close } = await openPage(browser(), `${base}/progress/`, { javaScriptEnabled: false });
    const members = page.locator('#target-craftsmen-members .context-county');
    expect(await members.locator('h3').innerText()).toBe('县区动态：县区的数字，不计入全市进展');
    expect(await members.locator('a.fact').allInnerTexts()).toEqual(['20多人']);
    const text = await members.innerText();
    expect(text).toContain('2025年1月3日');
    expect(text).toContain('德庆县');
    expect(text).toContain('不是加入工会的人数');
    expect(await page.locator('#target-craftsmen-trained .context-county a.fact').allInnerTexts()).toEqual(['10名']);
    expect(await page.locator('#target-craftsmen-members .status').innerText()).toBe('尚无进展数据');
    await close();
  });

  it('lists under every target without a reading what was searched for and not found, and how', async () => {
    const { page, close } = await openPage(browser(), `${base}/progress/`, { javaScriptEnabled: false });
    const targets = await page.locator('section.target').count();
    expect(await page.locator('section.target .not-found').count()).toBe(targets);
    expect(await page.locator('#target-paired-unions .not-found li').first().innerText()).toContain('结对');
    expect(await page.locator('#target-paired-unions .not-found a').getAttribute('href')).toBe('#searched');
    expect(await page.locator('#searched + p').innerText()).toContain('不等于从来没有公布过');
    await close();
  });

  it('lists the 31 and 46 teams of 2024 as related figures, both, each with its mark', async () => {
    const { page, close } = await openPage(browser(), `${base}/progress/`, { javaScriptEnabled: false });
    const related = page.locator('section[aria-labelledby="related-h"]');
    expect(await related.locator('a.fact').allInnerTexts()).toEqual(['31支', '46支']);
    expect(await related.locator('a.fact-mark').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/sources/disagreements/#service-teams-2024', '/sources/disagreements/#service-teams-2024']);
    await close();
  });
});
