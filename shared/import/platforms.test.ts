import { describe, expect, it } from 'vitest';
import { nearestPlatform, normalizePlatform, platformFromUrl } from './platforms';

describe('normalizePlatform', () => {
  it.each([
    ['Twitter', 'x'],
    ['X', 'x'],
    ['x', 'x'],
    ['X (Twitter)', 'x'],
    ['Twitter / X', 'x'],
    ['twitter.com/acme', 'x'],
    ['https://x.com/acme', 'x'],
    ['FB', 'facebook'],
    ['Facebook page', 'facebook'],
    ['Facebook-pagina', 'facebook'],
    ['facebook.com/acme', 'facebook'],
    ['LinkedIn company page', 'linkedin'],
    ['Linkedin bedrijfspagina', 'linkedin'],
    ['LinkedIn', 'linkedin'],
    ['Insta', 'instagram'],
    ['IG', 'instagram'],
    ['Instagram account', 'instagram'],
    ['YT', 'youtube'],
    ['YouTube channel', 'youtube'],
    ['Youtube kanaal', 'youtube'],
    ['Tik Tok', 'tiktok'],
    ['TikTok', 'tiktok'],
    ['Threads', 'threads'],
    ['Bluesky', 'bluesky'],
    ['bsky', 'bluesky'],
    ['Mastodon', 'mastodon'],
    ['Pinterest', 'pinterest'],
    ['Snapchat', 'snapchat'],
    ['WhatsApp Business', 'whatsapp'],
    ['Overig', 'other'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePlatform(input)).toBe(expected);
  });

  it.each(['', '   ', 'Flickr', 'Vimeo', 'Marketing', 'https://example.com/acme', 'Twitter and Facebook', '???'])('%j → null', (input) => {
    expect(normalizePlatform(input)).toBeNull();
  });
});

describe('nearestPlatform', () => {
  it('reads one-letter typos of longer names, nothing else', () => {
    expect(nearestPlatform('Facebok')).toBe('facebook');
    expect(nearestPlatform('Linkdin')).toBe('linkedin');
    expect(nearestPlatform('Instagarm')).toBeNull(); // a swap is two edits
    expect(nearestPlatform('Tiktak')).toBe('tiktok');
    expect(nearestPlatform('Flickr')).toBeNull();
    expect(nearestPlatform('XX')).toBeNull();
  });
});

describe('platformFromUrl', () => {
  it.each([
    ['https://twitter.com/acme_nl', 'x', '@acme_nl'],
    ['https://x.com/acme?lang=nl', 'x', '@acme'],
    ['www.instagram.com/acme.nl/', 'instagram', '@acme.nl'],
    ['https://www.facebook.com/AcmeNL', 'facebook', 'AcmeNL'],
    ['https://m.facebook.com/pages/Acme/123', 'facebook', 'Acme'],
    ['https://www.linkedin.com/company/acme-nl/', 'linkedin', 'company/acme-nl'],
    ['https://nl.linkedin.com/in/jan-jansen', 'linkedin', 'in/jan-jansen'],
    ['https://www.youtube.com/@acme', 'youtube', '@acme'],
    ['https://www.youtube.com/channel/UC123', 'youtube', 'UC123'],
    ['https://www.tiktok.com/@acme', 'tiktok', '@acme'],
    ['https://www.threads.net/@acme', 'threads', '@acme'],
    ['https://bsky.app/profile/acme.bsky.social', 'bluesky', '@acme.bsky.social'],
    ['https://mastodon.social/@acme', 'mastodon', '@acme@mastodon.social'],
    ['https://nl.pinterest.com/acme/', 'pinterest', '@acme'],
    ['https://wa.me/31612345678', 'whatsapp', '31612345678'],
    ['https://x.com/', 'x', ''],
  ])('%s → %s %s', (url, platform, handle) => {
    expect(platformFromUrl(url)).toEqual({ platform, handle });
  });

  it('is null for other hosts', () => {
    expect(platformFromUrl('https://example.com/acme')).toBeNull();
    expect(platformFromUrl('notaurl')).toBeNull();
  });
});
