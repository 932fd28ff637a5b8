import { expect, test } from '@playwright/test';

// Two demo stories whose ids share a short key (found by scripts/find-key-collisions.mjs).
const STORIES = [
  { id: 'en-c449599', title: 'Allotment society opens a seed library in the old tram depot', key: /-[0-9a-z]{7}$/ },
  { id: 'en-c612382', title: 'Ferry crews trial a quieter engine on the night crossing', key: /-[0-9a-z]{14}$/ },
];

test('two stories whose ids share a short key are each readable at their own address', async ({ page, request }) => {
  // The edition's JSON Feed out gives each story's public address.
  const feed = (await (await request.get('/feeds/en/all.json')).json()) as { items: { id: string; url: string }[] };
  const addresses = STORIES.map(({ id }) => new URL(feed.items.find((item) => item.id === id)?.url ?? '').pathname);
  expect(new Set(addresses).size).toBe(2);
  for (const [i, story] of STORIES.entries()) {
    const address = addresses[i] ?? '';
    expect(address).toMatch(story.key);
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${address}$`));
  }
});
